// Board events (appointments and resignations) as constructions of the genre. Each
// construction family lives in its own file (events-appointment.ts, events-resignation.ts,
// events-succession.ts, events-redesignation.ts, events-election.ts) and says only where its
// people and its role are; this file does the rest for all of them: the role list, whose
// organisation, which date, "respectively", and the guards against what is not an event.
import type { SentenceContext } from '../context.ts';
import { parseRoleList, type RoleRef } from '../roles.ts';
import { eventDates, meetingDates, noteMeetings } from './events-dates.ts';
import { blockedEvent, isBiographical } from './events-guards.ts';
import { APPOINTMENT_CONSTRUCTIONS } from './events-appointment.ts';
import { RESIGNATION_CONSTRUCTIONS } from './events-resignation.ts';
import { SUCCESSION_CONSTRUCTIONS } from './events-succession.ts';
import { REDESIGNATION_CONSTRUCTIONS } from './events-redesignation.ts';
import { ELECTION_CONSTRUCTIONS } from './events-election.ts';
import { HONORIFIC_ALT } from '../lexicon/people.ts';

export type EventType = 'appointment' | 'resignation';

export interface EventState {
  /** The people the last event was about, per announcement: "he also ceased to act as". */
  lastPeople?: string[];
  /** Effective date of the last dated event: "on the same day". */
  lastDate?: string;
  /** Effective date of each person's last event in the announcement. */
  dates: Map<string, string>;
  /** Dates of the shareholders' meetings the announcement names ("the AGM" -> 2026-05-20). */
  meetings: Map<string, string>;
  /** The announcement's paragraphs were read for meeting dates. */
  scanned?: boolean;
}

export function newEventState(): EventState {
  return { dates: new Map(), meetings: new Map() };
}

/** What a construction found: who, where the role phrase starts, and what kind of event. */
export interface EventMatch {
  type: EventType;
  rule: string;
  people: string[];
  /** Offset in the sentence where the role phrase starts (after "as", "to"...). */
  roleAt: number;
  /** The trigger's span, for guards and dates. */
  at: number;
  end: number;
  /** A role stated by the construction itself ("retire from the Board": director). */
  roles?: RoleRef[];
  /** The role to assume when the phrase names none (elections: director). */
  defaultRole?: string;
  reason?: string;
  /** Lower than the usual confidence (nominal references back, elections from context). */
  confidence?: number;
}

export interface EventConstruction {
  rule: string;
  /** A cheap test the trigger cannot pass without (a word it needs): most sentences fail it, and the trigger's search is the costly part. */
  cue: RegExp;
  /** Global regex; each match is one candidate event. */
  trigger: RegExp;
  find(ctx: SentenceContext, m: RegExpExecArray, state: EventState): EventMatch[] | EventMatch | undefined;
}

/** Where a role phrase ends: the date, the reason, the next clause. */
const ROLE_STOP = new RegExp(
  [
    String.raw`,?\s*\bwith\s+(?:immediate\s+)?effect\b`,
    String.raw`,?\s*\beffective\b`,
    String.raw`,?\s*\b(?:due\s+to|owing\s+to|because\s+of|for\s+(?:personal|health|family)\b|in\s+order\s+to|so\s+as\s+to|to\s+(?:devote|focus|pursue|concentrate|spend))`,
    String.raw`,?\s*\bas\s+(?:he|she|they)\s+(?:wish|wishes|would|intends?|decided|has|have|will)\b`,
    String.raw`,?\s*\b(?:following|upon|subject\s+to|pursuant\s+to|under\s+(?:the|Rule)|in\s+accordance\s+with|until|till|since|after|before|during|replacing|succeeding|in\s+place\s+of|in\s+succession\s+to|in\s+replacement\s+of|to\s+(?:fill|hold|replace|succeed|serve\s+until)|for\s+(?:a|an|the)\s+(?:initial\s+)?(?:term|period)|by\s+the\s+(?:Board|shareholders|stockholders))\b`,
    String.raw`\s+(?:on|at|from|in|as\s+(?:of|from))\s+(?=(?:the\s+)?(?:\d|(?:same\s+(?:day|date)|date\s+of|conclusion|close|end|annual|extraordinary|special|general|AGM|EGM|meeting|January|February|March|April|May|June|July|August|September|October|November|December)\b))`,
    String.raw`,?\s*\b(?:and|but|while|whereas)\s+(?:has|have|had|will|was|were|is|are|he|she|they|his|her|shall|would|did|does|also|that|the\s+(?:Board|Company))\b`,
    String.raw`,\s*(?:which|who|whose|he|she|they|and\s+(?:${HONORIFIC_ALT})\.?)\b`,
    String.raw`\s+(?:took|takes|take|taking|has|have|had|was|were|is|are|will|shall|would|became|becomes)\b`,
    String.raw`,?\s+and\s+(?:also\s+|has\s+|have\s+|had\s+|will\s+)?(?:ceas|resign|retir|appoint|elect|re-?designat|step|bec[oa]me|serv|remain|continu)`,
    String.raw`\s+\(?\d{1,3}(?:,\d{3})+|\s+\(?\d+(?:\.\d+)?\s*%`,
    String.raw`\s*;`,
    String.raw`\s*\.(?:\s|$)`,
    String.raw`\s*:`,
  ].join('|'),
  'i',
);

/** The role phrase at `at`: up to where the next clause begins. */
export function roleText(text: string, at: number): string {
  const rest = text.slice(at);
  const stop = ROLE_STOP.exec(rest);
  return (stop ? rest.slice(0, stop.index) : rest).trim();
}

/** "to the Board", "from the board of directors" name the office of director. */
const BOARD_ONLY = /^(?:the|our|its)\s+(?:board(?:\s+of\s+directors)?|Board)(?:\s+of\s+(?:the\s+)?(?:Company|Directors))?$/i;
const BOARD_AS = /^(?:the|our|its)\s+board(?:\s+of\s+directors)?(?:\s+of\s+the\s+Company)?\s*,?\s+as\s+/i;

/** "the chairman and a member of the Audit Committee and the Nomination Committee, respectively". */
const PAIRED = new RegExp(
  String.raw`^(?:the\s+|an?\s+)?(chairman|chairwoman|chairperson|chair|member)\s+and\s+(?:the\s+|an?\s+)?(chairman|chairwoman|chairperson|chair|member)\s+of\s+(.+?Committee)\s+and\s+(.+?Committee)(?:\s+of\s+the\s+Board)?,?\s*respectively$`,
  'i',
);

export function rolesOf(phrase: string): RoleRef[] {
  const p = phrase.replace(BOARD_AS, '').replace(/^(?:serve|sit)\s+on\s+/i, '');
  const paired = PAIRED.exec(p.trim());
  if (paired) {
    const out = [parseRoleList(`${paired[1]} of ${paired[3]}`)[0], parseRoleList(`${paired[2]} of ${paired[4]}`)[0]];
    if (out.every((r) => r?.committee)) return out;
  }
  if (BOARD_ONLY.test(p.trim())) return [{ role: 'director' }];
  let roles = parseRoleList(p);
  // "appointed to the Audit Committee and the Compensation Committee": a member of each.
  if (!roles.length && /^(?:the\s+)?[\w ,&’'-]+committees?$/i.test(p.trim())) roles = parseRoleList(`member of ${p.trim()}`);
  // "President and Chief Executive Officer of X": the last role's organisation is the list's.
  const last = roles[roles.length - 1];
  if (last?.of && !last.committee) for (const r of roles) if (!r.of && !r.committee) r.of = last.of;
  return roles;
}

/** The organisation of a role: the one it names, else the issuer. Unknown organisations give none. */
export function organizationFor(ctx: SentenceContext, role: RoleRef): string | undefined {
  if (!role.of) return ctx.issuer ?? undefined;
  const of = role.of.replace(/^the\s+/i, '').trim();
  if (/^(?:Company|Group|Firm|Bank|Corporation|Registrant|Issuer)\b/i.test(of)) return ctx.issuer ?? undefined;
  if (/subsidiar|affiliate|other\s|any\s|certain\s|its\s|various|several|a\s+number/i.test(of)) return undefined;
  const ref = ctx.refs.find((r) => r.kind === 'organization' && (r.surface.replace(/^the\s+/i, '') === of || of.startsWith(r.surface.replace(/^the\s+/i, ''))));
  return ref?.name;
}

/** The sentence names an organisation other than the issuer (and not the issuer as "the Company"). */
function otherCompanyNamed(ctx: SentenceContext): boolean {
  return ctx.refs.some((r) => r.kind === 'organization' && r.name !== ctx.issuer) && !ctx.refs.some((r) => r.kind === 'organization' && r.name === ctx.issuer);
}

/** State the facts of one event; returns where its role phrase ends. */
function emit(ctx: SentenceContext, state: EventState, ev: EventMatch): number {
  const phrase = roleText(ctx.text, ev.roleAt);
  let roles = ev.roles ?? rolesOf(phrase);
  // "re-elected at the AGM": no role named, the construction's own (director).
  if (!roles.length && ev.defaultRole && !/\w/.test(phrase)) roles = [{ role: ev.defaultRole }];
  if (!roles.length || !ev.people.length) return ev.end;
  if (blockedEvent(ctx, ev)) return ev.end;
  const biographical = isBiographical(ctx);
  // "resigned as its chairman": the organisation named last before the verb.
  const possessive = /^(?:its|their)\s/i.test(phrase) ? ctx.refs.filter((r) => r.kind === 'organization' && r.to <= ev.at).pop()?.name : undefined;
  const roleEnd = ev.roleAt + phrase.length;
  const dates = eventDates(ctx, state, ev, roleEnd, biographical);
  const respectively = /\brespectively\b/i.test(ctx.text.slice(ev.at));
  // "A and B have been appointed as X and Y, respectively": one role each.
  const pairRoles = respectively && ev.people.length > 1 && roles.length === ev.people.length;
  ev.people.forEach((person, i) => {
    const date = dates.length === ev.people.length && dates.length > 1 ? dates[i] : dates[0] ?? (biographical ? undefined : state.dates.get(person));
    // "as X and Y with effect from D1 and D2, respectively": one date a role.
    const roleDates = ev.people.length === 1 && dates.length > 1 && dates.length === roles.length;
    for (const [j, r] of (pairRoles ? [roles[i]] : roles).entries()) {
      const organization = possessive ?? organizationFor(ctx, r);
      if (!organization) continue;
      // An event at another company inside a biography is that company's past, not this filing's event;
      // and one that names no company, in a biography that names another, may well be that one's.
      if (organization !== ctx.issuer && biographical) continue;
      if (biographical && !r.of && !possessive && otherCompanyNamed(ctx)) continue;
      ctx.emit(ev.rule, ev.type, { person, organization, role: r.role, committee: r.committee, effectiveDate: roleDates ? dates[j] : date, reason: ev.type === 'resignation' ? ev.reason : undefined }, ev.confidence ?? 0.85);
    }
    if (date) state.dates.set(person, date);
  });
  state.lastPeople = ev.people;
  if (dates[0]) state.lastDate = dates[dates.length - 1];
  return roleEnd;
}

const CONSTRUCTIONS: EventConstruction[] = [...REDESIGNATION_CONSTRUCTIONS, ...SUCCESSION_CONSTRUCTIONS, ...RESIGNATION_CONSTRUCTIONS, ...ELECTION_CONSTRUCTIONS, ...APPOINTMENT_CONSTRUCTIONS];

/** All event constructions over one sentence; a span one construction used is not read again by another. */
export function eventRule(state: EventState) {
  return (ctx: SentenceContext): void => {
    const used: Array<[number, number]> = [];
    if (!state.scanned) {
      // Meetings the announcement dates anywhere, for elections and "the conclusion of the AGM".
      state.scanned = true;
      for (const p of ctx.doc.paragraphs) if (p.announcementId === ctx.announcement.id) for (const [k, v] of meetingDates(p.plain.text)) if (!state.meetings.has(k)) state.meetings.set(k, v);
    }
    noteMeetings(ctx, state);
    for (const c of CONSTRUCTIONS) {
      if (!c.cue.test(ctx.text)) continue;
      for (const m of ctx.text.matchAll(c.trigger)) {
        const at = m.index;
        if (used.some(([a, b]) => at >= a && at < b)) continue;
        const found = c.find(ctx, m, state);
        const list = found === undefined ? [] : Array.isArray(found) ? found : [found];
        for (const ev of list) used.push([Math.min(ev.at, m.index), Math.max(ev.end, emit(ctx, state, ev))]);
      }
    }
  };
}

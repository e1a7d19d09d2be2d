// Appointments, by construction:
//   appointment.passive  "Mr. A has been appointed as an executive Director", "was named Chief Financial Officer"
//   appointment.active   "the Board appointed Ms. B as the chief financial officer", "named Ms. B Treasurer"
//   appointment.nominal  "the appointment of Mr. A as the company secretary took effect", "his appointment as Treasurer"
//   appointment.became   "Mr. A will become the chief executive officer"
//   appointment.joined-board  "Ms. B will join the Board as an independent director"
import type { SentenceContext } from '../context.ts';
import type { EventConstruction, EventMatch, EventState } from './events.ts';
import { rolesOf } from './events.ts';
import { nominalPeople, objectAfter, subjectBefore } from './events-who.ts';
import { HONORIFIC_SPACE } from '../lexicon/people.ts';

const HON = HONORIFIC_SPACE;
/** What introduces the role after the verb or its object. */
export const ROLE_INTRO = /^\s*(?:\([^()]*\)\s*)?,?\s*(?:by\s+the\s+(?:Board|board\s+of\s+directors)(?:\s+of\s+the\s+Company)?\s+)?(?:(?:as|to\s+serve\s+as|to\s+act\s+as|to\s+the\s+(?:position|role|office|post)s?\s+of|to\s+be|to)\s+)?/i;

function roleStart(ctx: SentenceContext, from: number): number {
  const intro = ROLE_INTRO.exec(ctx.text.slice(from));
  return from + (intro ? intro[0].length : 0);
}

/** "appointed her as", "elected him to the Board": the person named last before the verb. */
export function pronounObject(ctx: SentenceContext, from: number): { people: string[]; end: number } | undefined {
  const m = /^\s+(him|her|them)\b/i.exec(ctx.text.slice(from));
  if (!m) return undefined;
  const before = ctx.refs.filter((r) => r.kind === 'person' && r.to <= from);
  if (!before.length) return undefined;
  return { people: [before[before.length - 1].name], end: from + m[0].length };
}

const passive: EventConstruction = {
  rule: 'appointment.passive',
  cue: /appointed|named|promoted/i,
  trigger: /\b(?:(?:has|have|had)\s+(?:also\s+|since\s+)?been|been|(?:was|were|is|are)(?:\s+(?:also|duly|formally|officially))?|(?:will|shall)\s+(?:also\s+)?be|being)\s+(?:re-?)?(?:appointed|named|promoted|nominated\s+and\s+appointed)\b/gi,
  find(ctx, m, state): EventMatch | undefined {
    const people = subjectBefore(ctx, m.index, state);
    if (!people) return undefined;
    const end = m.index + m[0].length;
    return { type: 'appointment', rule: this.rule, people, at: m.index, end, roleAt: roleStart(ctx, end) };
  },
};

const active: EventConstruction = {
  rule: 'appointment.active',
  cue: /appoint|named|promoted|elected/i,
  trigger: new RegExp(String.raw`\b(?:(?:has|have|had)\s+(?:also\s+)?)?(?:re-?)?(?:appointed|named|promoted|elected)\b(?=\s+(?:${HON}?[A-Z]|(?:him|her|them)\b))|\b(?:resolved|decided|agreed|voted)\s+to\s+(?:re-?)?appoint\b(?=\s+(?:${HON}?[A-Z]|(?:him|her|them)\b))`, 'g'),
  find(ctx, m): EventMatch | undefined {
    if (/\b(?:been|be|was|were|is|are|being)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
    const end = m.index + m[0].length;
    const obj = objectAfter(ctx, end) ?? pronounObject(ctx, end);
    if (!obj) return undefined;
    // "appointed Jane Roe to fill the vacancy on the Board": a director.
    if (/^\s*,?\s*to\s+fill\s+(?:the|a|such)\s+(?:resulting\s+|casual\s+)?vacanc(?:y|ies)(?!\s+(?:of|in|as)\s+(?:the\s+)?(?:position|office|role)\b)/i.test(ctx.text.slice(obj.end))) {
      return { type: 'appointment', rule: this.rule, people: obj.people, at: m.index, end: obj.end, roleAt: obj.end, roles: [{ role: 'director' }] };
    }
    const intro = ROLE_INTRO.exec(ctx.text.slice(obj.end));
    // "named Jane Roe Chief Financial Officer": the role right after the name, without "as".
    if (!intro?.[0].trim() && !/^\s+[A-Z]/.test(ctx.text.slice(obj.end))) return undefined;
    return { type: 'appointment', rule: this.rule, people: obj.people, at: m.index, end: obj.end, roleAt: roleStart(ctx, obj.end) };
  },
};

const nominal: EventConstruction = {
  rule: 'appointment.nominal',
  cue: /appointment/i,
  trigger: /\b(?:(?:the|this|such)\s+)?(?:re-?)?appointments?\s+of\s+|(?:['’]s?|\b(?:his|her|their))\s+(?:new\s+)?(?:re-?)?appointment\s+(?=as\b|to\b)/gi,
  find(ctx, m, state): EventMatch | undefined {
    const who = nominalPeople(ctx, m, state, ['as', 'to']);
    if (!who) return undefined;
    return { type: 'appointment', rule: this.rule, people: who.people, at: m.index, end: who.after, roleAt: who.roleAt, confidence: 0.75 };
  },
};

const became: EventConstruction = {
  rule: 'appointment.became',
  cue: /bec[oa]me/i,
  trigger: /\b(?:became|becomes|(?:will|shall|would)\s+become|(?:has|have)\s+become)\b/gi,
  find(ctx, m, state): EventMatch | undefined {
    const people = subjectBefore(ctx, m.index, state);
    if (!people) return undefined;
    const end = m.index + m[0].length;
    return { type: 'appointment', rule: this.rule, people, at: m.index, end, roleAt: end };
  },
};

const joinedBoard: EventConstruction = {
  rule: 'appointment.joined-board',
  cue: /join/i,
  trigger: /\b(?:(?:will|shall)\s+(?:also\s+)?join|joins|(?:has|have)\s+joined|rejoin(?:ed|s)?)\s+(?:the|our|its)\s+Board(?:\s+of\s+Directors)?(?:\s+of\s+the\s+Company)?/gi,
  find(ctx, m: RegExpExecArray, state: EventState): EventMatch | undefined {
    const people = subjectBefore(ctx, m.index, state);
    if (!people) return undefined;
    const end = m.index + m[0].length;
    const as = /^\s*,?\s*as\s+/i.exec(ctx.text.slice(end));
    return { type: 'appointment', rule: this.rule, people, at: m.index, end, roleAt: as ? end + as[0].length : end, roles: as ? undefined : [{ role: 'director' }] };
  },
};

const serveOn: EventConstruction = {
  rule: 'appointment.serve-on',
  cue: /serve|sit\b/i,
  trigger: /\b(?:will|shall)\s+(?:also\s+)?(?:serve|sit)\s+on\s+(?=(?:each\s+of\s+)?(?:the|our|its)\s+[\w ,&’'-]{2,80}?Committees?\b)/gi,
  find(ctx, m, state): EventMatch | undefined {
    const people = subjectBefore(ctx, m.index, state);
    if (!people) return undefined;
    const end = m.index + m[0].length;
    const committees = /^(?:each\s+of\s+)?(?:the|our|its)\s+[\w ,&’'-]{2,80}Committees?(?:\s+of\s+the\s+Board)?/i.exec(ctx.text.slice(end))!;
    return { type: 'appointment', rule: this.rule, people, at: m.index, end, roleAt: end, roles: rolesOf(committees[0]) };
  },
};

export const APPOINTMENT_CONSTRUCTIONS: EventConstruction[] = [passive, active, nominal, became, joinedBoard, serveOn];

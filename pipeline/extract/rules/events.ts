// Appointments and resignations: "has been appointed as", "the Board appointed X as",
// "elected X to serve as", "became", "tendered his resignation as", "ceased to act as",
// "will resign as", "transitioned from the role of A to B", "re-designated from A to B",
// with "with effect from", "effective", "effective immediately".
import type { SentenceContext } from '../context.ts';
import { lastRefBefore } from '../context.ts';
import { findDates } from '../../text/dates.ts';
import { parseRoleList, type RoleRef } from '../roles.ts';

const APPOINT = /\b(?:(?:has|have|had)\s+been\s+|(?:was|were|is|are|will\s+be|shall\s+be)\s+)?(?:re-?)?(?:appointed|elected|named|promoted|nominated)\b(?:\s+(?:as|to\s+serve\s+as|to\s+the\s+(?:position|role|office)\s+of|to\s+be|to))?/gi;
const BECAME = /\b(?:became|becomes|will\s+become|has\s+become)\b/gi;
const RESIGN = /\b(?:tendered\s+(?:his|her|their)\s+resignation\s+as|(?:has|have|had)\s+resigned\s+(?:as|from)|resigned\s+(?:as|from)|(?:will|would|to|decided\s+to|intends\s+to|decision\s+to)\s+resign\s+(?:as|from)|resign\s+(?:as|from)|(?:has\s+|have\s+|also\s+|had\s+)?ceased\s+to\s+(?:act\s+as|be|serve\s+as)|(?:will\s+)?(?:step|stepped|stepping)\s+down\s+(?:as|from)|(?:has\s+|will\s+)?retired?\s+(?:as|from)|resignation\s+as)\b/gi;
const TRANSITION = /\b(?:transitioned|transitions|will\s+transition|moved|re-?designated)\s+from\s+(?:the\s+(?:role|position)\s+of\s+)?(.+?)\s+to\s+(?:the\s+(?:role|position)\s+of\s+)?(.+?)(?=\s+(?:and|with effect|effective|on|upon)\b|[,.;]|$)/gi;
const ROLE_END = /\s*(?:\bwith effect\b|\beffective\b|,?\s*due to\b|,?\s*as (?:he|she|they) (?:wish|wishes|would)|,?\s*in order to\b|,?\s*following\b|,?\s*upon\b|,?\s*subject to\b|,?\s*and (?:has|have|will|was|is|he|she)\b|,?\s*with immediate effect|;|\.(?:\s|$)|,\s*which\b|,\s*so as\b|,\s*for\b)/i;
const PRONOUN = /\b(?:he|she|they|his|her)\b/i;

export interface EventState {
  /** The last person an event was about, per announcement: "he also ceased to act as". */
  lastPerson?: string;
  /** Effective date of the person's last event in the announcement. */
  lastDate: Map<string, string>;
}

function effectiveDate(ctx: SentenceContext, at: number): string | undefined {
  const rest = ctx.text.slice(at);
  const explicit = /\b(?:with effect from|effective(?: as of| from| on)?|with effect on|commencing (?:on|from))\s+/i.exec(rest);
  if (explicit) {
    const after = rest.slice(explicit.index + explicit[0].length);
    const d = findDates(after).find((x) => x.from === 0 || after.slice(0, x.from).trim() === 'the' || x.from < 4);
    if (d) return d.iso;
    if (/^immediately|^the date of this announcement/i.test(after)) {
      if (/^the date of this announcement/i.test(after)) return ctx.date ?? undefined;
      const first = findDates(ctx.text).find((x) => x.precision === 'day');
      return first?.iso ?? ctx.date ?? undefined;
    }
  }
  if (/with immediate effect|effective immediately/i.test(rest)) {
    const first = findDates(ctx.text).find((x) => x.precision === 'day');
    return first?.iso ?? ctx.date ?? undefined;
  }
  // "On February 24, 2023, ... became": the nearest full date before the verb.
  const before = findDates(ctx.text.slice(0, at)).filter((x) => x.precision === 'day');
  return before.length ? before[before.length - 1].iso : undefined;
}

function subject(ctx: SentenceContext, at: number, state: EventState): string | undefined {
  const p = lastRefBefore(ctx, at, 'person');
  if (p) {
    // A person named inside an earlier clause ("following the resignation of Mr. Lei, he ...")
    const between = ctx.text.slice(p.to, at);
    if (!(PRONOUN.test(between) && /,\s*(?:he|she)\b/i.test(between))) return p.name;
  }
  if (PRONOUN.test(ctx.text.slice(0, at + 1)) && state.lastPerson) return state.lastPerson;
  return p?.name;
}

function organizationFor(ctx: SentenceContext, role: RoleRef): string | undefined {
  if (role.of) {
    const ref = ctx.refs.find((r) => r.kind === 'organization' && r.surface.replace(/^the\s+/i, '') === role.of!.replace(/^the\s+/i, '').trim());
    if (ref) return ref.name;
    const inside = ctx.refs.find((r) => r.kind === 'organization' && role.of!.includes(r.surface.replace(/^the\s+/i, '')));
    if (inside) return inside.name;
  }
  return ctx.issuer ?? undefined;
}

function reasonOf(text: string): string | undefined {
  const m = /\bdue to (?:his|her|their|the)\s+(.+?)(?=[.;,]|\band (?:will|has)\b|$)/i.exec(text) ?? /\bas (?:he|she|they) (?:wish(?:es)?|would like) to ((?:devote|focus|pursue)[^.;,]+)/i.exec(text) ?? /\bin order to ((?:devote|focus|pursue)[^.;,]+)/i.exec(text);
  return m ? m[1].trim() : undefined;
}

function emitRoles(ctx: SentenceContext, type: 'appointment' | 'resignation', person: string, roles: RoleRef[], date: string | undefined, state: EventState, reason?: string): void {
  for (const r of roles) {
    const organization = organizationFor(ctx, r);
    if (!organization) continue;
    ctx.emit(`${type}.verb`, type, { person, organization, role: r.role, committee: r.committee, effectiveDate: date, reason: type === 'resignation' ? reason : undefined }, 0.85);
  }
  state.lastPerson = person;
  if (date) state.lastDate.set(person, date);
}

export function eventRule(state: EventState) {
  return (ctx: SentenceContext): void => {
    const text = ctx.text;
    const used: Array<[number, number]> = [];
    TRANSITION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TRANSITION.exec(text))) {
      const person = subject(ctx, m.index, state);
      if (!person) continue;
      const date = effectiveDate(ctx, m.index) ?? state.lastDate.get(person);
      emitRoles(ctx, 'resignation', person, parseRoleList(m[1]), date, state);
      emitRoles(ctx, 'appointment', person, parseRoleList(m[2]), date, state);
      used.push([m.index, m.index + m[0].length]);
    }
    for (const [re, type] of [
      [RESIGN, 'resignation'],
      [APPOINT, 'appointment'],
      [BECAME, 'appointment'],
    ] as const) {
      re.lastIndex = 0;
      while ((m = re.exec(text))) {
        const at = m.index;
        const end = at + m[0].length;
        if (used.some(([a, b]) => at >= a && at < b)) continue;
        // "the resignation of Mr. Lei as a non-executive Director": a reference back, not a new event.
        if (/\b(?:following|after|upon|since|before|regarding|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 25), at)) && /^resignation/i.test(m[0])) continue;
        if (/\b(?:appointment|resignation)\s+of\s*$/i.test(text.slice(0, at))) continue;
        let roleStart = end;
        let person: string | undefined;
        // Active voice: "the Board appointed Rafael Ortega as CFO", "elected Thomas J. Ridge to serve as".
        const active = ctx.refs.find((r) => r.kind === 'person' && r.from >= end && r.from - end < 4);
        if (type === 'appointment' && active && !/^(?:has|have|had|was|were|is|are|will|shall)\b/i.test(m[0])) {
          person = active.name;
          const as = /^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:as|to\s+serve\s+as|to\s+be|to\s+the\s+(?:position|role)\s+of|to)\s+/i.exec(text.slice(active.to));
          if (!as) continue;
          roleStart = active.to + as.index + as[0].length;
        } else {
          person = subject(ctx, at, state);
        }
        if (!person) continue;
        const rest = text.slice(roleStart);
        const stop = ROLE_END.exec(rest);
        const roleText = stop ? rest.slice(0, stop.index) : rest;
        if (/^(?:a|an|the)?\s*(?:director|officer)s?\s+(?:of|in)\s+(?:other|any)\b/i.test(roleText.trim())) continue;
        const roles = parseRoleList(roleText);
        if (!roles.length) continue;
        // Negations: "has not been appointed", "will not resign".
        if (/\b(?:not|never)\s+(?:been\s+)?$/i.test(text.slice(Math.max(0, at - 15), at))) continue;
        const date = effectiveDate(ctx, roleStart) ?? state.lastDate.get(person);
        emitRoles(ctx, type, person, roles, date, state, type === 'resignation' ? reasonOf(text.slice(at)) : undefined);
      }
    }
  };
}

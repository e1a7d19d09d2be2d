// What the deal rules share: lists of parties, the words between a name and its apposition,
// ownership qualifiers ("wholly-owned", "55%-owned"), and the guards that keep proposals,
// hypotheticals, negations and lapsed deals out.
import type { Ref, SentenceContext } from '../context.ts';
import { findDates } from '../../text/dates.ts';

/** What may stand between a name and what follows it: “( )”, “*”, an alias in parentheses, "#". */
export const AFTER_NAME = String.raw`(?:\s*[*#]+|\s*\((?:[^()]|\([^()]*\))*\)|\s*\))*`;

/** Ownership words before "subsidiary": "indirect wholly-owned", "55%-owned", "then", "principal". */
export const OWNERSHIP = String.raw`(?:(?:then|direct|indirect(?:ly)?|principal|major|main|flagship|operating|consolidated|newly[- ]?(?:formed|established)|wholly[- ]\s?owned|non-wholly[- ]\s?owned|majority[- ]\s?owned|(?:approximately\s+)?\d{1,3}(?:\.\d+)?\s?%[- ]?(?:owned|held)?|(?:a\s+)?series\s+of|one\s+of\s+the|two\s+of\s+the|certain(?:\s+of\s+the)?)[,]?\s+){0,4}`;

/** The percentage an ownership phrase states: wholly-owned is 100, "55%-owned" 55, non-wholly none. */
export function ownedPercent(phrase: string): number | undefined {
  if (/non-?\s?wholly/i.test(phrase)) return undefined;
  if (/wholly/i.test(phrase)) return 100;
  const m = /(\d{1,3}(?:\.\d+)?)\s?%/.exec(phrase);
  return m ? Number(m[1]) : undefined;
}

/** The organisation reference that starts at `at` (allowing "the " or "(" before it). */
export function orgAt(ctx: SentenceContext, at: number, slack = 6): Ref | undefined {
  return ctx.refs.find((r) => r.kind === 'organization' && r.from >= at && r.from - at <= slack && /^\s*\(?\s*(?:the\s+)?$/i.test(ctx.text.slice(at, r.from)));
}

/** The organisation reference that ends just before `at`, with only an alias, "( )" or "*" between. */
export function orgBefore(ctx: SentenceContext, at: number): Ref | undefined {
  const re = new RegExp(`^${AFTER_NAME}\\s*$`);
  return [...ctx.refs].reverse().find((r) => r.kind === 'organization' && r.to <= at && re.test(ctx.text.slice(r.to, at)));
}

/**
 * Organisations listed from `at`: "X (“X1”), Y and Z", "X, Y, and Z". Stops at anything but a
 * separator; returns the references and where the list ends.
 */
export function orgList(ctx: SentenceContext, at: number): { refs: Ref[]; end: number } {
  const refs: Ref[] = [];
  let committed = 0;
  let pos = at;
  let end = at;
  const sep = new RegExp(`^${AFTER_NAME}\\s*(?:,\\s*(?:and\\s+|as\\s+well\\s+as\\s+)?|\\s+and\\s+|\\s*;\\s*(?:and\\s+)?)\\(?\\s*(?:the\\s+)?$`);
  for (;;) {
    const r = refs.length === 0 ? orgAt(ctx, pos) : ctx.refs.find((x) => x.kind === 'organization' && x.from >= pos && sep.test(ctx.text.slice(pos, x.from)));
    if (!r || refs.some((x) => x.from === r.from)) break;
    // Items joined by commas alone are a list only once an "and" closes it: "X, the Group offers" is an apposition.
    const joined = refs.length === 0 || /\band\b|;/.test(ctx.text.slice(pos, r.from));
    refs.push(r);
    pos = r.to;
    const tail = new RegExp(`^${AFTER_NAME}`).exec(ctx.text.slice(pos));
    if (joined) {
      committed = refs.length;
      end = pos + (tail ? tail[0].length : 0);
    }
  }
  return { refs: refs.slice(0, committed), end };
}

/** Organisations listed so that the list ends at `at`: "X and Y have become ...". */
export function orgListBefore(ctx: SentenceContext, at: number): Ref[] {
  const last = orgBefore(ctx, at);
  if (!last) return [];
  const out = [last];
  for (;;) {
    const first = out[0];
    const prev = [...ctx.refs].reverse().find((r) => r.kind === 'organization' && r.to <= first.from && new RegExp(`^${AFTER_NAME}\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?$`).test(ctx.text.slice(r.to, first.from)));
    if (!prev) break;
    out.unshift(prev);
  }
  return out;
}

/** The subject of the clause that holds `at`: its first name (a heading glued on before a colon does not count). */
export function subjectBefore(ctx: SentenceContext, at: number): Ref | undefined {
  const start = Math.max(ctx.text.lastIndexOf(':', at), ctx.text.lastIndexOf(';', at)) + 1;
  return ctx.refs.find((r) => r.kind === 'organization' && r.from >= start && r.to <= at);
}

/** A modal, a negation or a proposal governs the words before `at` in its clause. */
export function notStated(text: string, from: number, to: number): boolean {
  const clause = text.slice(Math.max(0, from), to);
  // "may" in lower case: "May" is a month.
  return /\b(?:may|might)\b/.test(clause) || /\b(?:will|would|shall|could|should|intends?\s+to|propos(?:ed|es?|al)|expected\s+to|if|unless|upon\s+completion[^,.;]*,\s*\S+\s+will|not|no\s+longer|ceased?|ceases|cessation|terminat(?:ed|ion)|lapsed?|rescind(?:ed)?|abandon(?:ed)?|did\s+not\s+proceed)\b/i.test(clause);
}

/** The sentence says the deal lapsed, was terminated or never went ahead. */
export function calledOff(text: string): boolean {
  return /\b(?:terminated|lapsed|rescinded|abandoned|did\s+not\s+proceed|not\s+(?:been\s+)?(?:completed|proceeded)|cancell?ed|will\s+not\s+proceed|no\s+longer\s+proceed)\b/i.test(text);
}

/** A day-precision date in a text ("on 13 December 2017"), or a month where that is all it states. */
export function dateIn(text: string, precision: 'day' | 'any' = 'any'): string | undefined {
  const ds = findDates(text).filter((d) => d.precision === 'day' || (precision === 'any' && d.precision !== 'year'));
  return ds[0]?.iso;
}

/** The same organisation: one entity, or "the Company" and the issuer. */
export function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

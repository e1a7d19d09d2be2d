// Directors named as such in passing constructions that only a sitting director can be in:
//   board.alternate  "Ms. B (Alternate Director to Mr. A)", "Mr. A (with Ms. B as alternate)":
//                    B is an alternate director
//   board.retiring   "Mr. A, Ms. B and Mr. C will retire by rotation and, being eligible, offer
//                    themselves for re-election", "... retired by rotation and were re-elected as
//                    Directors": each a director
// A title in an apposition ("Mr. A, an executive Director, ...") is a position, not a composition
// statement (the spec's convention), so it is not read here.
import type { SentenceContext } from '../context.ts';
import type { FactBody } from '../../facts/types.ts';
import { fold } from '../../text/normalize.ts';
import { compositionAsOf, peopleIn } from './composition.ts';
import { HONORIFIC_SPACE } from '../lexicon/people.ts';

const POSTNOMINALS = String.raw`(?:\s*,\s*(?:GBS|SBS|BBS|JP|MH|M\.H\.|OBE|MBE|CBE|PDSM)(?![\w]))*`;
const ALTERNATE_TO = new RegExp(`^${POSTNOMINALS}\\s*\\(\\s*(?:an?\\s+|the\\s+)?alternate\\s+director\\s+(?:to|of|for)\\s+${HONORIFIC_SPACE}?[A-Z]`, 'i');
const WITH_BEFORE = new RegExp(String.raw`\(\s*with\s+${HONORIFIC_SPACE}?$`, 'i');
const WITH_ALTERNATE = /^\s*,?\s*as\s+(?:his|her|its\s+)?alternate(?:\s+director)?\s*\)/i;
const RETIRING = /\b(?:will|shall|would|are\s+to|is\s+to)\s+retire\s+(?:from\s+office\s+)?(?:by\s+rotation\s+)?(?:as\s+(?:Directors?|directors?)(?:\s+of\s+the\s+Company)?\s+)?(?:at\s+the\s+[^,.;]{0,60}?\s+)?(?:and|,)\s*(?:,?\s*being\s+eligible,?\s*)?(?:will\s+)?offer\s+(?:themselves|himself|herself)\s+for\s+re-?election\b|\bretired\s+(?:from\s+office\s+)?by\s+rotation\s+and\s+(?:was|were)\s+re-?elected\b/i;

function alternates(ctx: SentenceContext): void {
  if (!/alternate/i.test(ctx.text)) return;
  for (const r of ctx.refs) {
    if (r.kind !== 'person') continue;
    const after = ctx.text.slice(r.to, r.to + 80);
    const before = ctx.text.slice(Math.max(0, r.from - 30), r.from);
    const named = ALTERNATE_TO.test(after) || (WITH_BEFORE.test(before) && WITH_ALTERNATE.test(after.replace(new RegExp(`^${POSTNOMINALS}`), '')));
    // "(Alternate Director to Mr. A) of Eastvale Bank Limited": another company's board.
    const close = ctx.text.indexOf(')', r.to);
    if (named && close > 0 && /^\s*of\s+(?!the\s+Company\b)[A-Z]/.test(ctx.text.slice(close + 1))) continue;
    if (named) ctx.emit('board.alternate', 'board_member', { person: r.name, organization: ctx.issuer!, role: 'alternate director', asOf: compositionAsOf(ctx) }, 0.8);
  }
}

function retiring(ctx: SentenceContext): void {
  const m = RETIRING.exec(ctx.text);
  if (!m || /\b(?:former|formerly|previously)\b/i.test(ctx.text.slice(0, m.index))) return;
  // The subject: the people before the verb, back to the start of the clause ("At the 2025 AGM, four Directors, namely, A, B and C").
  const clause = Math.max(ctx.text.lastIndexOf(';', m.index), ctx.text.lastIndexOf(':', m.index), 0);
  const namely = /\bnamely,?\s*/i.exec(ctx.text.slice(clause, m.index));
  const from = namely ? clause + namely.index + namely[0].length : clause;
  for (const p of peopleIn(ctx, from, m.index)) ctx.emit('board.retiring', 'board_member', { person: p.name, organization: ctx.issuer!, role: 'director', asOf: compositionAsOf(ctx) }, 0.8);
}

export function namedDirectorsRule(ctx: SentenceContext): void {
  if (!ctx.issuer) return;
  alternates(ctx);
  if (/retire/i.test(ctx.text)) retiring(ctx);
}

/**
 * A document's board facts made consistent: "director" adds nothing where the same person has a
 * director's seat of a named kind (executive, independent non-executive) in the same document;
 * its evidence goes to that fact.
 */
export function reconcileBoard<T extends { fact: FactBody; evidence: Array<{ start: number; end: number }> }>(facts: T[]): T[] {
  const key = (f: FactBody) => `${fold(String(f.person))}|${fold(String(f.organization))}`;
  const kinds = new Map<string, T>();
  for (const x of facts) {
    const role = String(x.fact.role);
    if (x.fact.type === 'board_member' && role !== 'director' && role !== 'alternate director' && /director$/.test(role) && !kinds.has(key(x.fact))) kinds.set(key(x.fact), x);
  }
  return facts.filter((x) => {
    if (x.fact.type !== 'board_member' || x.fact.role !== 'director') return true;
    const kind = kinds.get(key(x.fact));
    if (!kind) return true;
    for (const e of x.evidence) if (!kind.evidence.some((k) => k.start === e.start && k.end === e.end)) kind.evidence.push(e);
    return false;
  });
}

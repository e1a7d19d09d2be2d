// position.apposition: a title set beside a name in commas or brackets, "X, the chief financial
// officer of Y,", "Ms. Gao Qiaoqin, a non-executive Director", "A, chairman of the Board and
// chief executive officer, B, executive Director and CFO", "X (Chairman)", "Mike Roman, 3M
// chairman and chief executive officer". After "said" or before "said" it is position.said.
import type { SentenceContext } from '../context.ts';
import { emitPositions, issuerDirector, issuerOf, positionTitles, readTitleClause, type BioState } from './biography-clause.ts';
import { POST_NOMINALS } from '../lexicon.ts';

const OPEN = /^(?:\s*\([^)]*\))?(?:,\s*(?:aged?\s+)?\d{2}(?=,))?(?:,\s+|\s+\((?=[A-Z]))/;
const CLOSE = /^\s*(?:$|[,.;:)”"]|\s+(?:and|has|have|had|was|is|are|were|will|would|who|said|says|stated|commented|added|joined|resigned|retired|served|serves|to)\b)/;
const SAID_BEFORE = /\b(?:said|says|stated|commented|added|noted|explained|according to)\s+$/i;
const SAID_AFTER = /^[\s,]*(?:said|says|stated|commented|added|noted)\b/i;

/** The organisation a title in passing belongs to when the clause names none: the issuer. */
export function passingOrg(ctx: SentenceContext): string {
  return issuerOf(ctx);
}

export function appositionRule(ctx: SentenceContext, _state: BioState): void {
  const text = ctx.text;
  const people = ctx.refs.filter((r) => r.kind === 'person');
  for (const p of people) {
    const post = POST_NOMINALS.exec(text.slice(p.to));
    const open = OPEN.exec(text.slice(p.to + (post ? post[0].length : 0)));
    if (!open) continue;
    const at = p.to + (post ? post[0].length : 0) + open[0].length;
    const clause = readTitleClause(ctx, at);
    if (!clause) continue;
    const tail = text.slice(clause.to);
    if (!CLOSE.test(tail)) continue;
    const titles = positionTitles(clause.titles);
    if (!titles.length) continue;
    const said = SAID_BEFORE.test(text.slice(Math.max(0, p.from - 30), p.from)) || SAID_AFTER.test(tail);
    // "former" titles are held no longer and name no period: not stated as a position.
    // A formal title in capitals, "Director" as the issuer's defined term, or a quote's speaker: the issuer's.
    const formal = clause.titles.every((t) => /^[A-Z]/.test(t.raw.replace(/^(?:the|a|an)\s+/i, '')));
    const org = clause.org ?? (said || formal || issuerDirector(clause.titles) ? passingOrg(ctx) : undefined);
    if (!org) continue;
    // "A, 61, and B, 56, Co-CEOs of X": a plural title after a list of people belongs to each.
    const holders = [p.name];
    if (clause.titles.some((t) => /s$/.test(t.raw))) {
      for (let k = people.indexOf(p) - 1; k >= 0; k--) {
        if (!/^(?:,\s*\d{2})?,?\s*(?:and\s+)?$/.test(text.slice(people[k].to, people[k + 1].from))) break;
        holders.push(people[k].name);
      }
    }
    for (const h of holders) emitPositions(ctx, said ? 'position.said' : 'position.apposition', h, titles, org, {}, 0.75);
  }
}

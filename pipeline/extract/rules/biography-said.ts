// position.said and position.title-before-name: a title written in front of a name, "said
// Chairman and CEO John Doe", "Acme's CFO John Roe", "Chief Financial Officer Tom Fanning will
// discuss", "replacing Interim Chief Financial Officer Jane Roe".
import type { SentenceContext } from '../context.ts';
import { emitPositions, positionTitles, readTitleClause, type BioState } from './biography-clause.ts';
import { passingOrg } from './biography-apposition.ts';
import { HONORIFIC_PREFIX } from '../lexicon.ts';

const SAID_BEFORE = /\b(?:said|says|stated|commented|added|noted|explained|according to)\s+$/i;
const SAID_AFTER = /^[\s,]*(?:said|says|stated|commented|added|noted)\b/i;

export function titleBeforeNameRule(ctx: SentenceContext, _state: BioState): void {
  const text = ctx.text;
  for (const p of ctx.refs.filter((r) => r.kind === 'person')) {
    const lead = Math.max(0, p.from - 90);
    // The earliest word start from which a title clause runs right up to the name.
    for (let i = lead; i < p.from - 2; i++) {
      if (i > 0 && !/[\s(“"]/.test(text[i - 1])) continue;
      if (!/[A-Za-z0-9]/.test(text[i])) continue;
      const clause = readTitleClause(ctx, i);
      if (!clause || !/^\s+$/.test(text.slice(clause.to, p.from))) continue;
      // A formal title in capitals or an abbreviation, not a common noun ("the director John").
      if (!clause.titles.some((t) => /[A-Z]/.test(t.raw))) break;
      const before = text.slice(Math.max(0, i - 30), i);
      // "Professor Jane Roe", "Judge John Roe": an honorific, not a title in passing.
      if (clause.titles.length === 1 && HONORIFIC_PREFIX.test(clause.titles[0].raw + ' ')) break;
      const titles = positionTitles(clause.titles);
      const org = clause.org ?? passingOrg(ctx);
      const said = SAID_BEFORE.test(before) || SAID_AFTER.test(text.slice(p.to));
      if (titles.length && org) emitPositions(ctx, said ? 'position.said' : 'position.title-before-name', p.name, titles, org, {}, 0.7);
      break;
    }
  }
}

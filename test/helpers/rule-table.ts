// Sentence tables for fact rules: each row a sentence of our own and the facts of one type it
// must give, each fact written with its required arguments and whichever optional ones the row
// cares about (an optional argument the row leaves out is not compared).
import { describe, expect, it } from 'vitest';
import { REQUIRED, type FactType } from '../../pipeline/facts/types.ts';
import { factsOf } from './extract.ts';

export type Expected = Record<string, unknown>;
export type Row = [sentence: string, expected: Expected[]];

/** A made-up HKEX issuer block: the issuer every row's “the Company” stands for. */
export const HK_HEAD = `Marrowind Holdings Limited
(Incorporated in Bermuda with limited liability)
(Stock Code: 4321)

ANNOUNCEMENT

`;
export const HK_ISSUER = 'Marrowind Holdings Limited';

/**
 * One `describe` a rule, one test a row. Facts of `type` from the rule table's rules are compared,
 * in order; a row that expects facts also checks they come from the rule it is filed under.
 */
export function ruleTable(type: FactType, table: Record<string, Row[]>, opts: { head?: string; skipRules?: string[] } = {}): void {
  for (const [rule, rows] of Object.entries(table)) {
    describe(rule, () => {
      it.each(rows)('%s', async (sentence, expected) => {
        const facts = (await factsOf((opts.head ?? HK_HEAD) + sentence + '\n')).filter((f) => f.type === type && !opts.skipRules?.includes(f.rule ?? ''));
        const keys = (e: Expected | undefined) => [...REQUIRED[type], ...Object.keys(e ?? {}).filter((k) => !REQUIRED[type].includes(k))];
        const seen = facts.map((f, i) => Object.fromEntries(keys(expected[i]).map((k) => [k, (f as unknown as Record<string, unknown>)[k]])));
        expect(seen).toEqual(expected.map((e) => Object.fromEntries(keys(e).map((k) => [k, e[k]]))));
        if (expected.length) for (const f of facts) expect(f.rule).toBe(rule);
      });
    });
  }
}

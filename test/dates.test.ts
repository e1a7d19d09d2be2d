// Dates as the genre writes them, to ISO 8601 at their precision: [text, dates found].
import { describe, expect, it } from 'vitest';
import { findDates } from '../pipeline/text/dates.ts';

const CASES: Array<[string, string[]]> = [
  ['on 3 June 2026', ['2026-06-03']],
  ['March 25, 2026', ['2026-03-25']],
  ['On 20th January, 2009', ['2009-01-20']],
  ['with effect from the 1st day of April 2026', ['2026-04-01']],
  ['dated this 22nd day of May, 2026', ['2026-05-22']],
  ['April 1st, 2026', ['2026-04-01']],
  ['2026-05-14 and 05/14/2026', ['2026-05-14', '2026-05-14']],
  ['since December 2016 and in 2012', ['2016-12', '2012']],
  ['the Company may issue up to HK$2,012 million', []],
  ['31 February 2026 (no such day: the month stands)', ['2026-02']],
];

describe('findDates', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(findDates(text).map((d) => d.iso)).toEqual(expected);
  });
});

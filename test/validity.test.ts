// When a fact holds, as a table: [what the text says, the date asked, held?].
import { describe, expect, it } from 'vitest';
import { describePeriod, happenedBy, holdsOn, rolePeriods, statePeriod, type DatedFact } from '../graph/validity.ts';

let n = 0;
const fact = (type: string, props: Record<string, unknown> = {}): DatedFact => ({ id: `f${++n}`, type, ...props });
const ANNOUNCED = '2019-05-10';
const held = (facts: DatedFact[], date: string, announced: string | null = ANNOUNCED) => rolePeriods(facts, () => announced).some((p) => holdsOn(p, date));

describe('roles and positions', () => {
  const cases: Array<[string, DatedFact[], string, boolean]> = [
    ['"from 2008 to 2015", on the first day of 2008', [fact('position', { startDate: '2008', endDate: '2015' })], '2008-01-01', true],
    ['"from 2008 to 2015", on the last day of 2015', [fact('position', { startDate: '2008', endDate: '2015' })], '2015-12-31', true],
    ['"from 2008 to 2015", in 2016', [fact('position', { startDate: '2008', endDate: '2015' })], '2016-01-01', false],
    ['"since March 2019", in February 2019', [fact('position', { startDate: '2019-03' })], '2019-02-28', false],
    ['"since March 2019", years later', [fact('position', { startDate: '2019-03' })], '2030-01-01', true],
    ['"is currently", before the announcement', [fact('position')], '2019-05-09', false],
    ['"is currently", on the announcement date', [fact('position')], '2019-05-10', true],
    ['"is currently", after it', [fact('position')], '2024-01-01', true],
    ['"served until 2015" alone, in 2015', [fact('position', { endDate: '2015' })], '2015-06-30', true],
    ['"served until 2015" alone, in 2010', [fact('position', { endDate: '2015' })], '2010-06-30', false],
    ['appointed with effect from D, on D', [fact('appointment', { effectiveDate: '2019-05-10' })], '2019-05-10', true],
    ['appointed with effect from D, the day before', [fact('appointment', { effectiveDate: '2019-05-10' })], '2019-05-09', false],
    ['appointed, then resigned with effect from E, on E', [fact('appointment', { effectiveDate: '2019-05-10' }), fact('resignation', { effectiveDate: '2022-09-01' })], '2022-09-01', false],
    ['appointed, then resigned with effect from E, the day before E', [fact('appointment', { effectiveDate: '2019-05-10' }), fact('resignation', { effectiveDate: '2022-09-01' })], '2022-08-31', true],
    ['a composition statement then a resignation, between them', [fact('board_member', { asOf: '2019-05-10' }), fact('resignation', { effectiveDate: '2022-09-01' })], '2020-01-01', true],
    ['a composition statement then a resignation, before the statement', [fact('board_member', { asOf: '2019-05-10' }), fact('resignation', { effectiveDate: '2022-09-01' })], '2019-01-01', false],
    ['a resignation effective immediately, alone, the day before', [fact('resignation', { effectiveDate: '2019-05-10' })], '2019-05-09', false],
    ['a resignation announced before it takes effect, on the announcement date', [fact('resignation', { effectiveDate: '2019-06-30' })], '2019-05-10', true],
    ['re-appointed after a resignation', [fact('appointment', { effectiveDate: '2010' }), fact('resignation', { effectiveDate: '2012-01-01' }), fact('appointment', { effectiveDate: '2015-01-01' })], '2016-01-01', true],
    ['between a resignation and a re-appointment', [fact('appointment', { effectiveDate: '2010' }), fact('resignation', { effectiveDate: '2012-01-01' }), fact('appointment', { effectiveDate: '2015-01-01' })], '2013-01-01', false],
  ];
  it.each(cases)('%s', (_what, facts, date, expected) => {
    expect(held(facts, date)).toBe(expected);
  });

  it('a role with no date at all is undated, held on no date', () => {
    const p = rolePeriods([fact('position')], () => null);
    expect(p).toEqual([expect.objectContaining({ from: null, to: null })]);
    expect(holdsOn(p[0], '2020-01-01')).toBe(false);
  });

  it('reads periods for people', () => {
    const read = (facts: DatedFact[]) => rolePeriods(facts, () => ANNOUNCED).map(describePeriod);
    expect(read([fact('position', { startDate: '2008', endDate: '2015' })])).toEqual(['2008 – 2015']);
    expect(read([fact('position', { startDate: '2010' })])).toEqual(['since 2010']);
    expect(read([fact('position')])).toEqual(['as at 2019-05-10']);
    expect(read([fact('resignation', { effectiveDate: '2019-05-10' })])).toEqual(['until 2019-05-10']);
  });
});

describe('other facts', () => {
  const cases: Array<[string, DatedFact, string | null, string, boolean]> = [
    ['a degree in its year', fact('education', { year: '1994' }), ANNOUNCED, '1994-01-01', true],
    ['a degree before its year', fact('education', { year: '1994' }), ANNOUNCED, '1993-12-31', false],
    ['a degree with no year, after the announcement', fact('education'), ANNOUNCED, '2020-01-01', true],
    ['a subsidiary before the statement', fact('subsidiary'), ANNOUNCED, '2019-01-01', false],
    ['a subsidiary from the statement on', fact('subsidiary'), ANNOUNCED, '2019-05-10', true],
  ];
  it.each(cases)('%s', (_what, f, announced, date, expected) => {
    expect(holdsOn(statePeriod(f, announced), date)).toBe(expected);
  });

  it('an event is shown from its date, or its announcement’s, on', () => {
    expect(happenedBy(fact('share_issue', { date: '2024-06' }), ANNOUNCED, '2024-06-01')).toBe(true);
    expect(happenedBy(fact('share_issue', { date: '2024-06' }), ANNOUNCED, '2024-05-31')).toBe(false);
    expect(happenedBy(fact('equity_transfer', { agreementDate: '2025-01-12' }), ANNOUNCED, '2025-01-12')).toBe(true);
    expect(happenedBy(fact('acquisition'), ANNOUNCED, '2019-05-09')).toBe(false);
    expect(happenedBy(fact('acquisition'), null, '2030-01-01')).toBe(false);
  });
});

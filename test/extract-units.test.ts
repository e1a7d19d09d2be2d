// Small announcements of our own, each pinning the facts one construction yields.
import { describe, expect, it } from 'vitest';
import { findMoney, findPercentages } from '../pipeline/extract/quantities.ts';
import { findDates } from '../pipeline/text/dates.ts';
import { findPlainPeople } from '../pipeline/extract/mentions/people.ts';
import { bare, factsOf } from './helpers/extract.ts';

const HEAD = `Northwind Marine Holdings Limited
(Incorporated in Bermuda with limited liability)
(Stock Code: 1234)

ANNOUNCEMENT

`;

describe('quantities and dates', () => {
  it('reads money with currency and multiplier', () => {
    expect(findMoney('RMB50 million, HK$8.29, US$11.27, US$48.2 million, HK$2.76 billion and US$278,986,066').map((m) => [m.amount, m.currency])).toEqual([
      [50_000_000, 'CNY'], [8.29, 'HKD'], [11.27, 'USD'], [48_200_000, 'USD'], [2_760_000_000, 'HKD'], [278_986_066, 'USD'],
    ]);
    expect(findPercentages('20% and 7.5 per cent.').map((p) => p.value)).toEqual([20, 7.5]);
  });
  it('reads the genre’s dates at their precision', () => {
    expect(findDates('on 3 June 2026, March 25, 2026, since December 2016, in 2012').map((d) => d.iso)).toEqual(['2026-06-03', '2026-03-25', '2016-12', '2012']);
  });
});

describe('names without honorifics', () => {
  it('finds Chinese names through compromise with the genre’s surnames added to its lexicon', () => {
    expect(findPlainPeople('Zou Tao and Qu Jingyuan were appointed as independent non-executive Directors.').map((m) => m.name)).toEqual(['Zou Tao', 'Qu Jingyuan']);
    expect(findPlainPeople('Li Wei, Chen Lei and Zhang San have resigned as directors.').map((m) => m.name)).toEqual(['Li Wei', 'Chen Lei', 'Zhang San']);
    expect(findPlainPeople('On March 30, 2026, R. Andrew Dickson III signed the report.').map((m) => m.name)).toEqual(['R. Andrew Dickson III']);
  });
});

describe('appointments and resignations', () => {
  it('reads a list of roles with "with effect from" and a committee', async () => {
    const facts = await factsOf(`${HEAD}The board (the “Board”) of directors of Northwind Marine Holdings Limited (the “Company”) announces that Mr. Ho Chun Kit (“Mr. Ho”) has been appointed as an independent non-executive Director, the chairman of the Audit Committee and a member of the Nomination Committee with effect from 2 May 2026.\n\nHong Kong, 30 April 2026\n`);
    expect(facts.filter((f) => f.type === 'appointment').map(bare)).toEqual([
      { type: 'appointment', person: 'Ho Chun Kit', organization: 'Northwind Marine Holdings Limited', role: 'independent non-executive director', effectiveDate: '2026-05-02' },
      { type: 'appointment', person: 'Ho Chun Kit', organization: 'Northwind Marine Holdings Limited', role: 'chairman', committee: 'Audit Committee', effectiveDate: '2026-05-02' },
      { type: 'appointment', person: 'Ho Chun Kit', organization: 'Northwind Marine Holdings Limited', role: 'member', committee: 'Nomination Committee', effectiveDate: '2026-05-02' },
    ]);
  });

  it('reads "ceased to act as" with a pronoun and the date carried from the resignation', async () => {
    const facts = await factsOf(`${HEAD}The Board announces that Ms. Vera Lindholm (“Ms. Lindholm”) tendered her resignation as an executive Director with effect from 1 June 2026 due to her other work commitments. Following her resignation, she also ceased to act as a member of the Remuneration Committee.\n`);
    expect(facts.filter((f) => f.type === 'resignation').map(bare)).toEqual([
      { type: 'resignation', person: 'Vera Lindholm', organization: 'Northwind Marine Holdings Limited', role: 'executive director', effectiveDate: '2026-06-01', reason: 'other work commitments' },
      { type: 'resignation', person: 'Vera Lindholm', organization: 'Northwind Marine Holdings Limited', role: 'member', committee: 'Remuneration Committee', effectiveDate: '2026-06-01' },
    ]);
  });

  it('keeps apart people who share a surname ("Mr. Qu" and "Ms. Qu")', async () => {
    const facts = await factsOf(`${HEAD}The Board comprises Mr. Tan Wei as executive Director and Ms. Tan Yu as independent non-executive Director.\n\nThe Board announces that Ms. Tan has been appointed as a member of the Audit Committee with effect from 1 July 2026. Mr. Tan has resigned as an executive Director with effect from 1 July 2026.\n`);
    expect(facts.filter((f) => f.type === 'appointment').map((f) => f.person)).toEqual(['Tan Yu']);
    expect(facts.filter((f) => f.type === 'resignation').map((f) => f.person)).toEqual(['Tan Wei']);
  });

  it('reads a transition from one role to another as a resignation and an appointment', async () => {
    const facts = await factsOf(`${HEAD}On 1 March 2026, Mr. Felix Brandt transitioned from the role of Chief Financial Officer to Vice Chairman.\n`);
    expect(facts.filter((f) => f.type === 'resignation' || f.type === 'appointment').map((f) => [f.type, f.role, f.effectiveDate])).toEqual([
      ['resignation', 'chief financial officer', '2026-03-01'],
      ['appointment', 'vice chairman', '2026-03-01'],
    ]);
  });

  it('states nothing from negations', async () => {
    const facts = await factsOf(`${HEAD}Mr. Omar Haddad, aged 61, has not held any directorship in other listed public companies in the last three years and has not been appointed as a director of any other company.\n`);
    expect(facts.filter((f) => f.type !== 'person_attribute' && f.type !== 'listing')).toEqual([]);
  });
});

describe('biographies', () => {
  it('pairs titles and dates with "respectively" and reads "served successively as"', async () => {
    const facts = await factsOf(`${HEAD}Mr. Ahmed Karimi, aged 45, has served as a Director and the chief operating officer of the Company since May 2015 and January 2020, respectively. He served successively as an analyst and a portfolio manager of Crestline Asset Management Limited from 2004 to 2014. He received his bachelor’s degree and master’s degree from Tsinghua University and the University of Oxford in 2003 and 2005, respectively.\n`);
    const positions = facts.filter((f) => f.type === 'position').map((f) => [f.organization, f.title, f.startDate, f.endDate]);
    expect(positions).toEqual([
      ['Northwind Marine Holdings Limited', 'director', '2015-05', undefined],
      ['Northwind Marine Holdings Limited', 'chief operating officer', '2020-01', undefined],
      ['Crestline Asset Management Limited', 'analyst', '2004', '2014'],
      ['Crestline Asset Management Limited', 'portfolio manager', '2004', '2014'],
    ]);
    expect(facts.filter((f) => f.type === 'education').map((f) => [f.institution, f.degree, f.year])).toEqual([
      ['Tsinghua University', 'bachelor', '2003'],
      ['University of Oxford', 'master', '2005'],
    ]);
    expect(facts.find((f) => f.type === 'person_attribute')?.value).toBe(45);
  });
});

describe('board composition', () => {
  it('reads groups of people each closed by "as <roles>"', async () => {
    const facts = await factsOf(`${HEAD}As at the date of this announcement, the Board comprises Mr. Lee Ka Ho as chairman and executive Director; Ms. Mary Doyle as non-executive Director; and Mr. Yip Chi Ming and Dr. Ines Moreau as independent non-executive Directors.\n\nHong Kong, 15 May 2026\n`);
    expect(facts.filter((f) => f.type === 'board_member').map((f) => [f.person, f.role, f.asOf])).toEqual([
      ['Lee Ka Ho', 'chairman', '2026-05-15'],
      ['Lee Ka Ho', 'executive director', '2026-05-15'],
      ['Mary Doyle', 'non-executive director', '2026-05-15'],
      ['Yip Chi Ming', 'independent non-executive director', '2026-05-15'],
      ['Ines Moreau', 'independent non-executive director', '2026-05-15'],
    ]);
  });
});

describe('transactions', () => {
  it('reads an n-ary equity transfer with defined terms', async () => {
    const facts = await factsOf(`${HEAD}On 9 April 2026, Redcliff Mining Limited (“Redcliff”) entered into an agreement with Granite Peak Resources Co., Ltd. (“Granite Peak”), pursuant to which Redcliff will transfer 45% of the equity interest in Yunnan Copperleaf Mining Co., Ltd. (the “Target Company”) to Granite Peak at a consideration of RMB88 million.\n`);
    expect(facts.filter((f) => f.type === 'equity_transfer').map(bare)).toEqual([
      {
        type: 'equity_transfer', transferor: 'Redcliff Mining Limited', transferee: 'Granite Peak Resources Co., Ltd.', target: 'Yunnan Copperleaf Mining Co., Ltd.',
        percentage: 45, consideration: { amount: 88_000_000, currency: 'CNY' }, agreementDate: '2026-04-09',
      },
    ]);
  });

  it('reads a placing with price, date and net proceeds', async () => {
    const facts = await factsOf(`${HEAD}On 2 February 2026 (after trading hours), the Company and the placing agent entered into the placing agreement, pursuant to which the Company has allotted and issued 120,000,000 placing Shares at HK$0.65 per Share on 16 February 2026. The net proceeds from the placing amount to approximately HK$76.2 million.\n`);
    expect(facts.filter((f) => f.type === 'share_issue').map(bare)).toEqual([
      {
        type: 'share_issue', issuer: 'Northwind Marine Holdings Limited', kind: 'placing', securityType: 'share', quantity: 120_000_000,
        price: { amount: 0.65, currency: 'HKD' }, date: '2026-02-16', agreementDate: '2026-02-02', netProceeds: { amount: 76_200_000, currency: 'HKD' },
      },
    ]);
  });
});

describe('evidence', () => {
  it('quotes exactly the source text between its offsets, markup included', async () => {
    const text = `${HEAD}The board of directors of Northwind Marine Holdings Limited (the “**Company**”) announces that Mr. Sato Kenji (“**Mr. Sato**”) has been appointed as the company secretary of the Company with effect from 1 August 2026 at a fee of US\\$2,000.\n`;
    const facts = await factsOf(text);
    const appointment = facts.find((f) => f.type === 'appointment')!;
    expect(appointment.role).toBe('company secretary');
    for (const f of facts) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});

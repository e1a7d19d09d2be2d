// Biography rules, one table per construction family: [sentence, the facts it must give]
// (our own sentences, made-up people and companies). Each fact is written
// [person, organization, title, startDate?, endDate?] for positions.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../pipeline/facts/types.ts';
import { factsOf } from './helpers/extract.ts';

const HEAD = `Harbourline Logistics Holdings Limited
(Incorporated in the Cayman Islands with limited liability)
(Stock Code: 4321)

ANNOUNCEMENT

`;
const ISSUER = 'Harbourline Logistics Holdings Limited';

type Row = [string, Array<Array<string | undefined>>];

async function positions(sentence: string): Promise<{ facts: Array<Array<string | undefined>>; rules: string[] }> {
  const all: Fact[] = await factsOf(`${HEAD}${sentence}\n\nHong Kong, 2 June 2026\n`);
  const ps = all.filter((f) => f.type === 'position');
  const facts = ps.map((f) => {
    const row = [f.person, f.organization, f.title, f.startDate, f.endDate] as Array<string | undefined>;
    while (row.length > 3 && row[row.length - 1] === undefined) row.pop();
    return row;
  });
  return { facts, rules: [...new Set(ps.map((f) => String(f.rule)))] };
}

function table(rule: string, rows: Row[]): void {
  describe(rule, () => {
    it.each(rows)('%s', async (sentence, expected) => {
      const got = await positions(sentence);
      expect(got.facts).toEqual(expected);
      if (expected.length) expect(got.rules).toContain(rule);
    });
  });
}

table('position.apposition', [
  ['Mr. Tobias Lindqvist, the chief financial officer of Fernhill Capital Limited, attended the meeting.', [['Tobias Lindqvist', 'Fernhill Capital Limited', 'chief financial officer']]],
  ['The loan was guaranteed by Ms. Mei Lan Ko, an executive Director and the chief executive officer of the Company.', [['Mei Lan Ko', ISSUER, 'executive director'], ['Mei Lan Ko', ISSUER, 'chief executive officer']]],
  ['Mr. Ansel Brooke, chairman of the Board and chief executive officer, and Ms. Greta Holm, executive Director and chief financial officer, signed the agreement.', [['Ansel Brooke', ISSUER, 'chairman'], ['Ansel Brooke', ISSUER, 'chief executive officer'], ['Greta Holm', ISSUER, 'executive director'], ['Greta Holm', ISSUER, 'chief financial officer']]],
  ['Yusuf Erdogan (Chairman) chaired the annual general meeting.', [['Yusuf Erdogan', ISSUER, 'chairman']]],
  ['Rafael Quint, 58, and Sunniva Aas, 51, Co-Presidents of Tidewater Freight Inc., will attend.', [['Sunniva Aas', 'Tidewater Freight Inc.', 'co-president'], ['Rafael Quint', 'Tidewater Freight Inc.', 'co-president']]],
  // A former title is a position held in the past; "is a consultant" names no organisation.
  ['Mr. Colm Reddy, the former chairman of Ashgrove Limited, is a consultant.', [['Colm Reddy', 'Ashgrove Limited', 'chairman']]],
]);

table('position.said', [
  ['"We delivered a strong year," said Lena Marsh, chairman and chief executive officer.', [['Lena Marsh', ISSUER, 'chairman'], ['Lena Marsh', ISSUER, 'chief executive officer']]],
  ['"Margins improved," said Chairman and CEO Omar Castell.', [['Omar Castell', ISSUER, 'chairman'], ['Omar Castell', ISSUER, 'chief executive officer']]],
  ['"Demand held up," said Dev Anand Rao, executive vice president and CFO, Quillon.', [['Dev Anand Rao', 'Quillon', 'executive vice president'], ['Dev Anand Rao', 'Quillon', 'chief financial officer']]],
]);

table('position.title-before-name', [
  ['Harbourline Logistics Holdings Limited’s CFO Ingrid Solberg will host the call.', [['Ingrid Solberg', ISSUER, 'chief financial officer']]],
  ['The call will be hosted by Chief Financial Officer Marco Bellini.', [['Marco Bellini', ISSUER, 'chief financial officer']]],
]);

table('position.copular', [
  ['Mr. Anton Weiss is the chief operating officer of Brightwater Shipping Limited.', [['Anton Weiss', 'Brightwater Shipping Limited', 'chief operating officer']]],
  ['Ms. Hana Kolar has been the general counsel of Brightwater Shipping Limited since 2019.', [['Hana Kolar', 'Brightwater Shipping Limited', 'general counsel', '2019']]],
  ['Mr. Felix Aubert is currently a vice president and the head of research of Pellmount Securities Limited.', [['Felix Aubert', 'Pellmount Securities Limited', 'vice president'], ['Felix Aubert', 'Pellmount Securities Limited', 'head of research']]],
  // A description of the organisation between the title and its period.
  ['Ms. Noor Haddad has been the finance director of Quayside Cargo Limited, an indirect wholly-owned subsidiary of the Company, since August 2017.', [['Noor Haddad', 'Quayside Cargo Limited', 'finance director', '2017-08']]],
  ['Mr. Tomas Reyes was the treasurer of Fenwick Paper Mills Inc., a company listed on the Toronto Stock Exchange, from 2011 to 2015.', [['Tomas Reyes', 'Fenwick Paper Mills Inc.', 'treasurer', '2011', '2015']]],
  // An event is not a copular fact; a negation states nothing.
  ['Mr. Anton Weiss has been appointed as the chief operating officer of Brightwater Shipping Limited.', []],
  ['Mr. Anton Weiss is not a director of Brightwater Shipping Limited.', []],
]);

table('position.served-as', [
  ['Mr. Ivo Marsh has served as a member of the Board of Directors of Kestrel Mining Corp. since 2003.', [['Ivo Marsh', 'Kestrel Mining Corp.', 'director', '2003']]],
  ['Ms. Lucia Ferro served as chief financial officer of Orchard Foods Inc. from 2018 to 2023.', [['Lucia Ferro', 'Orchard Foods Inc.', 'chief financial officer', '2018', '2023']]],
  ['Mr. Kai Ostrowski has served as President since January 2009, as Chief Financial Officer of the Company since July 2016, and as Portfolio Manager since March 2017.', [['Kai Ostrowski', ISSUER, 'president', '2009-01'], ['Kai Ostrowski', ISSUER, 'chief financial officer', '2016-07'], ['Kai Ostrowski', ISSUER, 'portfolio manager', '2017-03']]],
  ['Mr. Bo Lindahl served successively as an engineer and a project manager of Northgate Software Limited from 2005 to 2010.', [['Bo Lindahl', 'Northgate Software Limited', 'engineer', '2005', '2010'], ['Bo Lindahl', 'Northgate Software Limited', 'project manager', '2005', '2010']]],
  ['Ms. Ada Kwan has served on the board of directors of Sablewood Holdings Inc. since May 2021.', [['Ada Kwan', 'Sablewood Holdings Inc.', 'director', '2021-05']]],
  // A hypothetical states nothing.
  ['If Mr. Ivo Marsh served as chief executive officer of Kestrel Mining Corp., he would be paid more.', []],
]);

table('position.respectively', [
  ['Mr. Jonas Pike has served as a Director and the chief operating officer of the Company since May 2015 and January 2020, respectively.', [['Jonas Pike', ISSUER, 'director', '2015-05'], ['Jonas Pike', ISSUER, 'chief operating officer', '2020-01']]],
]);

table('position.joined', [
  ['Mr. Soren Vik joined Halden Marine Limited in 1998.', [['Soren Vik', 'Halden Marine Limited', 'employee', '1998']]],
  ['Ms. Petra Lund, age 36, joined the Company in September 2020 as Controller.', [['Petra Lund', ISSUER, 'controller', '2020-09']]],
]);

table('position.former-employers', [
  ['Prior to joining the Company, Ms. Greta Holm held various positions at Alder Bank Limited, Corvid Advisors LLC and Tamsin Partners LLP.', [['Greta Holm', 'Alder Bank Limited', 'employee'], ['Greta Holm', 'Corvid Advisors LLC', 'employee'], ['Greta Holm', 'Tamsin Partners LLP', 'employee']]],
]);

describe('education.degree', () => {
  const rows: Array<[string, Array<[string, string | undefined, string | undefined]>]> = [
    ['Mr. Nils Berg received a bachelor’s degree in economics from Westbrook University in 2001.', [['Westbrook University', 'bachelor', '2001']]],
    ['Ms. Ines Roa graduated from Lakeview College (B.A.) and from Harlow University (A.M., Ph.D., Chemistry).', [['Lakeview College', 'bachelor', undefined], ['Harlow University', 'master', undefined], ['Harlow University', 'doctor', undefined]]],
    ['Mr. Ahmed Karimi received his bachelor’s degree and master’s degree from Tsinghua University and the University of Oxford in 2003 and 2005, respectively.', [['Tsinghua University', 'bachelor', '2003'], ['University of Oxford', 'master', '2005']]],
    ['Ms. Tove Lind graduated from the Kessler School of Business at Marlow University (M.B.A.).', [['Marlow University', 'MBA', undefined]]],
    ['Mr. Sam Oduya was graduated from Elmhurst University in 1990.', [['Elmhurst University', undefined, '1990']]],
  ];
  it.each(rows)('%s', async (sentence, expected) => {
    const facts = (await factsOf(`${HEAD}${sentence}\n`)).filter((f) => f.type === 'education');
    expect(facts.map((f) => [f.institution, f.degree, f.year])).toEqual(expected);
    expect(facts.every((f) => f.rule === 'education.degree')).toBe(true);
  });
});

describe('age', () => {
  const rows: Array<[string, string, number]> = [
    ['Mr. Quentin Roe, aged 57, is an executive Director.', 'age.aged', 57],
    ['Ms. Dalia Haddad, age 44, joined the Company in 2015.', 'age.aged', 44],
    ['Tamsin Ekwueme, 49, has served as our controller since 2019.', 'age.comma', 49],
    ['Bruno Aalto, President and Director (Age 61).', 'age.parenthetical', 61],
  ];
  it.each(rows)('%s', async (sentence, rule, age) => {
    const facts = (await factsOf(`${HEAD}${sentence}\n\nHong Kong, 2 June 2026\n`)).filter((f) => f.type === 'person_attribute');
    expect(facts.map((f) => [f.rule, f.value, f.asOf])).toEqual([[rule, age, '2026-06-02']]);
  });
});

describe('position.signature and position.table-row', () => {
  const rows = (facts: Fact[]) => facts.filter((f) => f.type === 'position').map((f) => [f.person, f.organization, f.title, f.rule]);

  it('reads one signer under several stacked company names, and the title on the lines below', async () => {
    const text = `SIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934, each registrant has duly caused this report to be signed.\n\nDate: May 2, 2026            NORTHWIND UTILITIES COMPANY\n\n                             By    /s/Harriet O. Blake\n                                   Harriet O. Blake\n                                   Comptroller\n\n                             EASTFIELD POWER COMPANY\n                             WESTFIELD GAS COMPANY\n\n                             By    /s/Omar Qadir\n                                   Omar Qadir\n                                   Assistant Secretary\n`;
    expect(rows(await factsOf(text, 'signatures.txt'))).toEqual([
      ['Harriet O. Blake', 'NORTHWIND UTILITIES COMPANY', 'comptroller', 'position.signature'],
      ['Omar Qadir', 'EASTFIELD POWER COMPANY', 'assistant secretary', 'position.signature'],
      ['Omar Qadir', 'WESTFIELD GAS COMPANY', 'assistant secretary', 'position.signature'],
    ]);
  });

  it('reads Name:/Title: labels, a title wrapped over two lines, the name in mixed case', async () => {
    const text = `Quarry Lane Retail, Inc.\n\nSIGNATURES\n\nQUARRY LANE RETAIL, INC.\n\nDate: May 2, 2026 By: /s/ PAULA M. RENNER\n\nName: Paula M. Renner\n\nTitle: Senior Vice President of Finance,\n\nTreasurer and Chief Financial Officer\n`;
    expect(rows(await factsOf(text)).map((r) => [r[0], r[2]])).toEqual([
      ['Paula M. Renner', 'senior vice president of finance'],
      ['Paula M. Renner', 'treasurer'],
      ['Paula M. Renner', 'chief financial officer'],
    ]);
  });

  it('reads a name and its titles on one line with no label', async () => {
    const facts = await factsOf(`${HEAD}Tamsin Oyelaran Tamsin Oyelaran Senior Vice President and Chief Financial Officer.\n`);
    expect(rows(facts)).toEqual([
      ['Tamsin Oyelaran', ISSUER, 'senior vice president', 'position.signature'],
      ['Tamsin Oyelaran', ISSUER, 'chief financial officer', 'position.signature'],
    ]);
  });

  // HKEX closing blocks: the board's own roles are the composition statement's; other offices are positions.
  it.each([
    ['a company secretary signs', 'By order of the Board\nHarrowgate Foods Holdings Limited\nMs. Celia Drummond\nCompany Secretary\n\nHong Kong, 4 May 2026\n', [['Celia Drummond', 'company secretary']]],
    ['a chairman signs: no position', 'By order of the Board\nHarrowgate Foods Holdings Limited\nTam Wing Kei\nChairman and Executive Director\n\nHong Kong, 4 May 2026\n', []],
    ['a title wrapped before "and"', 'By order of the Board\nHarrowgate Foods Holdings Limited\nMr. Tam Wing Kei\nExecutive Director\nand Chief Executive Officer\n\nHong Kong, 4 May 2026\n', [['Tam Wing Kei', 'chief executive officer']]],
  ] as Array<[string, string, string[][]]>)('position.signature under "By order of the Board": %s', async (_label, closing, expected) => {
    const facts = await factsOf(`${HEAD}The Board announces a change of its auditor.\n\n${closing}`);
    expect(rows(facts).filter((r) => r[3] === 'position.signature').map((r) => [r[0], r[2]])).toEqual(expected);
  });

  it('reads "/S/" in capitals and a title wrapped after an open word ("... and Chief" / "Financial Officer")', async () => {
    const text = `Dunmore Instruments, Inc.\n\nSIGNATURE\n\nDUNMORE INSTRUMENTS, INC.\n\nBy:/S/ Keiran P. Walsh\nKeiran P. Walsh, Senior Vice President and Chief\nFinancial Officer\n\nDate: March 2, 2026\n`;
    expect(rows(await factsOf(text, 'dunmore.txt')).filter((r) => r[3] === 'position.signature').map((r) => [r[0], r[2]])).toEqual([
      ['Keiran P. Walsh', 'senior vice president'],
      ['Keiran P. Walsh', 'chief financial officer'],
    ]);
  });

  it('a headline verb and a title abbreviation are no name ("Board Announces CEO Pay")', async () => {
    const facts = await factsOf(`${HEAD}Dunmore Board of Directors Announces CEO Compensation\n\nThe board approved the plan today.\n`);
    expect(facts.filter((f) => f.type === 'position')).toEqual([]);
  });

  it('reads officer tables: "Name Titles" cells, or a name cell and a titles cell', async () => {
    const text = `${HEAD}The target awards are:\n\n| Named Executive Officer | Target Award |\n| --- | --- |\n| Wilhelmina K. Strand President and Chief Executive Officer | $900,000 |\n| Dario Menendez Executive Vice President, Worldwide Sales | $400,000 |\n\nThe officers are:\n\n| Officer | Position | Salary |\n| --- | --- | --- |\n| Hugo Brandvold(1) | Treasurer | $200,000 |\n| Nadia Fenwick | Director | $50,000 |\n`;
    expect(rows(await factsOf(text)).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Wilhelmina K. Strand', 'president', 'position.table-row'],
      ['Wilhelmina K. Strand', 'chief executive officer', 'position.table-row'],
      ['Dario Menendez', 'executive vice president, worldwide sales', 'position.table-row'],
      ['Hugo Brandvold', 'treasurer', 'position.table-row'],
      ['Nadia Fenwick', 'director', 'position.table-row'],
    ]);
  });
});

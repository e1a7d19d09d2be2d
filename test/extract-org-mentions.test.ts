// Organisation names: each row a sentence of our own and the names it must yield.
import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../pipeline/extract/mentions/organizations.ts';
import { findContextOrganizations } from '../pipeline/extract/mentions/org-context.ts';
import { ShortNames } from '../pipeline/extract/mentions/short-names.ts';
import { bare, factsOf } from './helpers/extract.ts';

const LEGAL_FORMS: Array<[string, string[]]> = [
  ['Halvorsen Marine Holdings Limited announced its results.', ['Halvorsen Marine Holdings Limited']],
  // names opening with digits, "The", capitals, "Corp" without a period
  ['1-888-TULIPS.NET, Inc. (the “Company”) held its meeting.', ['1-888-TULIPS.NET, Inc.']],
  ['Shares of 240 Meridian Capital Corp. rose.', ['240 Meridian Capital Corp.']],
  ['The Quillfeather, Inc. and 7Q Company signed the agreement.', ['The Quillfeather, Inc.', '7Q Company']],
  ['LANTERN BAY TECHNOLOGY CO., LTD. and Orvane Corp agreed.', ['LANTERN BAY TECHNOLOGY CO., LTD.', 'Orvane Corp']],
  ['The Kestrel Ferry Company (1948) Limited runs the route.', ['The Kestrel Ferry Company (1948) Limited']],
  ['Dunmore, Pike and Co. and Askew, Lyle & Barrow LLP advised.', ['Dunmore, Pike and Co.', 'Askew, Lyle & Barrow LLP']],
  ['Q&R Wellness Group Limited and H & J Creation Limited merged.', ['Q&R Wellness Group Limited', 'H & J Creation Limited']],
  // no openers, months, dates, titles, exchanges or headings glued on
  ['July The Company announced the results.', []],
  ['On 30 September 31 March Brightwell Harbour Holdings Limited agreed.', ['Brightwell Harbour Holdings Limited']],
  ['While Orvane Holdings Limited grew, costs rose.', ['Orvane Holdings Limited']],
  ['Raleigh-based Tamsin Power Company reported earnings.', ['Tamsin Power Company']],
  ['Chief Financial Officer and Treasurer of Pellucid Gamma, Inc.', ['Pellucid Gamma, Inc.']],
  ['listed on the Main Board of The Stock Exchange of Hong Kong Limited', ['The Stock Exchange of Hong Kong Limited']],
  ['Class A Common Stock TQX Chicago Stock Exchange, Inc.', ['Chicago Stock Exchange, Inc.']],
  ['Common Stock ZRV The Nasdaq Stock Market LLC', ['The Nasdaq Stock Market LLC']],
  ['DISCLOSEABLE TRANSACTION IN RELATION TO THE ACQUISITION OF THE ENTIRE ISSUED SHARE CAPITAL OF BRIGHT SKY HOLDINGS LIMITED', ['BRIGHT SKY HOLDINGS LIMITED']],
  // two names, not one
  ['Fernwood Financial Services Corporation (Fern Financial) and Fernwood Insurance Holdings Inc. lend.', ['Fernwood Financial Services Corporation', 'Fernwood Insurance Holdings Inc.']],
  ['Lumen Tide Limited Glass Arbor Limited Pale Reed Limited', ['Lumen Tide Limited', 'Glass Arbor Limited', 'Pale Reed Limited']],
  ['Orvane Power Company and Tessaly, Inc. agreed to merge.', ['Orvane Power Company', 'Tessaly, Inc.']],
  // not names: kinds of company, a bare number in running text, a line's tail
  ['The Company is an Emerging Growth Company and a Delaware corporation under the Delaware General Corporation Law.', []],
  ['It won the award for 15 Years Plus Caring Company.', []],
  ['Partners, L.P.', []],
  // never across a line break
  ['Board\nNorthwind Cloud Holdings Limited', ['Northwind Cloud Holdings Limited']],
  ['Marlow &\nFinch LLP', ['Marlow & Finch LLP']],
];

const CONTEXT: Array<[string, string[]]> = [
  ['Ms. Roe joined Halden Sachs in 1998.', ['Halden Sachs']],
  ['He is a director of Quarry Therapeutics and served as head of Finance.', ['Quarry Therapeutics']],
  ['Guangzhou Feiyue (a wholly owned subsidiary of the Company) signed the lease.', ['Guangzhou Feiyue']],
  ['HSX, a subsidiary of StarLattice, issued notes.', ['HSX', 'StarLattice']],
  ['Tarn Energy’s subsidiary GridSentinel reported.', ['Tarn Energy', 'GridSentinel']],
  ['Nimbus Robotics (Stock Code: 1234) announced its results.', ['Nimbus Robotics']],
  ['Tellus Mining (the “Purchaser”) agreed to buy the shares.', ['Tellus Mining']],
  ['In April 2013 we acquired Brisco for cash.', ['Brisco']],
  ['GridSentinel, a Delaware corporation, makes meters.', ['GridSentinel']],
  // people and things are not organisations
  ['Zhang Wei (the “Vendor”) agreed to sell the Sale Shares.', []],
  ['Mr. Lei Jun’s board seat was renewed.', []],
  ['She is the director of Investor Relations and acquired Sale Shares.', []],
];

describe('organisation names closed by a legal form', () => {
  it.each(LEGAL_FORMS)('%s', (sentence, names) => {
    expect(findOrganizations(sentence).map((m) => m.name)).toEqual(names);
  });
  it('keeps the mention on the text’s own span while folding white space in the name', () => {
    const text = 'Audited by Marlow  &  Finch LLP.';
    const [m] = findOrganizations(text);
    expect(m.name).toBe('Marlow & Finch LLP');
    expect(text.slice(m.from, m.to)).toBe('Marlow  &  Finch LLP');
  });
});

describe('organisation names from their context', () => {
  it.each(CONTEXT)('%s', (sentence, names) => {
    expect(findContextOrganizations(sentence, findOrganizations(sentence)).map((m) => m.name)).toEqual(names);
  });
});

describe('short names', () => {
  it('resolves a short form to the one full name that claims it, and leaves an ambiguous one', () => {
    const s = new ShortNames();
    for (const n of ['Caldera Inc.', 'Shenzhen Xinghe Data Technology Co., Ltd.', 'Kestrel Cloud Holdings Limited', 'Kestrel Corporation']) s.add(n);
    const text = 'Caldera and Shenzhen Xinghe signed; Kestrel Cloud and Kestrel did not.';
    expect(s.find(text, []).map((m) => [text.slice(m.from, m.to), m.name])).toEqual([
      ['Caldera', 'Caldera Inc.'],
      ['Shenzhen Xinghe', 'Shenzhen Xinghe Data Technology Co., Ltd.'],
      ['Kestrel Cloud', 'Kestrel Cloud Holdings Limited'],
      ['Kestrel', 'Kestrel Corporation'],
    ]);
  });

  it('states facts about "the Company" as written when the text never names its issuer', async () => {
    const facts = await factsOf('The Group is principally engaged in shipping. Larkspur Freight Limited, a wholly-owned subsidiary of the Company, operates the fleet.\n');
    expect(facts.filter((f) => f.type === 'subsidiary').map(bare)).toEqual([{ type: 'subsidiary', parent: 'the Company', child: 'Larkspur Freight Limited', percentage: 100 }]);
  });
});

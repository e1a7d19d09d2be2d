// Subsidiary rules: each row a sentence of our own (made-up companies) and the facts it must give.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers/extract.ts';

const HEAD = `Marrowind Holdings Limited
(Incorporated in Bermuda with limited liability)
(Stock Code: 4321)

ANNOUNCEMENT

`;
const ISSUER = 'Marrowind Holdings Limited';

type Row = [string, Array<[parent: string, child: string, percentage?: number]>];

const TABLE: Record<string, Row[]> = {
  'subsidiary.apposition': [
    ['Pellham Logistics Limited (“Pellham”), a wholly-owned subsidiary of the Company, signed the lease.', [[ISSUER, 'Pellham Logistics Limited', 100]]],
    ['Guangzhou Ruiyang Trading Co., Ltd. ( ) (“Ruiyang”), an indirect wholly owned subsidiary of the Company, is the borrower.', [[ISSUER, 'Guangzhou Ruiyang Trading Co., Ltd.', 100]]],
    ['Fenwick Estates Limited (a 55%-owned subsidiary of the Company) pledged its units.', [[ISSUER, 'Fenwick Estates Limited', 55]]],
    ['Larkhill Cloud Technology Co., Ltd. (“Larkhill Cloud”, a subsidiary of the Company) signed the agreement.', [[ISSUER, 'Larkhill Cloud Technology Co., Ltd.']]],
    ['Orla Ships Limited, a non-wholly owned subsidiary of Tarrant Marine Group Limited, sold two vessels.', [['Tarrant Marine Group Limited', 'Orla Ships Limited']]],
    ['Querrin Power Ltd., a then subsidiary of the Company, was disposed of in 2015.', [[ISSUER, 'Querrin Power Ltd.']]],
    ['Rook Vale Mining Limited and Ashdown Quarry Limited, both being indirect wholly-owned subsidiaries of the Company, signed.', [[ISSUER, 'Rook Vale Mining Limited', 100], [ISSUER, 'Ashdown Quarry Limited', 100]]],
    // two parents, one of each kind
    ['Selden Terminals LLC (“Selden”), a direct subsidiary of Selden Holdings LLC and an indirect subsidiary of Tovey Infrastructure Corp, entered into a credit agreement.', [['Selden Holdings LLC', 'Selden Terminals LLC'], ['Tovey Infrastructure Corp', 'Selden Terminals LLC']]],
  ],
  'subsidiary.copular': [
    ['Upon completion on 3 May 2026, Kelso Data Limited and Brindle Cloud Limited have become wholly-owned subsidiaries of the Company.', [[ISSUER, 'Kelso Data Limited', 100], [ISSUER, 'Brindle Cloud Limited', 100]]],
    ['Tamsin Foods Co., Ltd. is deemed as a non-wholly-owned subsidiary of the Group.', [[ISSUER, 'Tamsin Foods Co., Ltd.']]],
    // a defined term that starts with a short form of its own name ("Quorra Leisure" in “Quorra Leisure Travel”)
    ['Quorra Leisure Travel (Suzhou) Co., Ltd. (“Quorra Leisure Travel”) raised capital. Accordingly, Quorra Leisure Travel becomes a subsidiary of the Group.', [[ISSUER, 'Quorra Leisure Travel (Suzhou) Co., Ltd.']]],
    // not stated: the future, a cessation
    ['Upon completion, Kelso Data Limited will become a wholly-owned subsidiary of the Company.', []],
    ['After the disposal, Kelso Data Limited ceased to be a subsidiary of the Company.', []],
  ],
  'subsidiary.named-after': [
    ['The Company pledged the equity interest of a wholly-owned subsidiary of the Company, Wexford Shipyard Ltd., to secure a loan.', [[ISSUER, 'Wexford Shipyard Ltd.', 100]]],
  ],
  'subsidiary.member-of': [
    ['We licensed the patent to Halvern Bio Inc., or Halvern, a member of the Ostrava Group, in 2019.', [['Ostrava Group', 'Halvern Bio Inc.']]],
    ['Ms. Ida Roe is a member of the Audit Committee.', []],
  ],
  'subsidiary.its-subsidiary': [
    ['The statements include the accounts of Corvid Therapeutics, Inc. and its wholly owned subsidiary, Corvid Surgical, Inc.', [['Corvid Therapeutics, Inc.', 'Corvid Surgical, Inc.', 100]]],
    ['Through its indirect wholly-owned subsidiary, Lanyard Investment Limited, the Company holds two office floors.', [[ISSUER, 'Lanyard Investment Limited', 100]]],
    ['Pinecrest Financial Corp invests in loans through its direct wholly-owned subsidiary Ridgeback Lending LLC.', [['Pinecrest Financial Corp', 'Ridgeback Lending LLC', 100]]],
    ['The company defines Financial Products as its finance and insurance subsidiaries, primarily Torvald Capital Corporation and Torvald Insurance Holdings Inc.', [[ISSUER, 'Torvald Capital Corporation'], [ISSUER, 'Torvald Insurance Holdings Inc.']]],
    ['The Group holds a mine through its 85%-held company, Serra Verde Mining Limited.', [[ISSUER, 'Serra Verde Mining Limited', 85]]],
    ['Led by its flagship subsidiary, Coach Star Limited (“Coach Star”), the CSH Group runs coaches. Coach Star Holdings Limited and its subsidiaries (the “CSH Group”) are a segment.', [['Coach Star Holdings Limited', 'Coach Star Limited']]],
    // "its" inside a parenthesis belongs to what the parenthesis follows, and that must be a name
    ['The Group consolidated the Target Group (including its subsidiary Harlow Clean Energy Limited) from May.', []],
    // a list of parties, not of subsidiaries
    ['The statements include the Company, its subsidiaries, the Rowan Trust Limited, and others.', []],
  ],
  'subsidiary.has-subsidiary': [
    ['Quillon Credit, Inc. has a wholly owned subsidiary, Quillon Agency Finance, Inc., which serves as the administrative agent.', [['Quillon Credit, Inc.', 'Quillon Agency Finance, Inc.', 100]]],
    ['On April 23, 2025, Rastrick Group, Inc. established a wholly owned subsidiary Rastrick Trading Co., Ltd. (“Rastrick Trading”).', [['Rastrick Group, Inc.', 'Rastrick Trading Co., Ltd.', 100]]],
    // a subsidiary still to be set up; a subsidiary that is not the name after it
    ['The Company will establish a wholly owned subsidiary, Brockley Trading Limited, in Macau.', []],
    ['Cresswell Bank Limited has a subsidiary which owns Dunmow Leasing Limited.', []],
  ],
  'subsidiary.possessive': [
    ['The pledge covers the Group’s wholly-owned subsidiaries, Alder City Investments Limited, Birch Gain Limited and Cedar Ace Limited.', [[ISSUER, 'Alder City Investments Limited', 100], [ISSUER, 'Birch Gain Limited', 100], [ISSUER, 'Cedar Ace Limited', 100]]],
    ['He is the chief executive officer of Halcrow Capital BD, LLC, the Company’s wholly owned broker dealer subsidiary.', [[ISSUER, 'Halcrow Capital BD, LLC', 100]]],
    ['Mr. Ode Loeb also acts as Acting CEO of the Registrant’s GridWarden subsidiary.', [[ISSUER, 'GridWarden']]],
  ],
  'subsidiary.owned-by': [
    ['Fenwick Fund is a company wholly owned by Stanmore Group Co., Ltd. Fenwick Fund Management Co., Ltd. (“Fenwick Fund”) manages assets.', [['Stanmore Group Co., Ltd.', 'Fenwick Fund Management Co., Ltd.', 100]]],
    ['The JV Company will be held as to 92% by Larch Environmental Technology Co., Ltd. and 8% by a partner.', []],
    ['Wrenfield Limited is held as to 92% by Larch Environmental Technology Co., Ltd. and 8% by a partner.', [['Larch Environmental Technology Co., Ltd.', 'Wrenfield Limited', 92]]],
    ['Gantry Tools Limited (“Gantry”), a company in which the Company held 50.01% of the issued shares, was wound up.', [[ISSUER, 'Gantry Tools Limited', 50.01]]],
    ['The Company owns a quarry through a 60% owned Redstone Quarry Holdings (Hong Kong) Limited.', [[ISSUER, 'Redstone Quarry Holdings (Hong Kong) Limited', 60]]],
    ['Harbour One Limited is jointly owned by Pier Two Limited and Dock Three Limited.', []],
  ],
  'subsidiary.holds': [
    ['Stellan Investment Ltd holds a 57.11% shareholding in Stellan Bank Corporation.', [['Stellan Investment Ltd', 'Stellan Bank Corporation', 57.11]]],
    ['Stellan Bank Corporation holds a 100% shareholding in SB Group Holdings Limited, which in turn holds a 100% shareholding in SB Financial Holdings Limited.', [['Stellan Bank Corporation', 'SB Group Holdings Limited', 100], ['SB Group Holdings Limited', 'SB Financial Holdings Limited', 100]]],
    ['The Group acquired Gorse Holdings Limited which indirectly holds a 62.5% equity interest in each of (Heath Railway Limited*) (“Heath”) and (Moor Railway Limited*) (“Moor”), and a 51% equity interest in (Fell Transport Company Limited*) (“Fell”).', [['Gorse Holdings Limited', 'Heath Railway Limited', 62.5], ['Gorse Holdings Limited', 'Moor Railway Limited', 62.5], ['Gorse Holdings Limited', 'Fell Transport Company Limited', 51]]],
    ['Quill Honest Inc. was incorporated in the British Virgin Islands and it owns 100% equity interest in J & K Creation Limited.', [['Quill Honest Inc.', 'J & K Creation Limited', 100]]],
    // a minority stake, and a stake still to come
    ['The Group holds approximately 44.94% of the equity interest in Tolland Investment Co., Ltd.', []],
    ['Upon completion, Aster Capital Limited will hold 70% of the equity interest in Briar Tech Limited.', []],
  ],
  'subsidiary.sole-shareholder': [
    ['Osric Holdings, Inc., which is the sole shareholder of Osric Associates, Inc., manages the fund.', [['Osric Holdings, Inc.', 'Osric Associates, Inc.', 100]]],
  ],
  'subsidiary.holding-company': [
    ['The Group acquired 51% of Tidewell Company Limited, the holding company of Suzhou Tidewell Co., Ltd. and Tidewell (Shanghai) Co., Ltd.', [['Tidewell Company Limited', 'Suzhou Tidewell Co., Ltd.'], ['Tidewell Company Limited', 'Tidewell (Shanghai) Co., Ltd.']]],
    ['The ultimate holding company of Pennine Tools Limited is Ashcombe Group Limited.', [['Ashcombe Group Limited', 'Pennine Tools Limited']]],
  ],
};

describe('subsidiary rules', () => {
  for (const [rule, rows] of Object.entries(TABLE)) {
    describe(rule, () => {
      it.each(rows)('%s', async (sentence, expected) => {
        const facts = (await factsOf(HEAD + sentence + '\n')).filter((f) => f.type === 'subsidiary');
        expect(facts.map((f) => [f.parent, f.child, f.percentage].filter((x) => x !== undefined))).toEqual(expected.map((e) => e.filter((x) => x !== undefined)));
        for (const f of facts) if (expected.length) expect(f.rule).toBe(rule);
      });
    });
  }
});

// Listing rules: each row a sentence (or an 8-K cover) of our own with made-up companies and
// codes, and the listings it must give; a listing to come, or applied for, gives none.
import { describe } from 'vitest';
import { HK_ISSUER, ruleTable, type Row } from './helpers/rule-table.ts';

const HKEX = 'Hong Kong Stock Exchange';
const NYSE = 'New York Stock Exchange';

const TABLE: Record<string, Row[]> = {
  'listing.inline-code': [
    ['Fennimore Cloud Corporation (HKEx: 2871 (HKD counter) and 82871 (RMB counter)) announced its results.', [{ organization: 'Fennimore Cloud Corporation', exchange: HKEX, code: '2871' }, { organization: 'Fennimore Cloud Corporation', exchange: HKEX, code: '82871' }]],
    ['Gaskell Outdoor, Inc. (NYSE: GSKL) reported sales.', [{ organization: 'Gaskell Outdoor, Inc.', exchange: NYSE, code: 'GSKL' }]],
    ['Raleigh-based Tamsin Power Company (NYSE: TPC) reported earnings.', [{ organization: 'Tamsin Power Company', exchange: NYSE, code: 'TPC' }]],
    ['Harwell Energy Limited, shares of which are listed on the Main Board of the Stock Exchange (Stock Code: 648), is the vendor.', [{ organization: 'Harwell Energy Limited', exchange: HKEX, code: '648' }]],
    // the exchange is not the listed company
    ['The shares are traded on the Main Board of the Stock Exchange (stock code: 8037).', []],
  ],
  'listing.under-symbol': [
    ['Our common stock is listed on The Nasdaq Capital Market under the symbol “IVRT”.', [{ organization: HK_ISSUER, exchange: 'Nasdaq', code: 'IVRT' }]],
    ['Jessamine Foods Inc.’s common stock is traded on the New York Stock Exchange under the symbol “JSF”.', [{ organization: 'Jessamine Foods Inc.', exchange: NYSE, code: 'JSF' }]],
    ['Our common stock will be listed on The Nasdaq Global Market under the symbol “KNTR”.', []],
    ['We have applied to list our ADSs on the New York Stock Exchange under the symbol “LUMN”.', []],
  ],
};

// An 8-K cover in plain text: the Section 12(b) table, one row a line.
const COVER = `UNITED STATES
SECURITIES AND EXCHANGE COMMISSION

FORM 8-K

Orrin Castings Corporation
(Exact name of registrant as specified in its charter)

Securities registered pursuant to Section 12(b) of the Act:

Title of each class Trading Symbol(s) Name of each exchange on which registered

`;
const ORRIN = 'Orrin Castings Corporation';

const COVER_TABLE: Record<string, Row[]> = {
  'listing.registered-securities': [
    ['Common Stock, $.01 par value OCC New York Stock Exchange', [{ organization: ORRIN, exchange: NYSE, code: 'OCC' }]],
    ['2.250% Notes due 2031 OCC31 New York Stock Exchange', [{ organization: ORRIN, exchange: NYSE, code: 'OCC31' }]],
    ['Depositary Shares, each representing a one-thousandth interest in a share of 5.50% Preferred Stock, Series B OCC PR B New York Stock Exchange', [{ organization: ORRIN, exchange: NYSE, code: 'OCC PR B' }]],
    ['1.800% Senior Notes due 2029 OCC 29 New York Stock Exchange', [{ organization: ORRIN, exchange: NYSE, code: 'OCC 29' }]],
    // the legal form of the guaranteed company's name is no symbol
    ['Guarantee of Index ETNs due March 1, 2044 of Orrin Castings Finance Company LLC OCXT NYSE Arca, Inc.', [{ organization: ORRIN, exchange: 'NYSE Arca', code: 'OCXT' }]],
    ['On May 1, 2026, the Company told the New York Stock Exchange', []],
  ],
};

describe('listing rules', () => {
  // The issuer block's own stock code is another construction (listing.issuer-block).
  ruleTable('listing', TABLE, { skipRules: ['listing.issuer-block'] });
  ruleTable('listing', COVER_TABLE, { head: COVER });
});

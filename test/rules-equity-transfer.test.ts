// Equity transfer rules: each row a sentence of our own (made-up companies, people and amounts)
// and the transfers it must give; proposals, memoranda, options and lapsed deals give none.
import { describe } from 'vitest';
import { HK_ISSUER, ruleTable, type Row } from './helpers/rule-table.ts';

const ISSUER = HK_ISSUER;

const TABLE: Record<string, Row[]> = {
  'equity_transfer.sale-clause': [
    ['Pellham Logistics Limited will transfer 20% of the equity interest in Corran Mills Limited to Dunmore Capital Limited for HK$5 million.', [{ transferor: 'Pellham Logistics Limited', transferee: 'Dunmore Capital Limited', target: 'Corran Mills Limited', percentage: 20, consideration: { amount: 5000000, currency: 'HKD' } }]],
    ['On 3 May 2026, Aster Holdings Limited agreed to sell, and Briar Investments Limited agreed to acquire, 60% of the issued share capital of Cobble Tech Limited.', [{ transferor: 'Aster Holdings Limited', transferee: 'Briar Investments Limited', target: 'Cobble Tech Limited', percentage: 60 }]],
    ['On 12 June 2025, Fernhill Capital Limited transferred its 35% equity interest in Gladwyn Foods Co., Ltd. to Harrow Point Limited at a consideration of RMB18,000,000.', [{ transferor: 'Fernhill Capital Limited', transferee: 'Harrow Point Limited', target: 'Gladwyn Foods Co., Ltd.', percentage: 35, consideration: { amount: 18000000, currency: 'CNY' }, completionDate: '2025-06-12' }]],
    ['Pursuant to the agreement, Ostler Investments Limited (“Ostler”) has conditionally agreed to sell the entire issued share capital of Penrose Valley Limited to the Company for HK$88 million.', [{ transferor: 'Ostler Investments Limited', transferee: ISSUER, target: 'Penrose Valley Limited', percentage: 100, consideration: { amount: 88000000, currency: 'HKD' } }]],
    // a month in the date is no modal
    ['On 12 May 2025, Ferrars Trust Limited sold 18% of the equity interest in Gilling Brewery Limited to Hensall Drinks Limited.', [{ transferor: 'Ferrars Trust Limited', transferee: 'Hensall Drinks Limited', target: 'Gilling Brewery Limited', percentage: 18, completionDate: '2025-05-12' }]],
    // not stated: a proposal, an authorisation, a permission, a condition, a lapse
    ['Gorsey Holdings Limited proposed to sell 30% of the equity interest in Halford Textiles Limited to Ilkley Trading Limited.', []],
    ['The Shareholders authorised the Directors to sell up to 25% of the equity interest in Lambourne Retail Limited to Marsden Holdings Limited.', []],
    ['Under the shareholders’ agreement, Pilgrim Ventures Limited may sell 20% of the equity interest in Orwell Biotech Limited to the Company.', []],
    ['If the conditions are fulfilled, Zetland Holdings Limited will sell 10% of the equity interest in Amberley Water Limited to Bexhill Utilities Limited.', []],
    ['The agreement under which Penhallow Limited agreed to sell 45% of the equity interest in Quenby Logistics Limited to Radley Capital Limited lapsed on 30 June 2025.', []],
    ['The sale of 15% of the equity interest in Sandown Media Limited by Thirsk Holdings Limited to Ulverston Limited was terminated.', []],
  ],
  'equity_transfer.held-by': [
    ['Quayside Holdings Limited completed the acquisition of 95% equity interest in Rushmere Ceramics Limited held by Selby Trading Limited on 2 July 2024.', [{ transferor: 'Selby Trading Limited', transferee: 'Quayside Holdings Limited', target: 'Rushmere Ceramics Limited', percentage: 95, completionDate: '2024-07-02' }]],
    ['The Company agreed to purchase the 30% equity interest in Talland Seafoods Limited owned by Umber Bay Limited.', [{ transferor: 'Umber Bay Limited', transferee: ISSUER, target: 'Talland Seafoods Limited', percentage: 30 }]],
  ],
  'equity_transfer.from': [
    ['The Group acquired 5% of the issued shares of Tamworth Glass Limited from Upton Resources Limited for HK$2 million.', [{ transferor: 'Upton Resources Limited', transferee: ISSUER, target: 'Tamworth Glass Limited', percentage: 5, consideration: { amount: 2000000, currency: 'HKD' } }]],
    ['Northolt Investments Limited has an option to acquire 20% of the issued share capital of Orwell Biotech Limited from the Company.', []],
    ['Vickery Capital Limited did not proceed with the purchase of 25% of the issued shares of Wakefield Seeds Limited from Yelland Farms Limited.', []],
  ],
  'equity_transfer.disposal': [
    ['The Company completed the disposal of Vantage Grove Limited’s 50% equity interest in Wexcombe Property Limited to Yarrow Estates Limited.', [{ transferor: 'Vantage Grove Limited', transferee: 'Yarrow Estates Limited', target: 'Wexcombe Property Limited', percentage: 50 }]],
  ],
  'equity_transfer.agreement-parties': [
    ['On 9 April 2026, the Company entered into a sale and purchase agreement with Zennor Partners Limited for the acquisition of 51% of the issued share capital of Alsop Dairy Limited.', [{ transferor: 'Zennor Partners Limited', transferee: ISSUER, target: 'Alsop Dairy Limited', percentage: 51, agreementDate: '2026-04-09' }]],
    // the clause's subject where another verb stands between; "May" is a month
    ['On 15 May 2024, Quarrendon Fashion Limited exercised the call option and entered into a sale and purchase agreement with Ravelston Holdings Limited on 26 May 2024 to acquire all its interest in Sutterby Apparel Limited.', [{ transferor: 'Ravelston Holdings Limited', transferee: 'Quarrendon Fashion Limited', target: 'Sutterby Apparel Limited', percentage: 100 }]],
    // "with B to sell": the infinitive is the subject's; the target named after what it is
    ['On 30 September 2025, the Group entered into an equity transfer agreement with Tolland Investment Group Limited to sell the entire equity interest in its wholly-owned subsidiary, Umberleigh Estates Limited, at a consideration of RMB330,500,000.', [{ transferor: ISSUER, transferee: 'Tolland Investment Group Limited', target: 'Umberleigh Estates Limited', percentage: 100, consideration: { amount: 330500000, currency: 'CNY' }, agreementDate: '2025-09-30' }]],
    // a person as the other party, an item number before the date, the completion stated after
    ['(a) (b) On 4 April 2024, the Company entered into a sale and purchase agreement with Mr. Hollis Crane (“Mr. Crane”) for the acquisition of the entire issued share capital of Tarnbrook Investment Ltd. The consideration was HK$16,500,000. Completion of the acquisition took place on 30 June 2024.', [{ transferor: 'Hollis Crane', transferee: ISSUER, target: 'Tarnbrook Investment Ltd.', percentage: 100, agreementDate: '2024-04-04', completionDate: '2024-06-30' }]],
    ['On 2 May 2026, the Company entered into a memorandum of understanding with Jessop Capital Limited in relation to the possible acquisition of 60% of the issued share capital of Kimble Mining Limited.', []],
  ],
  'equity_transfer.defined-parties': [
    ['Brackley Power Limited (the “Vendor”) and the Company entered into the agreement, under which the Company acquired 70% of the equity interest in Cresswell Solar Limited.', [{ transferor: 'Brackley Power Limited', transferee: ISSUER, target: 'Cresswell Solar Limited', percentage: 70 }]],
    ['On 1 March 2026, Dorrington Holdings Limited as vendor and Elmstead Capital Limited as purchaser entered into an agreement for the sale of 40% of the issued share capital of Farleigh Marine Limited.', [{ transferor: 'Dorrington Holdings Limited', transferee: 'Elmstead Capital Limited', target: 'Farleigh Marine Limited', percentage: 40, agreementDate: '2026-03-01' }]],
  ],
};

describe('equity transfer rules', () => ruleTable('equity_transfer', TABLE));

// Share issue rules: each row a sentence of our own (made-up companies, counts and prices) and
// the issues it must give; authorisations, charter clauses, options, warrants, shares in issue,
// buy-backs, proposals and lapsed placings give none.
import { describe } from 'vitest';
import { HK_ISSUER, ruleTable, type Row } from './helpers/rule-table.ts';

const ISSUER = HK_ISSUER;
const HKD = (amount: number) => ({ amount, currency: 'HKD' });

const TABLE: Record<string, Row[]> = {
  'share_issue.allotment': [
    ['The Company has allotted and issued 17,300,000 firm ADSs at US$11.27 per ADS.', [{ issuer: ISSUER, kind: 'offering', securityType: 'ADS', quantity: 17300000, price: { amount: 11.27, currency: 'USD' } }]],
    // "May" is a month, not a modal; additional ADSs on the exercise of the over-allotment option are issued all the same
    ['On 8 May 2026, the Company allotted and issued 2,595,000 additional ADSs upon the underwriters’ exercise of their over-allotment option.', [{ issuer: ISSUER, kind: 'over_allotment', securityType: 'ADS', quantity: 2595000, date: '2026-05-08' }]],
    ['On 16 August 2025, the Group completed the allotment of 80,000,000 shares (the “Subscription Shares”) at HK$2.10 per share to two independent subscribers.', [{ issuer: ISSUER, kind: 'subscription', securityType: 'share', quantity: 80000000, price: HKD(2.1), date: '2025-08-16' }]],
    ['The shares were listed on 3 June 2025 with a total of 122,004,000 offer shares being issued (including the partial exercise of the Over-allotment Option) at HK$1.38 per share.', [{ issuer: ISSUER, kind: 'offering', securityType: 'share', quantity: 122004000, price: HKD(1.38) }]],
    // authorisations, charters, options, warrants, counts in issue, buy-backs, proposals, consideration shares
    ['The Company may issue up to 5,000,000 shares of preferred stock.', []],
    ['Under the Company’s charter, the board is authorized to issue 10,000,000 shares of preferred stock.', []],
    ['Upon exercise of the warrants, the Company will issue 2,500,000 shares of common stock.', []],
    ['As at 31 December 2025, 1,200,000,000 Shares were in issue.', []],
    ['The Company repurchased 1,500,000 Shares on the Stock Exchange.', []],
    ['The Company proposed to issue 90,000,000 new Shares under a rights issue.', []],
    ['The Company issued 3,000,000 consideration shares to Wyvern Holdings Limited on completion.', []],
    ['The consideration was settled by the allotment and issue of 4,400,000 shares of the Company to the Vendors at the issue price of HK$12.00 per share.', []],
    ['During the year, the Company accepted the applications from 40 staff and issued a total of 2,210,000 ordinary shares at the exercise price of HK$3.05 per share.', []],
    ['The trustee of the share award scheme used HK$90 million to purchase 3,300,000 shares of the Company on market.', []],
    ['The articles permit our board of directors to issue up to 5,000,000 shares of preferred stock.', []],
  ],
  'share_issue.placing': [
    ['The Company agreed to place, through the Placing Agent, on a best effort basis, up to 520,000,000 placing shares at HK$0.25 per placing share.', [{ issuer: ISSUER, kind: 'placing', securityType: 'share', quantity: 520000000, price: HKD(0.25) }]],
    ['On 20 July 2025, the Company completed the placing of 40,000,000 new Shares to not less than six placees at HK$1.10 per Share.', [{ issuer: ISSUER, kind: 'placing', securityType: 'share', quantity: 40000000, price: HKD(1.1), date: '2025-07-20' }]],
    ['Kestrel Securities Limited (the “Placing Agent”) procured placees to subscribe for 60,000,000 new Shares at HK$0.48 each.', [{ issuer: ISSUER, kind: 'placing', securityType: 'share', quantity: 60000000, placingAgent: 'Kestrel Securities Limited' }]],
    ['On 13 May 2025, the Company finished placing 714,280,000 new shares to six independent investors at a placing price of HK$0.238 per placing share.', [{ issuer: ISSUER, kind: 'placing', securityType: 'share', quantity: 714280000, price: HKD(0.238), date: '2025-05-13' }]],
    ['The Company appointed the placing agent to procure not less than six placees to subscribe, failing which the placing agent itself shall subscribe, for 352,280,000 shares at HK$0.24 per share.', [{ issuer: ISSUER, kind: 'placing', securityType: 'share', quantity: 352280000, price: HKD(0.24) }]],
    ['The Company granted options to subscribe for 3,000,000 Shares to its employees.', []],
    ['The placing agreement lapsed and no placing shares were issued.', []],
  ],
  'share_issue.top-up': [
    ['On 3 March 2026, the Company, Ravensworth Limited and the Placing Agent entered into the placing and subscription agreement for the top-up placing of 20,795,052 shares held by Ravensworth Limited at HK$3.20 per share.', [
      { issuer: ISSUER, kind: 'placing', securityType: 'share', quantity: 20795052, price: HKD(3.2), agreementDate: '2026-03-03' },
      { issuer: ISSUER, kind: 'subscription', securityType: 'share', quantity: 20795052, subscriber: 'Ravensworth Limited', agreementDate: '2026-03-03' },
    ]],
  ],
  'share_issue.subscription': [
    ['On 5 January 2026, the Company entered into a subscription agreement with Sunniside Capital Limited, pursuant to which Sunniside Capital Limited agreed to subscribe for 300,000,000 shares at HK$0.10 per share.', [{ issuer: ISSUER, kind: 'subscription', securityType: 'share', quantity: 300000000, price: HKD(0.1), subscriber: 'Sunniside Capital Limited', agreementDate: '2026-01-05' }]],
    ['The Company issued 77,000,000 new Shares to Tenbury Enterprises Ltd. at HK$10.22 per Share on 20 July 2025.', [{ issuer: ISSUER, kind: 'subscription', securityType: 'share', quantity: 77000000, price: HKD(10.22), subscriber: 'Tenbury Enterprises Ltd.', date: '2025-07-20' }]],
  ],
  'share_issue.offering': [
    ['We are offering 608,197 shares of our common stock at a price of $4.11 per share.', [{ issuer: ISSUER, kind: 'offering', securityType: 'share', quantity: 608197, price: { amount: 4.11, currency: 'USD' } }]],
    ['The Company completed an open offer of 250,000,000 offer shares at HK$0.30 per offer share on 2 June 2025.', [{ issuer: ISSUER, kind: 'offering', securityType: 'share', quantity: 250000000, price: HKD(0.3), date: '2025-06-02' }]],
    ['The Company received US$9.9 million from 2,398,414 shares of our common stock issued and sold after September 30, 2024 in our October 2024 registered direct offering.', [{ issuer: ISSUER, kind: 'offering', securityType: 'share', quantity: 2398414, date: '2024-10' }]],
    // the count is left out of a figure, but the shares were issued and sold all the same
    ['The figures exclude 48,284 shares of our common stock issued and sold pursuant to our at-the-market offering program under our sales agreement with Tallis Securities LLC.', [{ issuer: ISSUER, kind: 'offering', securityType: 'share', quantity: 48284, placingAgent: 'Tallis Securities LLC' }]],
    ['The figures exclude 2,398,414 shares of our common stock issuable upon the exercise of warrants issued in our October 2024 private placement.', []],
  ],
};

describe('share issue rules', () => ruleTable('share_issue', TABLE));

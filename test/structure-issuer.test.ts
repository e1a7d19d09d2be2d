// The announcement split: issuer, date and stock codes from HKEX issuer blocks, 6-K and 8-K
// covers (captions, registrant columns, old covers without captions), prospectus covers,
// definitions in the text and SEC headers. Every cover here is made up.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../pipeline/process/index.ts';

const DISCLAIMER =
  'Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness.';

// [file name, content, [issuer, date, stock codes as exchange:code]]
const CASES: Array<[string, string, [string | null, string | null, string[]]]> = [
  [
    'hk-counters.txt',
    `${DISCLAIMER}\n\nQUILLON DIGITAL HOLDINGS LIMITED\n奎朗數碼控股有限公司\n(Incorporated in the Cayman Islands with limited liability)\n(Stock Code: 2799 (HKD counter) and 82799 (RMB counter))\n\nCHANGE OF COMPANY SECRETARY\n\nThe board announces that Ms. Ada Quill has resigned as the company secretary.\n\nBy order of the Board\nQuillon Digital Holdings Limited\nLam Ka Wing\nChairman\n\nHong Kong, 3 May 2026\n`,
    ['QUILLON DIGITAL HOLDINGS LIMITED', '2026-05-03', ['Hong Kong Stock Exchange:2799', 'Hong Kong Stock Exchange:82799']],
  ],
  [
    'hk-dual.md',
    `${DISCLAIMER}\n\nEastvale Cloud Holdings Limited\n(a company incorporated in the Cayman Islands with limited liability)\n(Stock Code: 4321)\n(Nasdaq Stock Ticker: EVC)\n\nVOLUNTARY ANNOUNCEMENT\n\nThe Company is pleased to announce a partnership.\n\nHong Kong, March 2, 2026\n`,
    ['Eastvale Cloud Holdings Limited', '2026-03-02', ['Hong Kong Stock Exchange:4321', 'Nasdaq:EVC']],
  ],
  [
    'old-8k.txt',
    [
      '                       SECURITIES AND EXCHANGE COMMISSION',
      '                             Washington, D.C. 20549',
      '',
      '                                    FORM 8-K',
      '',
      '        Date of Report (Date of earliest event reported): January 5, 2024',
      '',
      '                       NORTHWIND TIMBER CORPORATION',
      '            (Exact name of registrant as specified in its charter)',
      '',
      'Oregon                          1-12345                   93-1234567',
      '',
      'Item 5.02  Departure of Directors or Certain Officers.',
      '',
      'On January 3, 2024, Mr. Halvard Quince informed the Board that he will retire.',
    ].join('\n'),
    ['NORTHWIND TIMBER CORPORATION', '2024-01-05', []],
  ],
  [
    'no-caption-8k.txt',
    '                                 FORM 8-K\n                              CURRENT REPORT\n\n                   Date of Report:  February 14, 2003\n\n                Commission File Number : 000-12345\n\n              BRIGHTWATER MARINE\'S SECOND FUND, INC.\n\nNevada                                        76-0000000\n\nItem 4. Changes in Registrant\'s Certifying Accountant.\n',
    ["BRIGHTWATER MARINE'S SECOND FUND, INC.", '2003-02-14', []],
  ],
  [
    'two-registrants-8k.html',
    '<html><body><p>FORM 8-K</p><p>Date of Report (Date of earliest event reported) June 2, 2025</p><table>' +
      '<tr><td>Commission File Number</td><td>Registrant, State of Incorporation, Address and Telephone Number</td><td>I.R.S. Employer Identification No.</td></tr>' +
      '<tr><td>1-1111</td><td>The Ferncliff Energy Company (A Delaware Corporation) 10 Main Street, Atlanta, Georgia (404) 555-0100</td><td>58-0000001</td></tr>' +
      '<tr><td>1-2222</td><td>Ferncliff Gas Company (A Georgia Corporation) 12 Main Street, Atlanta, Georgia (404) 555-0101</td><td>58-0000002</td></tr>' +
      '</table><p>Item 8.01. Other Events.</p><p>On June 2, 2025, the commission approved the rate plan.</p></body></html>',
    ['The Ferncliff Energy Company', '2025-06-02', []],
  ],
  [
    'foreign-6k.html',
    '<html><body><p>FORM 6-K</p><p>REPORT OF FOREIGN PRIVATE ISSUER</p><p>March 3, 2026</p><p>Commission File Number: 001-34567</p>' +
      '<p>EASTMERE SHIPPING AG</p><p>(Translation of registrant\'s name into English)</p><p>Harbour Road 1, Basel, Switzerland</p>' +
      '<p>Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.</p></body></html>',
    ['EASTMERE SHIPPING AG', '2026-03-03', []],
  ],
  [
    'prospectus.html',
    '<html><body><p>Filed pursuant to Rule 424(b)(5)</p><p>Registration No. 333-100000</p><p>PROSPECTUS SUPPLEMENT</p><p>Quillon Therapeutics, Inc.</p><p>2,000,000 Shares of Common Stock</p>' +
      '<p>We are offering 2,000,000 shares of our common stock directly to investors at a price of $3.00 per share. Our common stock is listed on The Nasdaq Capital Market under the symbol “QLTX.” The last reported sale price was $3.10.</p>' +
      '<p>Harbour Securities LLC</p><p>The date of this prospectus supplement is April 2, 2025.</p></body></html>',
    ['Quillon Therapeutics, Inc.', '2025-04-02', []],
  ],
  [
    'prospectus-defined.html',
    '<html><body><p>Filed pursuant to Rule 424(b)(4)</p><p>1,500,000 Shares</p>' +
      '<p>We are offering 1,500,000 shares of our common stock to investors pursuant to this prospectus supplement and a purchase agreement dated as of May 1, 2025, at $2.00 per share, as described below in more detail.</p>' +
      '<p>Tidewater Securities LLC</p><p>The date of this prospectus supplement is May 2, 2025</p>' +
      '<p>Unless the context requires otherwise, all references in this prospectus supplement to “we,” “us,” “our,” the “Company” and similar designations refer to Ferncliff Bio, Inc. and its subsidiaries.</p></body></html>',
    ['Ferncliff Bio, Inc.', '2025-05-02', []],
  ],
  [
    'report-of.txt',
    'This is the 2025 Interim Report (“this Report”) of Harrowgate Ferry Holdings Limited. The Group runs ferries between three islands.\n',
    // the name runs to its last legal form
    ['Harrowgate Ferry Holdings Limited', null, []],
  ],
  [
    'hk-defined-chinese-name.txt',
    `${DISCLAIMER}\n\nUnless otherwise defined, terms used here have the meanings given in the prospectus of Brightmere Outdoor Gear Limited (明湖戶外用品有限公司) (the “Company”) dated 2 March 2026.\n\nANNOUNCEMENT OF ALLOTMENT RESULTS\n\nThe Board is pleased to announce the results.\n\nHong Kong, 9 March 2026\n`,
    ['Brightmere Outdoor Gear Limited', '2026-03-09', []],
  ],
];

describe('announcement split: issuer, date, stock codes', () => {
  it.each(CASES)('%s', async (name, content, expected) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-cover-'));
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const doc = await readDocument(file);
    const a = doc.announcements.find((x) => x.issuer) ?? doc.announcements[0];
    expect([a.issuer, a.date, a.stockCodes.map((c) => `${c.exchange}:${c.code}`)]).toEqual(expected);
    for (const c of a.stockCodes) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.code);
  });
});

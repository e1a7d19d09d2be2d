// Sentence splitting over the genre's abbreviations, initials, item numbers, lists and
// quotes. Sentences are made up; names are invented.
import { describe, expect, it } from 'vitest';
import { sentences } from '../pipeline/extract/sentences.ts';

// [paragraph, its sentences]
const CASES: Array<[string, string[]]> = [
  ['Mr. Tan Wei Ming, aged 48, joined the Group in 2010. He holds a Master’s degree.', ['Mr. Tan Wei Ming, aged 48, joined the Group in 2010.', 'He holds a Master’s degree.']],
  ['Ms. Ada Quill and Dr. Osric Vale were appointed. Prof. Lin abstained.', ['Ms. Ada Quill and Dr. Osric Vale were appointed.', 'Prof. Lin abstained.']],
  ['Thomas J. Ridgeway was elected. The vote was unanimous.', ['Thomas J. Ridgeway was elected.', 'The vote was unanimous.']],
  ['She is a director of Quillon Co., Ltd. and Brightwater Inc. since 2019.', ['She is a director of Quillon Co., Ltd. and Brightwater Inc. since 2019.']],
  ['He joined Brightwater Inc. The company is listed in Hong Kong.', ['He joined Brightwater Inc.', 'The company is listed in Hong Kong.']],
  ['He worked in the U.S. He returned to Hong Kong in 2015.', ['He worked in the U.S.', 'He returned to Hong Kong in 2015.']],
  ['The U.S. Securities and Exchange Commission received it.', ['The U.S. Securities and Exchange Commission received it.']],
  ['The price of approx. HK$1.25 per share was agreed. Completion took place.', ['The price of approx. HK$1.25 per share was agreed.', 'Completion took place.']],
  ['See Note No. 12 to the accounts. It explains the loss.', ['See Note No. 12 to the accounts.', 'It explains the loss.']],
  ['The offer closes on Jan. 5, 2026. Shareholders may accept.', ['The offer closes on Jan. 5, 2026.', 'Shareholders may accept.']],
  ['1. The Company shall pay the consideration. 2. The Vendor shall deliver the shares.', ['1. The Company shall pay the consideration.', '2. The Vendor shall deliver the shares.']],
  ['(a). The first item is paid. (b). The second is not.', ['(a). The first item is paid.', '(b). The second is not.']],
  ['The Purchaser shall (i) pay HK$10 million; (ii) allot 5,000,000 Shares; and (iii) repay the loan.', ['The Purchaser shall (i) pay HK$10 million; (ii) allot 5,000,000 Shares; and (iii) repay the loan.']],
  ['“The Board welcomes Ms. Moy.” The appointment is effective today.', ['“The Board welcomes Ms. Moy.”', 'The appointment is effective today.']],
  ['He said, “We grew 12.5%.” Revenue rose.', ['He said, “We grew 12.5%.”', 'Revenue rose.']],
  ['Mr. Vale (who resigned on 1 May 2026.) Ms. Cole stays.', ['Mr. Vale (who resigned on 1 May 2026.)', 'Ms. Cole stays.']],
  ['He holds a Ph.D. from Harbour University. He is 52.', ['He holds a Ph.D. from Harbour University.', 'He is 52.']],
  ['Results are discussed in Item 2.02. Exhibits follow.', ['Results are discussed in Item 2.02.', 'Exhibits follow.']],
  ['Growth continued... Margins held.', ['Growth continued... Margins held.']],
  ['By: /s/ Perrin Ashdown\nName: Perrin Ashdown\nTitle: Chief Financial Officer', ['By: /s/ Perrin Ashdown', 'Name: Perrin Ashdown', 'Title: Chief Financial Officer']],
  ['Was he appointed? Yes! He starts today.', ['Was he appointed?', 'Yes!', 'He starts today.']],
];

describe('sentences', () => {
  it.each(CASES)('%j', (text, expected) => {
    const got = sentences(text);
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(text.slice(s.from, s.to)).toBe(s.text);
  });
});

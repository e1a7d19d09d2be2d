// Layout normalisation: the plain text rules read is clean (spaces collapsed, broken lines
// and words joined, meaningful lines kept) and every character still maps to the exact
// document offset it came from. Sentences are made up; names are invented.
import { describe, expect, it } from 'vitest';
import { columnWrap, normalizeLayout } from '../pipeline/read/layout.ts';
import { identityPlain, spanOfPlain } from '../pipeline/read/plain.ts';
import { readText } from '../pipeline/read/text.ts';
import type { PlainText } from '../pipeline/model.ts';

function normal(doc: string, wrapWidth?: number): PlainText {
  return normalizeLayout(identityPlain(doc, 0, doc.length), wrapWidth ? columnWrap(doc, wrapWidth) : undefined);
}

/** Every character of the plain text that is in the document sits at its mapped offset. */
function expectExactMap(doc: string, plain: PlainText): void {
  for (let i = 0; i < plain.text.length; i++) {
    const ch = plain.text[i];
    if (ch === ' ' || ch === '\n') expect(/\s|-/.test(doc[plain.map[i]]), `separator ${i} at ${plain.map[i]}`).toBe(true);
    else if (!/[\ufb00-\ufb06]/.test(doc[plain.map[i]])) expect(doc[plain.map[i]], `char ${i} of ${JSON.stringify(plain.text)}`).toBe(ch);
  }
  expect(plain.map).toHaveLength(plain.text.length + 1);
}

// [document text, plain text rules read]
const CASES: Array<[string, string]> = [
  // Layout white space.
  ['Mr.  Tan  Wei  Ming  has  been  appointed  as  an  executive  Director.', 'Mr. Tan Wei Ming has been appointed as an executive Director.'],
  ['Ms.\u00a0Ada\u00a0Quill resigned\tas company secretary.', 'Ms. Ada Quill resigned as company secretary.'],
  ['  leading and trailing   ', 'leading and trailing'],
  ['zero\u200bwidth and soft\u00adhyphen', 'zerowidth and softhyphen'],
  ['the \ufb01nancial o\ufb03cer', 'the financial officer'],
  // Lines broken inside sentences and names.
  ['“We are delighted,” said\nChairman and CEO Rowan Pike.', '“We are delighted,” said Chairman and CEO Rowan Pike.'],
  ['The Board of Harbourline Cloud\nHoldings Limited announces the change.', 'The Board of Harbourline Cloud Holdings Limited announces the change.'],
  ['The Company has appointed Mr.\nOsric Vale as chief financial officer.', 'The Company has appointed Mr. Osric Vale as chief financial officer.'],
  ['effective from 1 April 2026, and\nshall hold office until the next meeting', 'effective from 1 April 2026, and shall hold office until the next meeting'],
  ['Filed with the Commission on May\n25, 1995', 'Filed with the Commission on May 25, 1995'],
  ['CHANGE OF CHAIRMAN AND\nCHIEF EXECUTIVE OFFICER', 'CHANGE OF CHAIRMAN AND CHIEF EXECUTIVE OFFICER'],
  ['furnished by two registrants: The\nNorthwind Power Company and Eastvale Gas', 'furnished by two registrants: The Northwind Power Company and Eastvale Gas'],
  // End-of-line hyphenation: a broken word loses its hyphen, a compound keeps it.
  ['subject to the appoint-\nment of a new auditor', 'subject to the appointment of a new auditor'],
  ['Ms. Lin was re-designated as a non-\nexecutive Director', 'Ms. Lin was re-designated as a non-executive Director'],
  ['a Hong Kong-\nbased trading house, wholly-\nowned by Mr. Vale', 'a Hong Kong-based trading house, wholly-owned by Mr. Vale'],
  ['growth of 6% year-on-\nyear', 'growth of 6% year-on-year'],
  // A compound an earlier reader broke at its hyphen; a suspended hyphen stays.
  ['a wholly- owned subsidiary with short- and long-term loans', 'a wholly-owned subsidiary with short- and long-term loans'],
  // Line structure that carries meaning stays.
  ['By: /s/ Perrin Ashdown\nName: Perrin Ashdown\nTitle: Chief Financial Officer', 'By: /s/ Perrin Ashdown\nName: Perrin Ashdown\nTitle: Chief Financial Officer'],
  ['By Order of the Board\nBrightwater Holdings Limited\nMs. Kestrel Moy\nChairman', 'By Order of the Board\nBrightwater Holdings Limited\nMs. Kestrel Moy\nChairman'],
  ['Chairman of the Board, Executive Director\nand acting Chief Executive Officer', 'Chairman of the Board, Executive Director and acting Chief Executive Officer'],
  ['The Purchaser shall:\n(i) pay the consideration; and\n(ii) allot the Consideration Shares.', 'The Purchaser shall:\n(i) pay the consideration; and\n(ii) allot the Consideration Shares.'],
  ['the Company will (a) issue new shares,\n(b) repay the loan and\n(c) keep the balance', 'the Company will (a) issue new shares, (b) repay the loan and (c) keep the balance'],
  ['Hong Kong, 3 May 2026\n\nAs at the date hereof', 'Hong Kong, 3 May 2026\nAs at the date hereof'],
  ['/s/ Ilse Marrow\n-----------------------\nIlse Marrow', '/s/ Ilse Marrow\n-----------------------\nIlse Marrow'],
];

describe('layout normaliser', () => {
  it.each(CASES)('%j', (doc, expected) => {
    const plain = normal(doc);
    expect(plain.text).toBe(expected);
    expectExactMap(doc, plain);
  });

  it('joins lines a hard-wrapped column broke, by the width they were wrapped at', () => {
    const doc = [
      'On 2 March 2026, the board of directors of Eastmere Shipping',
      'Corporation accepted the resignation of Dr. Halvard Quince as',
      'President.',
      '',
      'Signed:',
      'Halvard Quince',
      'Director',
    ].join('\n');
    const plain = normal(doc, 62);
    expect(plain.text).toBe('On 2 March 2026, the board of directors of Eastmere Shipping Corporation accepted the resignation of Dr. Halvard Quince as President.\nSigned:\nHalvard Quince\nDirector');
    expectExactMap(doc, plain);
  });

  it('joins a line copied from a PDF that stops short of the column on a lower-case word', () => {
    const doc = [
      'As at the date of this announcement, the Board comprises Mr. Odhran Pell and Ms. Ines Varga as executive',
      'Directors; and Mr. Kofi Asante, Ms. Lena Brook and Mr. Piet Smit as independent non-executive',
      'Directors.',
      'Hong Kong, 9 March 2026',
    ].join('\n');
    const plain = normal(doc, 120);
    expect(plain.text).toBe('As at the date of this announcement, the Board comprises Mr. Odhran Pell and Ms. Ines Varga as executive Directors; and Mr. Kofi Asante, Ms. Lena Brook and Mr. Piet Smit as independent non-executive Directors.\nHong Kong, 9 March 2026');
    expectExactMap(doc, plain);
  });

  it('keeps evidence exact: a quote over a broken, double-spaced line is the document slice', () => {
    const doc = 'Ms.  Wren  Talbot,  aged  52,  has  been  appointed  as  an\n    independent  non-executive  Director  of  Ferncliff  Resources\n    Limited.';
    const plain = normal(doc);
    const phrase = 'independent non-executive Director of Ferncliff Resources Limited';
    const at = plain.text.indexOf(phrase);
    expect(at).toBeGreaterThan(0);
    const span = spanOfPlain(plain, at, at + phrase.length);
    expect(doc.slice(span.start, span.end)).toBe('independent  non-executive  Director  of  Ferncliff  Resources\n    Limited');
  });
});

describe('text reader', () => {
  it('reads tab-separated lines and aligned columns as rows, prose as paragraphs', () => {
    const doc = [
      'The following directors were elected at the meeting:',
      '',
      'Nominee          For          Against     Abstain',
      'Corin Ashby      1,204,551    10,220      3,100',
      'Mira Feld        1,198,003    16,768      3,100',
      '',
      'Name\tShares held',
      'Ashby Trust\t1,000,000',
    ].join('\n');
    const blocks = readText(doc);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'row', 'row', 'row', 'row', 'row']);
    const rows = blocks.filter((b) => b.kind === 'row');
    expect(rows[1].cells!.map((c) => c.text)).toEqual(['Corin Ashby', '1,204,551', '10,220', '3,100']);
    for (const r of rows) for (const c of r.cells!) expect(doc.slice(c.start, c.end)).toBe(c.text);
    expect(rows[0].tableId).toBe(rows[2].tableId);
    expect(rows[3].tableId).not.toBe(rows[2].tableId);
  });

  it('keeps an item number before a wide gap with its text, not as a column', () => {
    const doc = 'Incorporated by reference:\n\n1.   The Annual Report of Quillon Inc. for the year ended\n     December 31, 2025, as amended.\n';
    expect(readText(doc).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('joins wrapped lines into paragraphs when a file has no blank lines', () => {
    const doc = [
      'Mr. Odell Price has been appointed as the chief executive officer of the',
      'Company with effect from 1 June 2026. Mr. Price has over twenty years of',
      'experience in port logistics.',
      'Ms. Tamsin Cole resigned as company secretary on the same day.',
    ].join('\n');
    const blocks = readText(doc);
    expect(blocks.map((b) => doc.slice(b.start, b.end).split('\n').length)).toEqual([3, 1]);
  });
});

// An HKEX-style announcement PDF made here with pdf-lib: justified, hard-wrapped text
// (words spread to the margin, or padded with doubled spaces), end-of-line hyphenation,
// a name and a company broken over lines, a paragraph running over a page break, a
// running head and page numbers on every page. The facts must come out with quotes that
// are exact slices of the extracted text. Text, names and companies are made up.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { readDocument } from '../pipeline/process/index.ts';
import { extract } from '../pipeline/extract/index.ts';
import type { SourceDocument } from '../pipeline/model.ts';
import type { Fact } from '../pipeline/facts/types.ts';
import { bare } from './helpers/extract.ts';

interface Para {
  lines: string[];
  bold?: boolean;
  size?: number;
  center?: boolean;
  /** Justify by padding with spaces (as some producers do) instead of spreading words. */
  pad?: boolean;
  /** The paragraph goes on on the next page: its last line is justified too. */
  runsOn?: boolean;
  /** Lines of their own (a signature): left-aligned, not justified. */
  ragged?: boolean;
  /** A list item: this marker at the margin, the lines hanging to its right. */
  marker?: string;
  /** A two-column table: a term at the margin, its meaning's lines in the second column. */
  rows?: Array<[string, string[]]>;
}

const LEFT = 50;
const WIDTH = 495;

function drawJustified(page: PDFPage, font: PDFFont, size: number, y: number, line: string, pad: boolean): void {
  const words = line.split(' ');
  const textWidth = (s: string) => font.widthOfTextAtSize(s, size);
  if (textWidth(line) > WIDTH) throw new Error(`line too long for the column: ${line}`);
  if (pad) {
    // Insert spaces between words, round robin, until the line fills the column.
    const gaps = words.slice(0, -1).map(() => ' ');
    for (let i = 0; textWidth(words.map((w, k) => w + (gaps[k] ?? '')).join('')) + textWidth(' ') <= WIDTH; i = (i + 1) % gaps.length) gaps[i] += ' ';
    page.drawText(words.map((w, k) => w + (gaps[k] ?? '')).join(''), { x: LEFT, y, size, font });
    return;
  }
  const gap = (WIDTH - words.reduce((s, w) => s + textWidth(w), 0)) / Math.max(1, words.length - 1);
  let x = LEFT;
  for (const w of words) {
    page.drawText(w, { x, y, size, font });
    x += textWidth(w) + gap;
  }
}

async function announcementPdf(pages: Para[][]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  pages.forEach((paras, index) => {
    const page = pdf.addPage([595, 842]);
    page.drawText('BRIGHTWATER MARINE HOLDINGS LIMITED – ANNOUNCEMENT', { x: LEFT, y: 812, size: 8, font });
    page.drawText(`– ${index + 1} –`, { x: 286, y: 28, size: 9, font });
    let y = 780;
    paras.forEach((p, pi) => {
      const size = p.size ?? 10;
      const f = p.bold ? bold : font;
      if (pi > 0) y -= size * 0.9;
      if (p.marker) page.drawText(p.marker, { x: LEFT, y, size, font: f });
      for (const [term, meaning] of p.rows ?? []) {
        page.drawText(term, { x: LEFT, y, size, font: f });
        meaning.forEach((line, li) => {
          page.drawText(line, { x: LEFT + 120, y, size, font: f });
          if (li < meaning.length - 1) y -= size * 1.3;
        });
        y -= size * 1.3 + size * 0.5;
      }
      p.lines.forEach((line, li) => {
        const last = li === p.lines.length - 1;
        if (p.marker) page.drawText(line, { x: LEFT + 30, y, size, font: f });
        else if (p.center) page.drawText(line, { x: LEFT + (WIDTH - f.widthOfTextAtSize(line, size)) / 2, y, size, font: f });
        else if ((last && !p.runsOn) || p.ragged) page.drawText(line, { x: LEFT, y, size, font: f });
        else drawJustified(page, f, size, y, line, p.pad ?? false);
        y -= size * 1.3;
      });
    });
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

const PAGES: Para[][] = [
  [
    {
      size: 8,
      lines: [
        'Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the',
        'contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any',
        'liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this',
        'announcement.',
      ],
    },
    { bold: true, size: 14, center: true, lines: ['BRIGHTWATER MARINE HOLDINGS LIMITED'] },
    { center: true, size: 10, lines: ['(Incorporated in Bermuda with limited liability)', '(Stock Code: 2468)'] },
    { bold: true, center: true, lines: ['APPOINTMENT OF CHIEF FINANCIAL OFFICER', 'AND', 'CHANGE OF COMPANY SECRETARY'] },
    { bold: true, lines: ['1. APPOINTMENT OF CHIEF FINANCIAL OFFICER'] },
    {
      pad: true,
      lines: [
        'The board of directors (the “Board”) of Brightwater Marine Holdings Limited (the “Company”)',
        'is pleased to announce that Mr. Osric Vale (“Mr. Vale”) has been appointed as the chief fin-',
        'ancial officer of the Company with effect from 1 June 2026. The Board is grateful for the appoint-',
        'ment.',
      ],
    },
    {
      lines: [
        'Mr. Vale, aged 47, holds a bachelor’s degree in accounting. He has served as the finance director of Eastmere',
        'Shipping Corporation since 2015. Before that he was the treasurer of Harbourline Cloud Holdings Limited from 2009',
        'to 2015, where he was responsible for the treasury, the budgets and the reporting of the group and its subsidiaries',
        'in the region, and he oversaw the listing of two of its subsidiaries on the Main Board of The Stock Exchange of',
      ],
      runsOn: true,
    },
  ],
  [
    {
      lines: [
        'Hong Kong Limited. He is a fellow of the Hong Kong Institute of Certified Public Accountants.',
      ],
    },
    { bold: true, lines: ['2. CHANGE OF COMPANY SECRETARY'] },
    {
      lines: [
        'The Board announces that Ms. Tamsin Cole has resigned as the company secretary of the Company with effect from 1 June',
        '2026 in order to devote more time to her other commitments. The Board further announces that Ms. Wren',
        'Talbot has been appointed as the company secretary of the Company with effect from 1 June 2026. Ms. Cole',
        'confirmed that she has no disagreement with the Board.',
      ],
    },
    { lines: ['The Board considers that the changes will:'] },
    { marker: '(i)', lines: ['strengthen the finance function of the Group; and'] },
    { marker: '(ii)', lines: ['allow Ms. Cole to devote more time to her other commitments.'] },
    { ragged: true, lines: ['By order of the Board', 'Brightwater Marine Holdings Limited', 'Lam Ka Wing', 'Chairman'] },
    { lines: ['Hong Kong, 12 May 2026'] },
  ],
  [
    {
      lines: [
        'As at the date of this announcement, the Board comprises Mr. Lam Ka Wing and Mr. Osric Vale as executive Directors;',
        'and Ms. Ada Quill, Mr. Corin Ashby and Ms. Mira Feld as independent non-executive Directors.',
      ],
    },
    { bold: true, lines: ['DEFINITIONS'] },
    {
      lines: [],
      rows: [
        ['“Board”', ['the board of Directors']],
        ['“Eastmere”', ['Eastmere Shipping Corporation, a company incorporated in Bermuda whose shares are', 'listed on the Main Board of the Stock Exchange']],
      ],
    },
  ],
];

let doc: SourceDocument;
let facts: Fact[];
// The engine's own, before any PDF was read (pdfjs's legacy build replaces them with core-js's).
const NATIVE = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-pdf-'));
  const file = path.join(dir, 'brightwater-2026-05-12.pdf');
  writeFileSync(file, await announcementPdf(PAGES));
  doc = await readDocument(file);
  facts = extract(doc).facts;
});

describe('PDF reading: a justified, hard-wrapped, paged announcement', () => {
  it('rebuilds paragraphs across lines and pages, words whole, spaces single', () => {
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain('The board of directors (the “Board”) of Brightwater Marine Holdings Limited (the “Company”) is pleased to announce that Mr. Osric Vale (“Mr. Vale”) has been appointed as the chief financial officer of the Company with effect from 1 June 2026. The Board is grateful for the appointment.');
    const bio = texts.find((t) => t.startsWith('Mr. Vale, aged 47'));
    expect(bio).toMatch(/Main Board of The Stock Exchange of Hong Kong Limited\. He is a fellow/);
    expect(doc.paragraphs.find((p) => p.text.startsWith('Mr. Vale, aged 47'))?.origin?.page).toBe(1);
    expect(texts.some((t) => / {2}/.test(t))).toBe(false);
  });

  it('keeps running heads and page numbers in the text, in no paragraph', () => {
    expect(doc.text).toContain('– 2 –');
    expect(doc.text).toContain('BRIGHTWATER MARINE HOLDINGS LIMITED – ANNOUNCEMENT');
    for (const p of doc.paragraphs) {
      expect(p.text).not.toContain('– ANNOUNCEMENT');
      expect(p.text).not.toMatch(/– \d –/);
    }
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('keeps a hanging list item with its number, and reads a two-column table as rows', () => {
    const texts = doc.paragraphs.map((p) => p.plain.text);
    expect(texts).toContain('(i) strengthen the finance function of the Group; and');
    expect(texts).toContain('(ii) allow Ms. Cole to devote more time to her other commitments.');
    expect(doc.definitions.map((d) => [d.term, d.meaning])).toEqual([
      ['Board', 'the board of Directors'],
      ['Eastmere', 'Eastmere Shipping Corporation, a company incorporated in Bermuda whose shares are\nlisted on the Main Board of the Stock Exchange'],
    ]);
    for (const t of doc.tables) for (const r of t.rows) for (const c of r.cells) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('keeps the lines of the issuer block and the signature', () => {
    const [a] = doc.announcements;
    expect([a.issuer, a.date, a.stockCodes.map((c) => c.code)]).toEqual(['BRIGHTWATER MARINE HOLDINGS LIMITED', '2026-05-12', ['2468']]);
    expect(doc.paragraphs.some((p) => p.plain.text === 'By order of the Board\nBrightwater Marine Holdings Limited\nLam Ka Wing\nChairman')).toBe(true);
    expect(doc.paragraphs.find((p) => p.plain.text.startsWith('Hong Kong Exchanges'))?.boilerplate).toBe(true);
  });

  it('leaves the engine its own Array.prototype.push, JSON.parse and Function.prototype.toString', () => {
    // pdfjs's polyfilled push made every later stage of every file slower.
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    expect(Array.prototype.push).toBe(NATIVE.push);
    expect(JSON.parse).toBe(NATIVE.parse);
    expect(Function.prototype.toString).toBe(NATIVE.toString);
  });

  it('yields the facts, each quote the exact slice of the extracted text', () => {
    const got = facts.map(bare);
    // Required arguments and dates; other optional arguments are the rules' business.
    const issuer = 'Brightwater Marine Holdings Limited';
    expect(got).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'appointment', person: 'Osric Vale', organization: issuer, role: 'chief financial officer', effectiveDate: '2026-06-01' }),
        expect.objectContaining({ type: 'resignation', person: 'Tamsin Cole', organization: issuer, role: 'company secretary', effectiveDate: '2026-06-01' }),
        expect.objectContaining({ type: 'appointment', person: 'Wren Talbot', organization: issuer, role: 'company secretary', effectiveDate: '2026-06-01' }),
        expect.objectContaining({ type: 'person_attribute', person: 'Osric Vale', attribute: 'age', value: 47, asOf: '2026-05-12' }),
        expect.objectContaining({ type: 'board_member', person: 'Ada Quill', organization: issuer, role: 'independent non-executive director', asOf: '2026-05-12' }),
      ]),
    );
    for (const f of facts) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
    }
    const appointment = facts.find((f) => f.type === 'appointment' && f.person === 'Osric Vale')!;
    expect(appointment.evidence[0].quote).toContain('chief financial officer of the Company with effect from 1 June 2026');
  });
});

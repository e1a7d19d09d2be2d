import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../pipeline/read/markdown.ts';
import { structure } from '../pipeline/structure/split.ts';
import type { SourceDocument } from '../pipeline/model.ts';

function doc(text: string): Pick<SourceDocument, 'sha256' | 'blocks' | 'text'> {
  return { sha256: 'f'.repeat(64), text, blocks: readMarkdown(text) };
}

describe('markdown reader', () => {
  it('keeps exact offsets and maps plain text past escapes and emphasis', () => {
    const text = 'The price was US\\$11.27 per **ADS** (the “**Offer**”).\n\nSecond paragraph.\n';
    const blocks = readMarkdown(text);
    expect(blocks).toHaveLength(2);
    const p = blocks[0];
    expect(text.slice(p.start, p.end)).toBe('The price was US\\$11.27 per **ADS** (the “**Offer**”).');
    expect(p.plain!.text).toBe('The price was US$11.27 per ADS (the “Offer”).');
    const at = p.plain!.text.indexOf('$11.27');
    expect(text[p.plain!.map[at]]).toBe('$');
    const offer = p.plain!.text.indexOf('Offer');
    expect(text.slice(p.plain!.map[offer], p.plain!.map[offer + 4] + 1)).toBe('Offer');
  });

  it('turns tab-separated lines into table rows with cell offsets', () => {
    const text = 'Intro line.\n\nName\tShares\nAlpha Limited\t1,000\nBeta Limited\t2,000\n';
    const blocks = readMarkdown(text);
    const rows = blocks.filter((b) => b.kind === 'row');
    expect(rows).toHaveLength(3);
    const cell = rows[1].cells![1];
    expect(text.slice(cell.start, cell.end)).toBe('1,000');
    const s = structure(doc(text));
    expect(s.tables).toHaveLength(1);
    expect(s.tables[0].rows).toHaveLength(3);
  });

  it('splits HKEX announcements at the disclaimer and issuer block', () => {
    const disclaimer =
      'Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement.';
    const one = (name: string, code: string, title: string) =>
      `${disclaimer}\n\n${name}\n(Incorporated in Bermuda with limited liability)\n(Stock Code: ${code})\n\n${title}\n\nThe Board announces something.\n\nBy Order of the Board\n${name}\nMr. Lee\n\nHong Kong, May 2, 2026\n\n`;
    const text = one('Alpha Holdings Limited', '1234', 'CHANGE OF AUDITOR') + one('Beta Group Limited', '5678', 'PROFIT WARNING');
    const s = structure(doc(text));
    expect(s.announcements.map((a) => [a.issuer, a.title, a.date, a.stockCodes.map((c) => c.code)])).toEqual([
      ['Alpha Holdings Limited', 'CHANGE OF AUDITOR', '2026-05-02', ['1234']],
      ['Beta Group Limited', 'PROFIT WARNING', '2026-05-02', ['5678']],
    ]);
    for (const p of s.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

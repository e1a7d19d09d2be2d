// PDF (as HKEX publishes) to positioned lines with pdfjs-dist. PDF text comes as
// positioned items per page, not offsets: items on one baseline make a line; a gap much
// wider than the line's word spacing separates table columns. pdf-layout.ts turns the
// lines into text, paragraphs and rows.
import type { PDFPageProxy } from 'pdfjs-dist';
import { InputError } from './source.ts';
import { withPdfjs } from './pdfjs.ts';
import { ITEM_MARKER } from './layout.ts';
import { layoutPdf, type PdfLine, type PdfResult } from './pdf-layout.ts';

export type { PdfResult } from './pdf-layout.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
  bold: boolean;
}

function isItem(x: unknown): x is { str: string; transform: number[]; width: number; height: number; fontName?: string } {
  return typeof x === 'object' && x !== null && 'str' in x && 'transform' in x;
}

/** One baseline's items, left to right, as a line; cells where a gap is far wider than the rest. */
function lineOf(page: number, all: Item[]): PdfLine | null {
  // Space items only stand for gaps (justified text puts one between every two words).
  const items = all.filter((it) => it.str.trim()).sort((a, b) => a.x - b.x);
  if (!items.length) return null;
  const h = Math.max(...items.map((c) => c.h));
  const gaps: number[] = [];
  for (let i = 1; i < items.length; i++) gaps.push(items[i].x - (items[i - 1].x + items[i - 1].w));
  const words = gaps.filter((g) => g > h * 0.1).sort((a, b) => a - b);
  const usual = words.length ? words[Math.floor(words.length / 2)] : 0;
  // A column gap: wide in itself and wider than the line's usual word gap (justified lines spread evenly).
  const column = (g: number) => g > h * 1.8 && (words.length <= 2 || g > usual * 2.5);
  // A hanging item number ("(i)", "1.", "•") before its text is not a column.
  const marker = (i: number) => i === 1 && ITEM_MARKER.test(items[0].str.trim());
  const cells: PdfLine['cells'] = [];
  let text = '';
  let cellStart = 0;
  let cellX = items[0].x;
  items.forEach((it, i) => {
    if (i > 0) {
      const g = gaps[i - 1];
      if (column(g) && !marker(i)) {
        cells.push({ from: cellStart, to: text.trimEnd().length, x: cellX });
        text = text.trimEnd() + '\t';
        cellStart = text.length;
        cellX = it.x;
      } else if (g > h * 0.1 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
    }
    text += cellStart === text.length ? it.str.trimStart() : it.str;
  });
  text = text.trimEnd();
  if (!text.trim()) return null;
  const lead = text.length - text.trimStart().length;
  cells.push({ from: cellStart, to: text.length, x: cellX });
  const last = items[items.length - 1];
  return {
    page,
    y: items[0].y,
    x: items[0].x,
    right: last.x + last.w,
    h,
    text: text.slice(lead),
    bold: items.every((c) => c.bold || !c.str.trim()),
    cells: cells.length > 1 ? cells.map((c) => ({ ...c, from: Math.max(0, c.from - lead), to: c.to - lead })) : undefined,
  };
}

interface LoadedFont {
  name?: string;
  bold?: boolean;
  black?: boolean;
}

/**
 * The page's bold fonts. Text content names fonts by an internal id only; the font's own
 * name ("ABCDEF+TimesNewRomanPS-BoldMT") and weight are known once the page's operators
 * are read, which loads them.
 */
async function boldFonts(page: PDFPageProxy, items: unknown[]): Promise<Set<string>> {
  const ids = new Set(items.filter(isItem).map((it) => it.fontName ?? ''));
  const bold = new Set<string>();
  try {
    await page.getOperatorList();
    for (const id of ids) {
      if (!id || !page.commonObjs.has(id)) continue;
      const font = page.commonObjs.get(id) as LoadedFont;
      if (font.bold || font.black || /bold|black|heavy|semibold|demi/i.test(font.name ?? '')) bold.add(id);
    }
  } catch {
    // Weight is a hint for headings; text without it still reads.
  }
  return bold;
}

function pageLines(data: Uint8Array, file: string): Promise<{ lines: PdfLine[]; pages: number }> {
  return withPdfjs(async ({ getDocument }) => {
    let doc;
    try {
      doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0, disableFontFace: true }).promise;
    } catch (err) {
      const name = (err as { name?: string }).name ?? '';
      const msg = (err as Error).message ?? String(err);
      if (name === 'PasswordException') throw new InputError(file, 'encrypted PDF (a password is required)', { ruleId: 'read:pdf-encrypted' });
      throw new InputError(file, `corrupt PDF (${msg})`, { ruleId: 'read:pdf-corrupt' });
    }
    const lines: PdfLine[] = [];
    try {
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const content = await page.getTextContent();
        const items: Item[] = [];
        const bold = await boldFonts(page, content.items);
        for (const it of content.items) {
          if (!isItem(it) || !it.str) continue;
          items.push({ str: it.str.replace(/[\s\u00a0]+/g, ' '), x: it.transform[4], y: it.transform[5], w: it.width, h: Math.abs(it.transform[3]) || it.height || 10, bold: bold.has(it.fontName ?? '') });
        }
        // Group items into lines by baseline, top to bottom.
        items.sort((a, b) => b.y - a.y || a.x - b.x);
        let current: Item[] = [];
        const flush = () => {
          const line = current.length ? lineOf(p, current) : null;
          if (line) lines.push(line);
          current = [];
        };
        for (const it of items) {
          if (current.length && Math.abs(current[0].y - it.y) > Math.max(2, it.h * 0.4)) flush();
          current.push(it);
        }
        flush();
        page.cleanup();
      }
      return { lines, pages: doc.numPages };
    } finally {
      await doc.destroy();
    }
  });
}

export async function readPdf(bytes: Buffer, file: string): Promise<PdfResult> {
  const { lines, pages } = await pageLines(new Uint8Array(bytes), file);
  return layoutPdf(lines, pages);
}

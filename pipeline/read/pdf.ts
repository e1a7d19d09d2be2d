// PDF (as HKEX publishes) to extracted text and blocks with pdfjs-dist. PDF text comes
// as positioned items per page, not offsets: we build lines from item positions, join
// lines into paragraphs by vertical gaps, undo end-of-line hyphenation, and drop page
// furniture (running headers and footers, page numbers). Each block keeps its page.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Block } from '../model.ts';
import { plainAt } from './plain.ts';
import { InputError } from './source.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Line {
  page: number;
  y: number;
  x: number;
  /** Right edge of the line's last item. */
  right: number;
  h: number;
  text: string;
  bold: boolean;
}

export interface PdfResult {
  text: string;
  blocks: Block[];
  pages: number;
}

function isItem(x: unknown): x is { str: string; transform: number[]; width: number; height: number; fontName?: string } {
  return typeof x === 'object' && x !== null && 'str' in x && 'transform' in x;
}

async function pageLines(data: Uint8Array, file: string): Promise<{ lines: Line[]; pages: number }> {
  let doc;
  try {
    doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0, disableFontFace: true }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name ?? '';
    const msg = (err as Error).message ?? String(err);
    if (name === 'PasswordException') throw new InputError(file, 'encrypted PDF (a password is required)', { ruleId: 'read:pdf-encrypted' });
    throw new InputError(file, `corrupt PDF (${msg})`, { ruleId: 'read:pdf-corrupt' });
  }
  const lines: Line[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const styles = content.styles as Record<string, { fontFamily?: string }>;
      const items: Array<Item & { bold: boolean }> = [];
      for (const it of content.items) {
        if (!isItem(it) || !it.str) continue;
        const font = (it.fontName && styles[it.fontName]?.fontFamily) || it.fontName || '';
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], w: it.width, h: Math.abs(it.transform[3]) || it.height || 10, bold: /bold|black|heavy/i.test(font) });
      }
      // Group items into lines by baseline, top to bottom, left to right.
      items.sort((a, b) => b.y - a.y || a.x - b.x);
      let current: Array<Item & { bold: boolean }> = [];
      const flush = () => {
        if (!current.length) return;
        current.sort((a, b) => a.x - b.x);
        let text = '';
        let lastEnd = -Infinity;
        for (const it of current) {
          if (text && it.x - lastEnd > it.h * 0.15 && !text.endsWith(' ') && !it.str.startsWith(' ')) text += it.x - lastEnd > it.h * 2 ? '\t' : ' ';
          text += it.str;
          lastEnd = it.x + it.w;
        }
        const t = text.replace(/[ \u00a0]+/g, ' ').trim();
        if (t) lines.push({ page: p, y: current[0].y, x: current[0].x, right: lastEnd, h: Math.max(...current.map((c) => c.h)), text: t, bold: current.every((c) => c.bold) });
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
}

/** Lines that repeat at the top or bottom of most pages, digits ignored: running heads, page numbers. */
function furniture(lines: Line[], pages: number): Set<Line> {
  const drop = new Set<Line>();
  const byPage = new Map<number, Line[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const edgeKey = (l: Line) => l.text.replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const ls of byPage.values()) {
    const edges = [...ls.slice(0, 2), ...ls.slice(-2)];
    for (const k of new Set(edges.map(edgeKey))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const ls of byPage.values()) {
    const edges = [...ls.slice(0, 2), ...ls.slice(-2)];
    for (const l of edges) {
      const repeated = pages >= 3 && (counts.get(edgeKey(l)) ?? 0) >= Math.max(2, pages * 0.5);
      const pageNumber = /^(-\s*)?\d{1,4}(\s*-)?$|^page \d+( of \d+)?$/i.test(l.text);
      if (repeated || pageNumber) drop.add(l);
    }
  }
  return drop;
}

export async function readPdf(bytes: Buffer, file: string): Promise<PdfResult> {
  const { lines, pages } = await pageLines(new Uint8Array(bytes), file);
  const drop = furniture(lines, pages);
  const kept = lines.filter((l) => !drop.has(l));
  const parts: string[] = [];
  let length = 0;
  const blocks: Block[] = [];
  // A line that stops well short of the text's right margin ends a line of its own (a name, a title).
  const margin = Math.max(...kept.map((l) => l.right), 0);
  const short = (l: Line) => l.right < margin * 0.8;
  let para: Line[] = [];
  const emit = () => {
    if (!para.length) return;
    let s = '';
    let prev: Line | null = null;
    for (const l of para) {
      if (!s) s = l.text;
      // De-hyphenate "acquisi-\ntion" but keep "Hong Kong-\nbased"-style capitals and dashes.
      else if (/[a-z]-$/.test(s) && /^[a-z]/.test(l.text)) s = s.slice(0, -1) + l.text;
      else s += (prev && short(prev) ? '\n' : ' ') + l.text;
      prev = l;
    }
    if (length) {
      parts.push('\n\n');
      length += 2;
    }
    const start = length;
    parts.push(s);
    length += s.length;
    blocks.push({ kind: 'paragraph', start, end: length, plain: plainAt(s, start), emphasized: para.every((l) => l.bold) || undefined, origin: { page: para[0].page } });
    para = [];
  };
  for (let i = 0; i < kept.length; i++) {
    const l = kept[i];
    const prev = para[para.length - 1];
    if (prev) {
      const gap = prev.y - l.y;
      const newPage = l.page !== prev.page;
      const bigGap = !newPage && gap > Math.max(prev.h, l.h) * 1.6;
      const styleChange = prev.bold !== l.bold;
      const prevEndsSentence = /[.:;]$/.test(prev.text) && prev.text.length < 60;
      const tabular = l.text.includes('\t') || prev.text.includes('\t');
      if (bigGap || styleChange || prevEndsSentence || tabular || (newPage && (/[.:;]$/.test(prev.text) || short(prev)))) emit();
    }
    para.push(l);
  }
  emit();
  return { text: parts.join(''), blocks, pages };
}

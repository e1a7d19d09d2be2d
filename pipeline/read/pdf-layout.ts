// A PDF's positioned lines to text and blocks. Announcements are justified, hard-wrapped,
// paged: a paragraph's lines reach the right margin except its last; a paragraph runs on
// over a page break; every page repeats a running head and a page number. We rebuild
// paragraphs from the geometry (vertical gaps, style, the margin, indentation), join their
// lines as the layout rules say (a broken word whole again, a line that carries meaning
// kept), and set page furniture apart: it stays in the text, after the paragraph it
// interrupted, but no block holds it, so nothing is mined from it.
import type { Block, Cell } from '../model.ts';
import { plainAt } from './plain.ts';
import { joinOf } from './layout.ts';

export interface PdfLine {
  page: number;
  /** Baseline, from the page's bottom. */
  y: number;
  x: number;
  /** Right edge of the line's last item. */
  right: number;
  /** Font size. */
  h: number;
  text: string;
  bold: boolean;
  /** Table cells (offsets into `text`, and where each starts on the page) when the line has column gaps. */
  cells?: Array<{ from: number; to: number; x: number }>;
}

export interface PdfResult {
  text: string;
  blocks: Block[];
  pages: number;
}

const LIST_START = /^(?:\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})\)|\d{1,2}\.\s|[•●▪◦■➢►-]\s)/;
const ENDS_SENTENCE = /[.:;!?]["”’)]?$/;

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.85;
}

/** Lines that repeat at the top or bottom of most pages, digits ignored: running heads, page numbers. */
function furniture(lines: PdfLine[], pages: number): Set<PdfLine> {
  const drop = new Set<PdfLine>();
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const edgeKey = (l: PdfLine) => l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
  const counts = new Map<string, number>();
  const edges = (ls: PdfLine[]) => [...ls.slice(0, 2), ...ls.slice(-2)];
  for (const ls of byPage.values()) for (const k of new Set(edges(ls).map(edgeKey))) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const ls of byPage.values()) {
    for (const l of edges(ls)) {
      const repeated = pages >= 3 && (counts.get(edgeKey(l)) ?? 0) >= Math.max(2, pages * 0.5);
      const pageNumber = /^[-–—]?\s*\d{1,4}\s*[-–—]?$|^page \d+( of \d+)?$|^\d+\s*\/\s*\d+$/i.test(l.text);
      if (repeated || pageNumber) drop.add(l);
    }
  }
  return drop;
}

function percentile(values: number[], q: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

export function layoutPdf(lines: PdfLine[], pages: number): PdfResult {
  const drop = furniture(lines, pages);
  const body = lines.filter((l) => !drop.has(l));
  // The text column: its right margin from long lines, its left margin the usual start.
  const right = percentile(body.filter((l) => l.text.length > 30 && !l.cells).map((l) => l.right), 0.9);
  const left = percentile(body.filter((l) => l.text.length > 30 && !l.cells).map((l) => l.x), 0.2);
  const charW = (l: PdfLine) => (l.right - l.x) / Math.max(1, l.text.length);
  /** The line reached the margin: the next line's first word would not have fitted after it. */
  const full = (l: PdfLine, next: PdfLine) => {
    const word = /^\S*/.exec(next.text)![0].length;
    return l.right + (word + 1) * charW(l) > right + charW(l) * 0.5;
  };
  const startsOwnBlock = (prev: PdfLine, l: PdfLine): boolean => {
    if (l.cells || prev.cells) return true;
    if (prev.bold !== l.bold || Math.abs(prev.h - l.h) > Math.max(prev.h, l.h) * 0.15) return true;
    const wrapped = full(prev, l);
    if (l.page !== prev.page) {
      // A paragraph runs on over a page break unless its last line ended short with a sentence.
      return !wrapped && (joinOf(prev.text, l.text, false) === 'keep' || l.x > left + charW(l) * 3);
    }
    const gap = prev.y - l.y;
    if (gap > Math.max(prev.h, l.h) * 1.75) return true;
    if (wrapped) return false;
    if (ENDS_SENTENCE.test(prev.text)) return true;
    // A heading in capitals over text in lower case.
    if (isCapitals(prev.text) && !isCapitals(l.text) && /[a-z]/.test(l.text) && !/^[a-z]/.test(l.text)) return true;
    return LIST_START.test(l.text) && /[.;:]$/.test(prev.text);
  };

  const parts: string[] = [];
  let length = 0;
  const put = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const blocks: Block[] = [];
  let deferred: PdfLine[] = [];
  let group: PdfLine[] = [];
  let table = 0;
  let lastRow: { block: Block; line: PdfLine; text: string } | null = null;

  const writeFurniture = () => {
    for (const l of deferred) {
      if (length) put('\n\n');
      put(l.text);
    }
    deferred = [];
  };
  const emit = () => {
    if (!group.length) return;
    if (length) put('\n\n');
    const start = length;
    let s = '';
    for (let i = 0; i < group.length; i++) {
      const l = group[i];
      if (i === 0) {
        s = l.text;
        continue;
      }
      const join = joinOf(s.slice(s.lastIndexOf('\n') + 1), l.text, full(group[i - 1], l));
      if (join === 'drop-hyphen') s = s.slice(0, -1) + l.text;
      else s += (join === 'none' ? '' : join === 'space' ? ' ' : '\n') + l.text;
    }
    put(s);
    blocks.push({ kind: 'paragraph', start, end: length, plain: plainAt(s, start), emphasized: group.every((l) => l.bold) || undefined, origin: { page: group[0].page } });
    group = [];
    lastRow = null;
    writeFurniture();
  };
  const row = (l: PdfLine, continues: boolean) => {
    if (!continues) table++;
    if (length) put(lastRow && continues ? '\n' : '\n\n');
    const start = length;
    put(l.text);
    const cells: Cell[] = l.cells!.map((c) => ({ start: start + c.from, end: start + c.to, text: l.text.slice(c.from, c.to) }));
    const block: Block = { kind: 'row', start, end: length, cells, tableId: table, plain: plainAt(l.text, start), origin: { page: l.page } };
    blocks.push(block);
    lastRow = { block, line: l, text: l.text };
  };
  /** A line under a row's later cell, nothing under its first: that cell's text goes on. */
  const extendsRow = (l: PdfLine): boolean => {
    if (!lastRow || l.cells || l.page !== lastRow.line.page) return false;
    const cells = lastRow.line.cells!;
    const lastCell = cells[cells.length - 1];
    return Math.abs(l.x - lastCell.x) < charW(l) * 2 && lastRow.line.y - l.y < l.h * 1.75;
  };

  let prev: PdfLine | null = null;
  for (const l of lines) {
    if (drop.has(l)) {
      // Furniture waits until the paragraph it interrupts is written.
      deferred.push(l);
      if (!group.length && !lastRow) writeFurniture();
      continue;
    }
    if (l.cells) {
      emit();
      const continues: boolean = lastRow !== null && prev !== null && prev.cells !== undefined && (prev.y - l.y < l.h * 2.5 || l.page !== prev.page);
      row(l, continues);
      prev = l;
      continue;
    }
    if (!group.length && extendsRow(l)) {
      const r = lastRow!;
      put('\n' + l.text);
      r.text += '\n' + l.text;
      r.block.end = length;
      r.block.cells![r.block.cells!.length - 1].end = length;
      r.block.plain = plainAt(r.text, r.block.start);
      prev = l;
      continue;
    }
    if (lastRow) {
      lastRow = null;
      writeFurniture();
    }
    if (group.length && prev && startsOwnBlock(prev, l)) emit();
    group.push(l);
    prev = l;
  }
  emit();
  writeFurniture();
  const text = parts.join('');
  // Cell texts of rows that grew over several lines.
  for (const b of blocks) if (b.cells) for (const c of b.cells) c.text = text.slice(c.start, c.end);
  return { text, blocks, pages };
}

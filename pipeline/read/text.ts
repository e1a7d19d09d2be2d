// Plain text to blocks. Text files are often text pulled out of PDFs: sometimes with
// blank lines between paragraphs, sometimes one long line per page or section. Blank
// lines split paragraphs where there are any; otherwise each line is a paragraph; very
// long paragraphs are cut at sentence ends so evidence stays local.
import type { Block, Cell } from '../model.ts';
import { identityPlain } from './plain.ts';

const MAX_PARAGRAPH = 1500;

function sentenceCuts(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= MAX_PARAGRAPH) return [[start, end]];
  const pieces: Array<[number, number]> = [];
  const re = /[.;:!?]["”’)]?\s+(?=[A-Z(“"0-9])/g;
  re.lastIndex = start;
  let from = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    const cut = m.index + m[0].length;
    if (cut - from >= MAX_PARAGRAPH / 2) {
      const trimmedEnd = m.index + m[0].trimEnd().length;
      pieces.push([from, trimmedEnd]);
      from = cut;
    }
  }
  if (from < end) pieces.push([from, end]);
  return pieces;
}

function rowBlock(text: string, start: number, end: number, tableId: number): Block {
  const cells: Cell[] = [];
  let s = start;
  for (const part of text.slice(start, end).split('\t')) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    cells.push({ start: s + lead, end: s + lead + t.length, text: t });
    s += part.length + 1;
  }
  return { kind: 'row', start, end, cells, tableId, plain: identityPlain(text, start, end) };
}

export function readText(text: string): Block[] {
  const blocks: Block[] = [];
  const lines: Array<[number, number]> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push([pos, pos + line.replace(/\r$/, '').length]);
    pos += line.length + 1;
  }
  const blankCount = lines.filter(([s, e]) => text.slice(s, e).trim() === '').length;
  const splitOnLines = blankCount === 0 || blankCount < lines.length / 20;
  let table = 0;
  let inTable = false;
  let para: [number, number] | null = null;
  const flush = () => {
    if (!para) return;
    for (const [s, e] of sentenceCuts(text, para[0], para[1])) {
      blocks.push({ kind: 'paragraph', start: s, end: e, plain: identityPlain(text, s, e) });
    }
    para = null;
  };
  for (const [ls, le] of lines) {
    const raw = text.slice(ls, le);
    const lead = raw.length - raw.trimStart().length;
    const s = ls + lead;
    const e = ls + raw.trimEnd().length;
    if (s >= e) {
      flush();
      inTable = false;
      continue;
    }
    if (raw.includes('\t') && raw.trim().includes('\t')) {
      flush();
      if (!inTable) table++;
      inTable = true;
      blocks.push(rowBlock(text, s, e, table));
      continue;
    }
    inTable = false;
    if (splitOnLines) {
      flush();
      para = [s, e];
      flush();
    } else if (para) para[1] = e;
    else para = [s, e];
  }
  flush();
  return blocks;
}

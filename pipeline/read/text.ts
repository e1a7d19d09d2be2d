// Plain text to blocks. Text files are old hard-wrapped filings (70 columns, indented,
// blank lines between paragraphs) or text pulled out of PDFs (sometimes one long line per
// paragraph, sometimes wrapped lines with no blank line at all). Blank lines split
// paragraphs where there are any; otherwise lines join into paragraphs where the layout
// says a sentence goes on. Tab-separated lines, and blocks laid out in aligned columns,
// are table rows. Very long paragraphs are cut at sentence ends so evidence stays local.
import type { Block, Cell } from '../model.ts';
import { identityPlain } from './plain.ts';
import { ITEM_MARKER, columnWrap, joinOf } from './layout.ts';
import { fullStop } from '../text/abbreviations.ts';

const MAX_PARAGRAPH = 1500;

/** A gap between columns: a tab, or three spaces or more inside a line. */
const COLUMN_GAP = /\t+[ \t]*| {3,}\t*/g;

type Line = [start: number, end: number];

function sentenceCuts(text: string, start: number, end: number): Line[] {
  if (end - start <= MAX_PARAGRAPH) return [[start, end]];
  const pieces: Line[] = [];
  const re = /[.;:!?]["”’)]?\s+(?=[A-Z(“"0-9])/g;
  re.lastIndex = start;
  let from = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    if (text[m.index] === '.' && fullStop(text, m.index, from) !== 'end') continue;
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

/** The cells of a line, split at tabs or wide gaps: [start, end) offsets. */
function cellsOf(text: string, start: number, end: number, tabsOnly: boolean): Line[] {
  const cells: Line[] = [];
  const line = text.slice(start, end);
  const gap = tabsOnly ? /\t[ \t]*/g : COLUMN_GAP;
  gap.lastIndex = 0;
  let s = 0;
  let m: RegExpExecArray | null;
  while ((m = gap.exec(line))) {
    if (m.index > s) cells.push([start + s, start + m.index]);
    s = m.index + m[0].length;
  }
  if (s < line.length) cells.push([start + s, start + line.length]);
  // Trim each cell; an item number before a wide gap is not a column ("1.   The Company's ...").
  const trimmed = cells
    .map(([a, b]): Line => {
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      return [a, b];
    })
    .filter(([a, b]) => b > a);
  if (!tabsOnly && trimmed.length >= 2 && ITEM_MARKER.test(text.slice(trimmed[0][0], trimmed[0][1]))) trimmed.splice(0, 2, [trimmed[0][0], trimmed[1][1]]);
  return trimmed;
}

function rowBlock(text: string, start: number, end: number, tableId: number, tabsOnly: boolean): Block {
  const cells: Cell[] = cellsOf(text, start, end, tabsOnly).map(([s, e]) => ({ start: s, end: e, text: text.slice(s, e) }));
  return { kind: 'row', start, end, cells, tableId, plain: identityPlain(text, start, end) };
}

/** A blank-line block laid out in aligned columns: most lines have two cells or more. */
function isColumnar(text: string, lines: Line[]): boolean {
  const counts = lines.map(([s, e]) => cellsOf(text, s, e, false).length);
  const multi = counts.filter((n) => n >= 2).length;
  if (lines.length === 1) return counts[0] >= 3;
  return multi >= 1 && multi * 2 >= lines.length && (multi >= 2 || counts.some((n) => n >= 3));
}

/** A line with tabs that is prose all the same: one long sentence with a stray tab, alone. */
function isProseWithTabs(text: string, s: number, e: number, alone: boolean): boolean {
  if (!alone) return false;
  const cells = cellsOf(text, s, e, true);
  return cells.length <= 2 && cells.some(([a, b]) => b - a > 80 && /\s[a-z]+\s[a-z]+\s/.test(text.slice(a, b)));
}

export function readText(text: string): Block[] {
  const blocks: Block[] = [];
  const lines: Line[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const raw = line.replace(/\r$/, '');
    const lead = raw.length - raw.trimStart().length;
    lines.push([pos + lead, pos + raw.trimEnd().length]);
    pos += line.length + 1;
  }
  const blankCount = lines.filter(([s, e]) => s >= e).length;
  const splitOnLines = blankCount === 0 || blankCount < lines.length / 20;
  const wrapped = columnWrap(text);
  // Group lines into blocks: blank lines end one; with hardly any blank lines, a line joins the
  // one before when the layout says the sentence goes on.
  const groups: Line[][] = [];
  let group: Line[] = [];
  for (const [s, e] of lines) {
    if (s >= e) {
      if (group.length) groups.push(group);
      group = [];
      continue;
    }
    if (splitOnLines && group.length) {
      const [ps, pe] = group[group.length - 1];
      const prev = text.slice(ps, pe).replace(/\s+/g, ' ');
      const next = text.slice(s, e).replace(/\s+/g, ' ');
      if (joinOf(prev, next, wrapped(pe, /^\S*/.exec(next)![0])) === 'keep') {
        groups.push(group);
        group = [];
      }
    }
    group.push([s, e]);
  }
  if (group.length) groups.push(group);

  let table = 0;
  let inTable = false;
  let columnar = false;
  for (const g of groups) {
    const wasColumnar = columnar;
    columnar = false;
    const tabbed = g.map(([s, e]) => text.slice(s, e).includes('\t'));
    if (tabbed.some(Boolean) && !(g.length === 1 && isProseWithTabs(text, g[0][0], g[0][1], true))) {
      // Tab-separated lines are rows; prose lines between them stay paragraphs.
      let para: Line | null = null;
      g.forEach(([s, e], i) => {
        if (tabbed[i]) {
          if (para) blocks.push(...paragraphBlocks(text, para));
          para = null;
          if (!inTable) table++;
          inTable = true;
          blocks.push(rowBlock(text, s, e, table, true));
        } else {
          inTable = false;
          para = para ? [para[0], e] : [s, e];
        }
      });
      if (para) blocks.push(...paragraphBlocks(text, para));
      inTable = false;
      continue;
    }
    inTable = false;
    if (isColumnar(text, g)) {
      // Blank lines between entries of one columned table do not end it.
      if (!wasColumnar) table++;
      columnar = true;
      for (const [s, e] of g) blocks.push(rowBlock(text, s, e, table, false));
      continue;
    }
    blocks.push(...paragraphBlocks(text, [g[0][0], g[g.length - 1][1]]));
  }
  return blocks;
}

function paragraphBlocks(text: string, [start, end]: Line): Block[] {
  return sentenceCuts(text, start, end).map(([s, e]) => ({ kind: 'paragraph' as const, start: s, end: e, plain: identityPlain(text, s, e) }));
}

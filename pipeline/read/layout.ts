// Layout normalisation of a block's plain text, offsets kept. Text pulled out of PDFs and
// old hard-wrapped filings carries layout, not language: doubled and justified spaces,
// non-breaking spaces, tabs, lines broken inside sentences and names, end-of-line
// hyphenation, ligatures. Rules read the clean text; every character still maps back to
// the document offset it came from, so evidence quotes stay exact slices of the file.
// Line breaks that carry meaning stay: list items, signature and address lines, short
// lines standing on their own (a name, then a title).
import type { PlainText } from '../model.ts';
import { HONORIFIC_ALT } from '../extract/lexicon/people.ts';

/** Is the line ending just before document offset `end` full, so the break was forced by the width? */
export type WrapTest = (end: number, nextWord: string) => boolean;

/** How two lines meet. */
export type Join = 'space' | 'none' | 'drop-hyphen' | 'keep';

// --- vocabulary (data) ---

/** A line ending in one of these words goes on: nothing ends on "of" or "said". */
const OPEN_END = new Set(
  ('a an the and or nor of to by with as at for from in into on onto upon per than that which who whom whose whereby ' +
    'said including namely being its his her their our your between among amongst via under over after before since until ' +
    'is are was were be been has have had will shall may would should could of')
    .split(' '),
);

/** List items and signature labels start lines of their own. */
const LIST_ITEM = /^(?:\(\s*(?:[ivxlcIVXLC]{1,6}|[a-zA-Z]|\d{1,2})\s*\)|(?:[ivxlcIVXLC]{1,6}|[a-zA-Z]|\d{1,2})\)\s|(?:[ivxlc]{1,6}|[a-z]|\d{1,2}|[IVX]{2,6})\.\s|\d{1,2}\.\d{1,2}\.?\s+[A-Z]|[•●▪◦·■□➢►✓✔*]\s?|[-–—]\s)/;
/** An item number or bullet standing alone before its text, across a gap that is no column: "(i)", "1.", "•", "Item 5.02". */
export const ITEM_MARKER = /^(?:\*?\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]|\(\s*(?:\d{1,2}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\s*\)|Item\s+\d+(?:\.\d+)*\.?|[•●▪◦■□➢►✓✔*–—-])$/;
const LABEL_LINE = /^(?:By:|Name:|Title:|Date:|Dated:|\/s\/|Signature:|Its:)/i;

/** Legal-form words that continue a name broken over two lines ("Kingsoft Cloud\nHoldings Limited"). */
const NAME_TAIL = /^(?:(?:Group|International|Company)\s+)?(?:Holdings?|Limited|Ltd\.?|Inc\.?|Incorporated|Corporation|Corp\.?|Co\.,?|LLC|L\.L\.C\.|LLP|L\.P\.|plc|PLC|N\.V\.|S\.A\.|AG|GmbH|Pte\.?|Berhad|Bhd\.?)(?=[\s,.;)(]|$)/i;

/** First parts that keep their hyphen when a word is broken at it ("non-\nexecutive"). */
const HYPHEN_PREFIX = new Set(
  ('non co self ex vice re pre post anti semi multi cross well wholly long short full part year one two three four five six seven eight nine ten ' +
    'first second third high low mid so on off in day value world decision paid interest share eco micro mono clear government hotel')
    .split(' '),
);
/** Second parts that keep the hyphen before them ("Hong Kong-\nbased", "wholly-\nowned"). */
const HYPHEN_SUFFIX = /^(?:owned|based|listed|term|time|related|free|up|down|off|making|looking|end|party|quality|executive|controlling|performing|current|bearing|generated|friendly|stop|line|store|style|added|cut|in|out|over|to|on|for|level|scale|class|wide|led|backed|run|sized|known|established|designated|appointed|elected|election|appointment|designation|tax|sales|year|month|day|week|date|house|pandemic|viral)\b/;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
/** A date broken between its parts: "May\n25, 1995", "25\nMarch 2026". */
const DATE_SPLIT: Array<[RegExp, RegExp]> = [
  [new RegExp(`\\b${MONTH}$`), /^\d{1,2}(?:st|nd|rd|th)?\b/],
  [/\b\d{1,2}(?:st|nd|rd|th)?$/, new RegExp(`^${MONTH}\\b`)],
];
/** Honorifics stay with the name after them. */
const HONORIFIC_END = new RegExp(`\\b(?:${HONORIFIC_ALT})\\.?$`);
/** A rule drawn with characters: never part of a sentence. */
const RULE_LINE = /^[-_=*.~\s]{3,}$/;

/** Ligatures PDFs carry as one character. */
const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000;
}
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}
const SOFT_HYPHEN = '\u00ad';
/** Anything the normaliser would change. */
const NEEDS_WORK = /[\n\t\r\f\v\u00a0\u00ad\u1680\u2000-\u200d\u2011\u202f\u205f\u2060\u3000\ufeff\ufb00-\ufb06]| {2}|[A-Za-z]- [a-z]/;

// --- line joining ---

function lastWord(line: string): string {
  const m = /([A-Za-z]+)[^A-Za-z]*$/.exec(line);
  return m ? m[1] : '';
}

function firstWord(line: string): string {
  const m = /^\S+/.exec(line);
  return m ? m[0] : '';
}

/** Keep the hyphen of "word-\nword"? Compounds keep it, a word broken at a syllable loses it. */
export function keepsHyphen(before: string, after: string): boolean {
  if (!/^[a-z]/.test(after)) return true;
  if (/[A-Za-z]-[A-Za-z]+-$/.test(before)) return true; // "year-on-\nyear"
  const head = /([A-Za-z]+)-$/.exec(before)?.[1] ?? '';
  return HYPHEN_PREFIX.has(head.toLowerCase()) || HYPHEN_SUFFIX.test(after);
}

/** A word nothing ends on, as written ("of"; "OF" in a title in capitals; not "A" of "Exhibit A"). */
function opensOn(word: string): boolean {
  const lower = word.toLowerCase();
  if (word === lower) return OPEN_END.has(word);
  if (word === 'The') return true;
  return word === word.toUpperCase() && word.length >= 2 && OPEN_END.has(lower);
}

/**
 * How line `prev` meets line `next` (both already collapsed). `wrapped`: the previous line
 * reached the text's right margin, so the break was the width's, not the writer's.
 */
export function joinOf(prev: string, next: string, wrapped: boolean): Join {
  if (!prev || !next || RULE_LINE.test(prev) || RULE_LINE.test(next)) return 'keep';
  const goesOn = /[,&(“"‘]$/.test(prev) || /\s[-–—]$/.test(prev) || (/[A-Za-z]$/.test(prev) && opensOn(lastWord(prev)));
  if (LIST_ITEM.test(next)) {
    // A list item on a line of its own; "(i) issue shares,\n(ii) pay" inside a sentence goes on.
    if (/(?:[:;.!?]|;\s*(?:and|or))$/.test(prev) || (!goesOn && !wrapped)) return 'keep';
  }
  if (LABEL_LINE.test(next)) return 'keep';
  // Captions and issuer-block lines in parentheses, one under another.
  if (/\)$/.test(prev) && /^\(/.test(next)) return 'keep';
  if (/[A-Za-z]-$/.test(prev)) {
    if (/^[A-Za-z0-9]/.test(next)) return keepsHyphen(prev, next) ? 'none' : 'drop-hyphen';
  }
  if (prev.endsWith(SOFT_HYPHEN)) return 'drop-hyphen';
  if (/^[a-z]/.test(next)) return /:$/.test(prev) && !wrapped ? 'keep' : 'space';
  if (LABEL_LINE.test(prev)) return 'keep';
  if (goesOn || HONORIFIC_END.test(prev) || DATE_SPLIT.some(([a, b]) => a.test(prev) && b.test(next))) return 'space';
  if (NAME_TAIL.test(next) && /\b[A-Z][A-Za-z]*$/.test(prev)) return 'space';
  if (wrapped && !/:$/.test(prev) && !LIST_ITEM.test(next)) return 'space';
  return 'keep';
}

// --- the normaliser ---

interface Piece {
  chars: string[];
  /** Input index of each character. */
  at: number[];
  /** Input index of the line break that ends this line (or -1 for the last line). */
  breakAt: number;
}

/** Collapse a line's white space, drop zero-width characters, expand ligatures, mend "wholly- owned". */
function collapseLine(text: string, from: number, to: number): Piece {
  const chars: string[] = [];
  const at: number[] = [];
  let i = from;
  while (i < to && (isSpace(text.charCodeAt(i)) || isZeroWidth(text.charCodeAt(i)))) i++;
  for (; i < to; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (isZeroWidth(code)) continue;
    if (isSpace(code)) {
      let j = i;
      while (j < to && (isSpace(text.charCodeAt(j)) || isZeroWidth(text.charCodeAt(j)))) j++;
      if (j >= to) break;
      // "wholly- owned": a compound broken at its hyphen by an earlier reader; "short- and long-term" stays.
      const prevCh = chars[chars.length - 1];
      const hyphenGap = prevCh === '-' && /[A-Za-z]/.test(chars[chars.length - 2] ?? '') && /[a-z]/.test(text[j]) && !/^(?:and|or|to|nor|as)\b/.test(text.slice(j, j + 4));
      if (!hyphenGap) {
        chars.push(' ');
        at.push(i);
      }
      i = j - 1;
      continue;
    }
    if (ch === SOFT_HYPHEN && i + 1 < to) continue;
    const lig = code >= 0xfb00 && code <= 0xfb06 ? LIGATURES[ch] : undefined;
    if (lig) {
      for (const c of lig) {
        chars.push(c);
        at.push(i);
      }
      continue;
    }
    chars.push(ch === '\u2011' ? '-' : ch);
    at.push(i);
  }
  return { chars, at, breakAt: -1 };
}

/**
 * The layout-normalised view of a block's plain text. `wrapped` tells whether a line reached
 * the right margin (from the file's columns or the PDF's geometry); without it only the text
 * decides (a lower-case continuation, a line ending in "of" or ",", a name's legal form).
 */
export function normalizeLayout(plain: PlainText, wrapped: WrapTest = () => false): PlainText {
  const text = plain.text;
  // Most blocks (HTML, one-line paragraphs) have no layout in them: keep them as they are.
  if (!NEEDS_WORK.test(text) && !/^\s|\s$/.test(text)) return plain;
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\f') {
      const piece = collapseLine(text, from, i);
      piece.breakAt = i < text.length ? i : -1;
      pieces.push(piece);
      from = i + 1;
    }
  }
  const chars: string[] = [];
  const at: number[] = [];
  let prevLine = '';
  let prevBreak = -1;
  let blank = false;
  for (const piece of pieces) {
    if (piece.chars.length === 0) {
      if (chars.length) blank = true;
      continue;
    }
    const line = piece.chars.join('');
    if (chars.length) {
      const lastAt = at[at.length - 1];
      const join: Join = blank ? 'keep' : joinOf(prevLine, line, wrapped(plain.map[lastAt] + 1, firstWord(line)));
      if (join === 'drop-hyphen') {
        chars.pop();
        at.pop();
      } else if (join === 'space' || join === 'keep') {
        chars.push(join === 'space' ? ' ' : '\n');
        at.push(prevBreak);
      }
    }
    for (let k = 0; k < piece.chars.length; k++) {
      chars.push(piece.chars[k]);
      at.push(piece.at[k]);
    }
    prevLine = line;
    prevBreak = piece.breakAt;
    blank = false;
  }
  const map = at.map((k) => plain.map[k]);
  const end = at.length ? Math.max(plain.map[at[at.length - 1] + 1] ?? plain.map[text.length], map[map.length - 1] + 1) : plain.map[0] ?? 0;
  map.push(end);
  return { text: chars.join(''), map };
}

/**
 * The width a hard-wrapped text is wrapped at: a high percentile of the end columns of its
 * prose lines that go on to another line (tables' wide lines and short lines left out).
 * Infinity when no line breaks inside paragraphs.
 */
export function wrapWidth(doc: string): number {
  const ends: number[] = [];
  let start = 0;
  let prev = -1;
  for (let i = 0; i <= doc.length; i++) {
    if (i === doc.length || doc[i] === '\n') {
      let e = i;
      while (e > start && /\s/.test(doc[e - 1])) e--;
      const len = e - start;
      if (len > 0 && prev > 0) ends.push(prev);
      const line = doc.slice(start, e);
      // Prose: several words, no column gaps.
      prev = len > 0 && !/\S(?: {3,}|\t)\S/.test(line) && /[a-z]+ [a-z]+ [a-z]+/.test(line) ? len : len > 0 ? 0 : -1;
      start = i + 1;
    }
  }
  const prose = ends.filter((n) => n > 0);
  // A few broken lines (an address, a signature) say nothing about a width.
  if (prose.length < 20) return Infinity;
  prose.sort((a, b) => a - b);
  const width = prose[Math.floor(prose.length * 0.9)];
  // Lines of hundreds of characters are paragraphs one to a line, not a wrapped column.
  return width > 160 ? Infinity : width;
}

/** A wrap test by columns: the line's end column plus the next word would not have fitted. */
export function columnWrap(doc: string, width: number = wrapWidth(doc)): WrapTest {
  if (!Number.isFinite(width)) return () => false;
  return (end, nextWord) => {
    const lineStart = doc.lastIndexOf('\n', end - 1) + 1;
    let first = lineStart;
    while (first < end && /\s/.test(doc[first])) first++;
    // A short line set far right (a centred title, "Exhibit 99.1") was not wrapped.
    if (end - first < width / 2) return false;
    if (end - lineStart + 1 + nextWord.length > width) return true;
    // Text copied from a PDF wraps before the column (proportional type): a long line that
    // stops on a lower-case word, with no stop, went on.
    const line = doc.slice(first, end).trimEnd();
    return line.length >= width * 0.75 && /[a-z]$/.test(line);
  };
}

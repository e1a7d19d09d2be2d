// Names are for people to read and to find: control characters (ESC, BEL, VT...), terminal
// escape sequences and invisible format characters (bidi overrides, zero-width spaces)
// have no place in them. Paragraph text keeps every character as read (quotes must equal
// the source); only names, keys and what is printed to a terminal are cleaned.
import type { PlainText } from '../model.ts';

// A terminal escape sequence (CSI: ESC [ parameters final byte): removed whole.
const CSI = /\x1b\[[0-?]*[ -/]*[@-~]/g;
// Line and page breaks, tabs: they separate words.
const BREAKS = /[\t\n\v\f\r\x85\u2028\u2029]/g;
// Any other control (C0, DEL, C1) or format character (bidi embeddings, overrides and
// isolates, zero-width space and joiners, word joiner, BOM, soft hyphen...): invisible.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
// What extraction should not see: any of those but newline, tab and carriage return.
const INVISIBLE_OR_BREAK = /(?![\n\t\r])[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** A name as people see it: no controls or invisible characters, single spaces, trimmed. */
export function cleanName(name: string): string {
  return name.replace(CSI, '').replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Text for a terminal: every control or format character except newlines shown as \u{..}, never obeyed. */
export function printable(text: string): string {
  return text.replace(INVISIBLE, (c) => (c === '\n' ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`));
}

/**
 * The text extraction reads, without its invisible characters: names are found by their
 * visible words ("Evil\u200bCorp" reads EvilCorp), while the map still points every kept
 * character at its place in the document, so quotes keep the text as read.
 */
export function visiblePlain(plain: PlainText): PlainText {
  INVISIBLE_OR_BREAK.lastIndex = 0;
  if (!INVISIBLE_OR_BREAK.test(plain.text)) return plain;
  const chars: string[] = [];
  const map: number[] = [];
  const text = plain.text.replace(CSI, (m) => '\u0000'.repeat(m.length));
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\t' || c === '\r') chars.push(c);
    else if (/[\v\f\r\x85\u2028\u2029]/.test(c)) chars.push(' ');
    else if (/[\p{Cc}\p{Cf}]/u.test(c)) continue;
    else chars.push(c);
    map.push(plain.map[i]);
  }
  map.push(plain.map[plain.text.length]);
  return { text: chars.join(''), map };
}

/** Mentions with their names cleaned (offsets untouched: they still cover the text as read). */
export function cleanNames<T extends { name: string }>(mentions: T[]): T[] {
  for (const m of mentions) m.name = cleanName(m.name);
  return mentions;
}

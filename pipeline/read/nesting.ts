// How deeply a file nests, measured on its text before any parser sees it. The parsers and
// the tree walks after them recurse once per level: thousands of nested list markers,
// brackets or elements cost minutes and end in a stack overflow. No announcement nests
// anywhere near these limits, so a file beyond them is refused with the place it happens.
import type { Format } from '../model.ts';
import { FileError } from '../messages.ts';

/** Nested lists and block quotes on one line, and brackets within one paragraph (Markdown). */
export const MAX_MARKDOWN_NESTING = 100;
/** Elements inside elements (HTML), counting those a browser would close by itself only once. */
export const MAX_HTML_NESTING = 1000;

export interface Nesting {
  depth: number;
  /** 1-based line where the depth is first reached. */
  line: number;
  what: string;
}

const CONTAINER = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t]|$)[ \t]*/;

function markdownNesting(text: string): Nesting {
  let deepest: Nesting = { depth: 0, line: 1, what: 'lists or block quotes' };
  let brackets = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    let rest = line;
    let depth = 0;
    for (let m = CONTAINER.exec(rest); m && m[0].length; m = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
      if (depth > MAX_MARKDOWN_NESTING) break;
    }
    if (depth > deepest.depth) deepest = { depth, line: lineNo, what: 'lists or block quotes' };
    // Brackets count within a paragraph: an unmatched "[" in one does not carry into the next.
    if (!line.trim()) brackets = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 91 /* [ */) {
        if (++brackets > deepest.depth) deepest = { depth: brackets, line: lineNo, what: 'brackets' };
        if (brackets > MAX_MARKDOWN_NESTING) return deepest;
      } else if (c === 93 /* ] */ && brackets > 0) brackets--;
    }
  }
  return deepest;
}

// Elements that never hold others, and those a parser closes when the next one opens.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const SELF_CLOSING = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'thead', 'tbody', 'tfoot']);

function htmlNesting(text: string): Nesting {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>|\n/g;
  let depth = 0;
  let line = 1;
  let deepest: Nesting = { depth: 0, line: 1, what: 'elements' };
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[0] === '\n') {
      line++;
      continue;
    }
    const name = m[2].toLowerCase();
    if (VOID.has(name) || SELF_CLOSING.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest.depth) {
      deepest = { depth, line, what: 'elements' };
      if (depth > MAX_HTML_NESTING) return deepest;
    }
  }
  return deepest;
}

/** The deepest nesting of a text in a format that has any (Markdown, HTML), with its line. */
export function nestingOf(format: Format, text: string): Nesting | null {
  if (format === 'markdown') return markdownNesting(text);
  if (format === 'html') return htmlNesting(text);
  return null;
}

/** Refuse a text that nests deeper than its format's limit, naming where. */
export function checkNesting(format: Format, text: string | undefined): void {
  if (text === undefined) return;
  const n = nestingOf(format, text);
  const limit = format === 'html' ? MAX_HTML_NESTING : MAX_MARKDOWN_NESTING;
  if (n && n.depth > limit) {
    throw new FileError(`nested too deeply: more than ${limit} levels of ${n.what}; not read`, { ruleId: 'read:nesting', place: { line: n.line } });
  }
}

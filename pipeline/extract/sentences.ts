// Sentence spans over a paragraph's plain text (layout already undone, so a line break
// left in it is meant: a list item, a signature line). Abbreviations of the genre (Mr.,
// Co., Ltd., Inc., No., U.S., approx.), initials (Thomas J. Ridge), decimals and item
// numbers ("1.", "(a).") do not end a sentence; "Inc." or "U.S." does when a sentence
// opener follows. Semicolons separate list items inside one sentence.
import { fullStop, opensSentence } from '../text/abbreviations.ts';

export interface Sentence {
  from: number;
  to: number;
  text: string;
}

const CLOSERS = /["”’)\]]/;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  // A stop, closing quotes or brackets, white space, then something a sentence starts with.
  const re = /[.!?](?=["”’)\]]*\s+["“‘(]?\s*[A-Z0-9(“"‘])|\n(?=\s*\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] === '.') {
      // An ellipsis goes on.
      if (text[m.index - 1] === '.') continue;
      const kind = fullStop(text, m.index, from);
      if (kind === 'abbreviation') continue;
      if (kind === 'ambiguous' && !opensSentence(text.slice(m.index + 1))) continue;
    }
    let to = m.index + 1;
    if (m[0] === '\n') to = m.index;
    else while (CLOSERS.test(text[to] ?? '') && !(text[to] === ')' && !hasOpen(text, from, to))) to++;
    push(out, text, from, to);
    from = to;
  }
  push(out, text, from, text.length);
  return out;
}

/** Is there an unclosed "(" between from and to? A ")" after a stop belongs to its sentence only then. */
function hasOpen(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (to > from) out.push({ from, to, text: text.slice(from, to) });
}

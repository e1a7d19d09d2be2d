// Plain text with a character map back to document offsets. Extraction runs on plain
// text (no `**`, no `\$`), evidence is reported in document offsets through the map.
import type { PlainText } from '../model.ts';

/** The document slice [start, end) taken as it is. */
export function identityPlain(doc: string, start: number, end: number): PlainText {
  return plainAt(doc.slice(start, end), start);
}

/** A text that sits unchanged in the document at `start` (no slicing of a large document). */
export function plainAt(text: string, start: number): PlainText {
  const map: number[] = [];
  for (let i = 0; i <= text.length; i++) map.push(start + i);
  return { text, map };
}

/**
 * Map a parser's node value (escapes resolved, entities decoded) onto the source
 * range it came from: each value character is matched to the next equal source
 * character; characters the source spells differently (an entity) take the
 * position of the source text consumed so far.
 */
export function alignValue(value: string, doc: string, start: number, end: number): number[] {
  const map: number[] = new Array(value.length);
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let k = j;
    // Look a little ahead for the same character; escapes and entities are short.
    const limit = Math.min(end, j + 12);
    while (k < limit && doc[k] !== ch) k++;
    if (k < limit && doc[k] === ch) {
      map[i] = k;
      j = k + 1;
    } else {
      map[i] = Math.min(j, end - 1);
      // An entity such as &amp; stands for this character: skip past it.
      if (doc[j] === '&') {
        const semi = doc.indexOf(';', j);
        j = semi > 0 && semi < end && semi - j < 12 ? semi + 1 : j + 1;
      } else j = Math.min(end, j + 1);
    }
  }
  return map;
}

/** Append text whose characters map to `offsets`, keeping the end offset at `end`. */
export class PlainBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];
  private last = -1;

  constructor(private readonly start: number) {}

  push(text: string, offsets: number[]): void {
    for (let i = 0; i < text.length; i++) {
      this.chars.push(text[i]);
      this.offsets.push(offsets[i]);
      this.last = offsets[i];
    }
  }

  /** A single separator character (space, newline) placed at a document offset. */
  separator(ch: string, at: number): void {
    if (this.chars.length === 0) return;
    const prev = this.chars[this.chars.length - 1];
    if (prev === ' ' || prev === '\n') return;
    this.chars.push(ch);
    this.offsets.push(at);
  }

  build(end: number): PlainText {
    // Trim trailing separators so plain text never ends in space.
    while (this.chars.length && /\s/.test(this.chars[this.chars.length - 1])) {
      this.chars.pop();
      this.offsets.pop();
    }
    const endOffset = this.chars.length ? Math.max(this.offsets[this.offsets.length - 1] + 1, Math.min(end, this.last + 1)) : this.start;
    return { text: this.chars.join(''), map: [...this.offsets, endOffset] };
  }
}

/** The part of a plain text whose characters fall inside the document range [start, end). */
export function slicePlain(plain: PlainText, start: number, end: number): PlainText {
  let a = 0;
  while (a < plain.text.length && plain.map[a] < start) a++;
  let b = a;
  while (b < plain.text.length && plain.map[b] < end) b++;
  let text = plain.text.slice(a, b);
  let map = plain.map.slice(a, b);
  // Trim white space at both ends.
  let lo = 0;
  let hi = text.length;
  while (lo < hi && /\s/.test(text[lo])) lo++;
  while (hi > lo && /\s/.test(text[hi - 1])) hi--;
  text = text.slice(lo, hi);
  map = map.slice(lo, hi);
  const endOffset = map.length ? map[map.length - 1] + 1 : start;
  return { text, map: [...map, endOffset] };
}

/** Document span of plain-text range [from, to). The end is just past the last character. */
export function spanOfPlain(plain: PlainText, from: number, to: number): { start: number; end: number } {
  const start = plain.map[from];
  const end = to > from ? plain.map[to - 1] + 1 : start;
  return { start, end };
}

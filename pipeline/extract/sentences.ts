// Sentence spans over a paragraph's plain text. Abbreviations of the genre (Mr., Co.,
// Ltd., Inc., No.) and initials (Thomas J. Ridge) do not end a sentence.
import { LEGAL_ABBREVIATIONS } from './lexicon/organizations.ts';

export interface Sentence {
  from: number;
  to: number;
  text: string;
}

const ABBREV = new RegExp(`(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|St|${LEGAL_ABBREVIATIONS.join('|')}|No|Nos|Jr|Sr|vs|etc|approx|i\\.e|e\\.g|U\\.S|Messrs|Mdm|Rd|Ave|Dept|Art|Sec|Vol|Fig|Cap|Ch|para|cl)\\.|\\b[A-Z]\\.)$`);
const LEGAL_END = new RegExp(`\\b(?:${LEGAL_ABBREVIATIONS.join('|')})\\.$`);

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const re = /[.!?;](?=["”’)]?\s+(?:\(?[A-Z0-9“"(]))|\n(?=\s*\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + 1;
    if (m[0] === ';') continue; // semicolons separate list items, not sentences
    if (m[0] === '.' && ABBREV.test(text.slice(Math.max(from, end - 8), end))) {
      // A company's "Inc." or "Corp." can end a sentence: split when a typical opener follows.
      const legal = LEGAL_END.test(text.slice(Math.max(from, end - 6), end));
      if (!legal || !/^["”’)]?\s+(?:Mr|Ms|Mrs|Dr|The|He|She|His|Her|In|On|Prior|Since|From|During|As|Before|After|This|These|It|They|We|Our)\b/.test(text.slice(end))) continue;
    }
    // Decimal numbers and section numbers: "5.02", "US$11.27".
    if (m[0] === '.' && /\d$/.test(text.slice(0, m.index)) && /^\d/.test(text.slice(end))) continue;
    let to = end;
    while (/["”’)]/.test(text[to] ?? '')) to++;
    if (m[0] === '\n') to = m.index;
    push(out, text, from, to);
    from = to;
  }
  push(out, text, from, text.length);
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (to > from) out.push({ from, to, text: text.slice(from, to) });
}

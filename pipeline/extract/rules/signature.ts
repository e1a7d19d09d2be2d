// Signature blocks of SEC filings: "By: /s/ Name", "Name: Name", "Title: A and B", or the
// name and title lines after "/s/". Each title is a position in the registrant.
import type { Paragraph } from '../../model.ts';
import { findSignaturePeople } from '../mentions/people.ts';
import { TITLE_WORDS } from '../lexicon.ts';
import { spanOfPlain } from '../../read/plain.ts';

export interface SignaturePosition {
  person: string;
  title: string;
  evidence: Array<{ paragraph: string; start: number; end: number }>;
}

function normTitle(t: string): string {
  return t.trim().replace(/\s+/g, ' ').replace(/[,.]$/, '').toLowerCase();
}

export function signaturePositions(paragraphs: Paragraph[]): SignaturePosition[] {
  const out: SignaturePosition[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!/\/s\/|^Name:/m.test(p.plain.text)) continue;
    const people = findSignaturePeople(p.plain.text);
    if (!people.length) continue;
    const person = people[0];
    // The title: "Title: ..." in this or the next paragraphs, or a title line right after the name.
    for (let k = i; k < Math.min(paragraphs.length, i + 4); k++) {
      const q = paragraphs[k];
      const text = q.plain.text;
      const m = /Title:\s*(.+)$/m.exec(text) ?? (k > i && !/\/s\/|Name:|Date:/.test(text) ? /^(?:[A-Z][A-Za-z.'-]*\s){0,4}?((?:Senior |Executive |Vice |Chief |General |Managing |Corporate |Company |Assistant )?[A-Z][A-Za-z, &-]+)$/.exec(text.replace(new RegExp('^' + person.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*'), '')) : null);
      if (!m || !TITLE_WORDS.test(m[1])) continue;
      const titleText = m[1];
      const at = text.indexOf(titleText);
      const titles = titleText.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((t) => TITLE_WORDS.test(t));
      const nameSpan = spanOfPlain(p.plain, person.from, person.to);
      const titleSpan = spanOfPlain(q.plain, at, at + titleText.length);
      for (const t of titles) {
        out.push({ person: person.name, title: normTitle(t), evidence: [{ paragraph: p.id, ...nameSpan }, { paragraph: q.id, ...titleSpan }] });
      }
      break;
    }
  }
  return out;
}

// People in plain text: by honorific, in signature lines, and through compromise's person
// tagger (extended for initials and suffixes, which it drops).
import nlp from 'compromise';
import { CHINESE_SURNAMES, FEMALE, HONORIFICS, MALE } from '../lexicon.ts';
import type { NameMention } from './types.ts';
import { cleanName } from '../../text/clean.ts';

const NAME_TOKEN = "(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O'[A-Z][a-z]+|[A-Z]\\.)";
const PERSON_HONORIFIC_RE = new RegExp(`\\b(${HONORIFICS.join('|')})\\.?\\s(${NAME_TOKEN}(?: ${NAME_TOKEN}){0,4})`, 'g');
const NAME_SUFFIX = /^,?\s(?:Jr\.|Sr\.|II|III|IV)\b/;
const ROLE_WORD = /^(?:Director|Chairman|Chairwoman|Chief|President|Vice|Executive|Independent|Non|Secretary|Officer|Board|Company|Group|Committee|Limited|Holdings|The|And|Of|Treasurer|General|Counsel|Managing|Senior)$/;

function honorificGender(h: string): 'm' | 'f' | undefined {
  const k = h.toLowerCase().replace('.', '');
  return MALE.has(k) ? 'm' : FEMALE.has(k) ? 'f' : undefined;
}

export { honorificGender };

/** People written with an honorific: "Mr. Zou Tao", "Ms. Qu", "Dr. Margaret Osei". */
export function findHonorificPeople(text: string): NameMention[] {
  const out: NameMention[] = [];
  PERSON_HONORIFIC_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERSON_HONORIFIC_RE.exec(text))) {
    const tokens = m[2].split(' ');
    // Stop before words of a role or organisation that follow the name in capitals.
    let n = tokens.length;
    for (let i = 1; i < tokens.length; i++) {
      if (ROLE_WORD.test(tokens[i])) {
        n = i;
        break;
      }
    }
    const name = tokens.slice(0, n).join(' ');
    const from = m.index + m[0].length - m[2].length;
    out.push({ from, to: from + name.length, name: cleanName(name), kind: 'person', honorific: m[1], short: n === 1 });
  }
  return out;
}

// compromise's lexicon, extended as data: surnames of the genre are surnames.
const NLP_LEXICON: Record<string, string> = Object.fromEntries(CHINESE_SURNAMES.map((s) => [s.toLowerCase(), 'LastName']));

/** People without an honorific, through compromise's person tagger, widened to initials and suffixes. */
export function findPlainPeople(text: string): NameMention[] {
  const out: NameMention[] = [];
  const doc = nlp(text, NLP_LEXICON);
  // A genre surname followed by capitalised given names is a person, surname first ("Zou Tao", "Lau Chi Wai").
  doc.match('#LastName #ProperNoun{1,2}').not('#Actor').tag('Person', 'genre-surname');
  const people = doc.people().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
  for (const p of people) {
    let from = p.offset.start;
    let to = from + p.offset.length;
    let name = text.slice(from, to).replace(/[,.;:’'s]+$/, (x) => (x.endsWith('.') && /\s[A-Z]$/.test(text.slice(from, to - 1)) ? '.' : ''));
    to = from + name.length;
    // An initial before ("R. Andrew Dickson") or a suffix after ("III") that the tagger dropped.
    const before = /(?:^|\s)((?:[A-Z]\.\s)+)$/.exec(text.slice(Math.max(0, from - 12), from));
    if (before) {
      from -= before[1].length;
      name = text.slice(from, to);
    }
    const after = NAME_SUFFIX.exec(text.slice(to));
    if (after) {
      to += after[0].length;
      name = text.slice(from, to);
    }
    name = name.trim();
    const tokens = name.split(/\s+/);
    if (tokens.length < 2 || tokens.length > 5) continue;
    if (!tokens.every((t) => /^[A-Z]/.test(t))) continue;
    if (tokens.some((t) => ROLE_WORD.test(t))) continue;
    // Preceded by an honorific: the honorific pass has it.
    if (/\b(?:Mr|Ms|Mrs|Dr|Miss|Madam|Prof)\.?\s$/.test(text.slice(Math.max(0, from - 6), from))) continue;
    out.push({ from, to: from + name.length, name: cleanName(name), kind: 'person' });
  }
  return out;
}

/** Names in signature lines: "/s/ Yi Li", "Name: Yi Li", "By: /s/ R. Andrew Dickson III". */
export function findSignaturePeople(text: string): NameMention[] {
  const out: NameMention[] = [];
  const re = /(?:\/s\/|Name:)\s*((?:[A-Z][A-Za-z'’-]*\.?\s?){1,5}?(?:\s(?:Jr\.|Sr\.|II|III|IV))?)(?=\s*(?:$|\n|Title:|Name:|\t|Date:|[A-Z][a-z]+ (?:Vice|President|Chief|Director|Secretary|Treasurer|Officer)|,))/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const name = m[1].trim();
    if (name.split(/\s+/).length < 2) continue;
    const from = m.index + m[0].indexOf(m[1]);
    out.push({ from, to: from + name.length, name: cleanName(name), kind: 'person' });
  }
  return out;
}

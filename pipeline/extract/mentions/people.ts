// People in plain text. A name is a short run of capitalised words; what makes it a person is
// either the name itself (a given name from the first-name datasets, a romanised Chinese
// surname, an honorific before it) or the place it stands in the genre ("X, aged 57,",
// "X, 49,", "X, the Chief Executive Officer", "said X", "X said", "/s/ X", "Name: X",
// "X (Chairman)", "Chairman and CEO X", "X joined"). compromise's tagger, taught the same name
// lists, reads the rest where a cue makes a person likely.
import nlp from 'compromise';
import { CHINESE_SURNAMES, FIRST_NAMES, HONORIFIC_ALT, HONORIFIC_BEFORE, NAME_SUFFIXES, NOT_NAME_WORDS, TITLE_ABBREVIATIONS } from '../lexicon.ts';
import { readTitleList, titleAt } from '../titles.ts';
import type { NameMention } from './types.ts';
import { cleanNames } from '../../text/clean.ts';
import { memo } from '../../text/memo.ts';
import { escapeRe } from '../refs.ts';

export { honorificGender } from '../lexicon.ts';

// compromise's own lexicon says which given names are also ordinary words ("May", "Grant",
// "Chase", "Georgia"): those stay words; the others are taught to it once.
const LEXICON = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
const isWordNotName = (w: string): boolean => {
  const tags = LEXICON[w.toLowerCase()];
  return tags !== undefined && !/Name|Person/.test(String(tags));
};
const GIVEN = new Set(FIRST_NAMES.filter((n) => !isWordNotName(n)));
const SURNAMES = new Set(CHINESE_SURNAMES);

const ANY_GIVEN = new Set(FIRST_NAMES);

/** A capitalised word that may name a person: a given name of the lists (also one that is a word, "Jan") or a genre surname. */
export function isNameWord(w: string): boolean {
  return ANY_GIVEN.has(w) || SURNAMES.has(w);
}
const SURNAMES_UPPER = new Set(CHINESE_SURNAMES.map((s) => s.toUpperCase()));
nlp.addWords({
  ...Object.fromEntries([...GIVEN].filter((n) => !LEXICON[n.toLowerCase()]).map((n) => [n.toLowerCase(), 'FirstName'])),
  ...Object.fromEntries(CHINESE_SURNAMES.filter((s) => !LEXICON[s.toLowerCase()]).map((s) => [s.toLowerCase(), 'LastName'])),
});

const WORD = "(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+|De[A-Z][a-z]+|[A-Z]{2,}(?:-[A-Z]{2,})?|[A-Z][a-z]+[A-Z][a-z]+)";
const INITIAL = '[A-Z]\\.(?:[A-Z]\\.)?';
const TOKEN = `(?:${WORD}|${INITIAL})`;
const SUFFIX = `(?:,?\\s(?:${NAME_SUFFIXES.map((s) => s.replace(/\./g, '\\.')).join('|')})(?![\\w]))`;
/** A run of name tokens: "R. Andrew Dickson III", "SUEK Ka Lun, Ernie", "Ann Munson Steines". */
const RUN = `${TOKEN}(?:\\s${TOKEN}){0,4}${SUFFIX}?`;
const RUN_RE = new RegExp(`(?<![\\w.’'-])${RUN}(?![\\w’'-])`, 'g');

const isInitial = (t: string) => /^[A-Z]\.(?:[A-Z]\.)?$/.test(t);
const isCaps = (t: string) => /^[A-Z]{2,}$/.test(t.replace(/-/g, ''));
const titleCase = (t: string) => t.charAt(0) + t.slice(1).toLowerCase();

/** Cut a run to the name in it: no genre words, no trailing initials; null when nothing is left. */
function clean(run: string): { name: string; lead: number } | null {
  const parts = run.split(/\s+/);
  let lead = 0;
  // Leading genre words ("Chairman", "Dear", "Director"): the name starts after them.
  const leading = (t: string) => (NOT_NAME_WORDS.has(t.replace(/[,.]$/, '')) && !isInitial(t)) || TITLE_ABBREVIATIONS[t.replace(/^Co-/, '').replace(/s$/, '').toLowerCase()] !== undefined;
  while (parts.length && leading(parts[0])) lead += parts.shift()!.length + 1;
  let n = parts.findIndex((t) => NOT_NAME_WORDS.has(t.replace(/[,]$/, '')));
  if (n < 0) n = parts.length;
  // "William E. Shea William E. Shea": a name typed twice.
  const again = parts.findIndex((t, i) => i > 0 && t === parts[0]);
  if (again > 0 && again < n) n = again;
  let tokens = parts.slice(0, n);
  // Capitalised ordinary words after a full name ("Daniel B. Wolfe Over $100,000").
  while (tokens.length > 2 && isWordNotName(tokens[tokens.length - 1]) && !isInitial(tokens[tokens.length - 2])) tokens = tokens.slice(0, -1);
  while (tokens.length > 1 && isInitial(tokens[tokens.length - 1])) tokens = tokens.slice(0, -1);
  const words = tokens.filter((t) => !isInitial(t) && !/^(?:Jr|Sr|II|III|IV|M\.D|Ph\.D|CPA|Esq)\.?,?$/.test(t));
  if (words.length < 2 && !(words.length === 1 && tokens.length >= 2 && isInitial(tokens[0]))) return null;
  // All in capitals and no surname of the genre: a heading, not a name.
  if (tokens.every((t) => isCaps(t) || isInitial(t)) && !tokens.some((t) => SURNAMES_UPPER.has(t)) && !tokens.some((t) => GIVEN.has(titleCase(t)))) return null;
  return { name: tokens.join(' ').replace(/,$/, ''), lead };
}

/** Is this run a name by itself: a known given name first, or a genre surname, or an initial first? */
function namedByLexicon(name: string): boolean {
  const t = name.split(/\s+/);
  const first = t[0];
  const last = t[t.length - 1].replace(/,$/, '');
  if (GIVEN.has(first) || GIVEN.has(titleCase(first))) return !isWordNotName(t[1] ?? '') || t.length > 2 || isInitial(t[1] ?? '');
  if (isInitial(first) && t.length >= 2) return t.slice(1).some((w) => GIVEN.has(w)) || t.length >= 3;
  // Surname first: "Zou Tao", "Lau Chi Wai", "SUEK Ka Lun"; given names are not English words.
  if ((SURNAMES.has(first) || SURNAMES_UPPER.has(first)) && t.length <= 4) return t.slice(1).every((w) => !isWordNotName(w) && !NOT_NAME_WORDS.has(w));
  // Surname last: "Jen-Hsun Huang", "Baobin He", "Roger LEE".
  if ((SURNAMES.has(last) || SURNAMES_UPPER.has(last)) && t.length <= 3) return t.slice(0, -1).every((w) => !isWordNotName(w) && !NOT_NAME_WORDS.has(w));
  return false;
}

// The genre's places for a name, before or after it.
const BEFORE_CUE = new RegExp(
  `(?:\\b(?:said|says|stated|commented|added|noted|explained|according to|appointed|elected|named|promoted|nominated|welcomed|joined by|led by)\\s+|(?:\\/s\\/|Name:|By:)\\s*)$`,
);
const AFTER_CUE =
  /^(?:,?\s+(?:said|says|stated|commented|added|noted)\b|,\s+(?:aged?\s+)?\d{2}(?:,|\s+years)|\s+\((?:age|aged)\s+\d{2}\)|,\s+age\s+\d{2}\b|\s+(?:has|had)\s+(?:been|served|held|worked)\b|\s+(?:is|was)\s+(?:currently\s+|also\s+)?(?:a|an|the|our)\s|\s+(?:joined|serves|served|resigned|retired|graduated|received|holds)\b|\s+will\s+(?:serve|become|succeed|join)\b)/;

function afterIsTitle(text: string, to: number): boolean {
  const m = /^(?:,\s+(?:the\s+|our\s+|its\s+|a\s+|an\s+)?|\s+\()/.exec(text.slice(to));
  if (!m) return false;
  const t = titleAt(text, to + m[0].length);
  return !!t && !t.committee;
}

/** A line that is the name (perhaps typed twice) and then only titles: "Jane Roe Jane Roe Chief Financial Officer". */
function titlesLine(text: string, to: number, name: string): boolean {
  let p = to;
  const again = /^\s+(\S+(?:\s\S+)*)/.exec(text.slice(p, p + name.length + 1));
  if (again && again[1] === name) p += again[0].length;
  const ws = /^\s+/.exec(text.slice(p));
  if (!ws) return false;
  const { titles, to: end } = readTitleList(text, p + ws[0].length);
  return titles.length > 0 && /^\s*(?:\([^)]*\)?)?\s*(?:[.;]|$|\n)/.test(text.slice(end));
}

/** A title list ends just before the name: "Chairman and CEO Jim Umpleby", "Chief Financial Officer Tom Fanning". */
function titleBefore(text: string, from: number): boolean {
  const head = text.slice(Math.max(0, from - 80), from);
  const m = /((?:[A-Z][\w-]*|and|&|of|the)(?:\s+(?:[A-Z][\w-]*|and|&|of|the))*)\s+$/.exec(head);
  if (!m) return false;
  const words = m[1];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && words[i - 1] !== ' ') continue;
    const { titles, to } = readTitleList(words, i);
    if (titles.length && to === words.length && /[A-Z]/.test(words[i])) return true;
  }
  return false;
}

/** People written with an honorific: "Mr. Zou Tao", "Ms. Qu", "Dr. Margaret Osei", "Messrs. Petno and Rohrbaugh". */
export function findHonorificPeople(text: string): NameMention[] {
  const out: NameMention[] = [];
  const re = new RegExp(`\\b(${HONORIFIC_ALT})\\.?\\s(${RUN})`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const honorific = m[1];
    const tokens = m[2].split(/\s+/);
    // Stop before words of a role or organisation that follow the name in capitals.
    let n = tokens.findIndex((t, i) => i > 0 && NOT_NAME_WORDS.has(t.replace(/,$/, '')));
    if (n < 0) n = tokens.length;
    const name = tokens.slice(0, n).join(' ').replace(/,$/, '');
    if (!name || NOT_NAME_WORDS.has(name)) continue;
    const from = m.index + m[0].length - m[2].length;
    out.push({ from, to: from + name.length, name, kind: 'person', honorific, short: n === 1 });
    if (honorific === 'Messrs') {
      // "Messrs. Petno and Rohrbaugh": each surname is a short form.
      const more = /^(?:,\s*|\s+and\s+|,\s+and\s+)([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)/.exec(text.slice(from + name.length));
      if (more) {
        const f2 = from + name.length + more[0].length - more[1].length;
        out.push({ from: f2, to: f2 + more[1].length, name: more[1], kind: 'person', honorific, short: true });
      }
    }
  }
  return cleanNames(out);
}

/** Names without an honorific, where the name or its place in the sentence says it is a person. */
export function findNamedPeople(text: string): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(RUN_RE)) {
    const c = clean(m[0]);
    if (!c) continue;
    const from = m.index + c.lead;
    const to = from + c.name.length;
    if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, from - 10), from))) continue;
    // An organisation's name goes on: "Morgan Stanley & Co.", "Charles River Associates".
    if (/^\s*(?:&|,?\s+(?:Inc|LLC|LLP|Ltd|Limited|Corp|Co|Company|Group|Holdings|Associates|Partners|Brothers|Foundation)\b)/.test(text.slice(to))) continue;
    if (/['’]s?\s+(?:board|shares|common|stock)\b/i.test(text.slice(to, to + 12))) continue;
    // The genre's places for a name are read only when the name itself does not settle it (they cost most).
    const cued = () => BEFORE_CUE.test(text.slice(Math.max(0, from - 40), from)) || AFTER_CUE.test(text.slice(to, to + 40)) || afterIsTitle(text, to) || titleBefore(text, from) || titlesLine(text, to, c.name);
    // A place or a body after "at", "in" or "of the" is no person, unless its place says so.
    const afterPlaceWord = /\b(?:at|in|of the|from the|joined)\s+$/.test(text.slice(Math.max(0, from - 12), from));
    if ((!namedByLexicon(c.name) || afterPlaceWord) && !cued()) continue;
    out.push({ from, to, name: c.name, kind: 'person' });
  }
  return cleanNames(out);
}

/** People without an honorific, through compromise's person tagger, widened to initials and suffixes. */
export function findPlainPeople(text: string): NameMention[] {
  const out: NameMention[] = [];
  const doc = nlp(text);
  // A genre surname followed by capitalised given names is a person, surname first ("Zou Tao", "Lau Chi Wai").
  doc.match('#LastName #ProperNoun{1,2}').not('#Actor').tag('Person', 'genre-surname');
  const people = doc.people().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
  for (const p of people) {
    let from = p.offset.start;
    let to = from + p.offset.length;
    // Only trailing punctuation comes off: "Adams" keeps its "s".
    let name = text.slice(from, to).replace(/[,;:’']+$|(?<!\b[A-Z])\.$/, '');
    to = from + name.length;
    // An initial before ("R. Andrew Dickson") or a suffix after ("III") that the tagger dropped.
    const before = /(?:^|\s)((?:[A-Z]\.\s)+)$/.exec(text.slice(Math.max(0, from - 12), from));
    if (before) {
      from -= before[1].length;
      name = text.slice(from, to);
    }
    const after = new RegExp(`^${SUFFIX}`).exec(text.slice(to));
    if (after) {
      to += after[0].length;
      name = text.slice(from, to);
    }
    const c = clean(name.trim());
    if (!c || c.lead) continue;
    const tokens = c.name.split(/\s+/);
    if (tokens.length < 2 || tokens.length > 5 || !new RegExp(`^${RUN}$`).test(c.name)) continue;
    if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, from - 10), from))) continue;
    out.push({ from, to: from + c.name.length, name: c.name, kind: 'person' });
  }
  return cleanNames(out);
}

/** Names in signature lines: "/s/ Yi Li", "Name: Yi Li", "By: /s/ R. Andrew Dickson III". */
export function findSignaturePeople(text: string): NameMention[] {
  const out: NameMention[] = [];
  const re = new RegExp(`(?:\\/[sS]\\/|Name:)[ \\t]*(${RUN})`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const tokens = m[1].split(/\s+/);
    let n = tokens.findIndex((t, i) => i > 0 && NOT_NAME_WORDS.has(t.replace(/,$/, '')));
    if (n < 0) n = tokens.length;
    // "/s/ Baobin He Baobin He": the name typed again after the signature.
    const again = tokens.findIndex((t, i) => i > 0 && t === tokens[0]);
    if (again > 0 && again < n) n = again;
    const name = tokens.slice(0, n).join(' ').replace(/,$/, '');
    if (name.split(/\s+/).length < 2) continue;
    const from = m.index + m[0].length - m[1].length;
    out.push({ from, to: from + name.length, name, kind: 'person' });
  }
  return cleanNames(out);
}

const surnamePattern = memo((surname) => new RegExp(`(?<![\\w.’'-])${escapeRe(surname)}(?![\\w’'-]|\\s[A-Z][a-z])`, 'g'), 5000);

/** Surnames alone ("Lacy said", "Hanson and McMillan") of people the document names in full. */
export function findSurnames(text: string, people: ReadonlyArray<{ name: string }>, taken: (from: number, to: number) => boolean): NameMention[] {
  const out: NameMention[] = [];
  const bySurname = new Map<string, string[]>();
  for (const p of people) {
    const t = p.name.replace(/,?\s(?:Jr|Sr|II|III|IV)\.?$/, '').split(/\s+/).filter((w) => !isInitial(w));
    if (t.length < 2) continue;
    // Western order ends with the surname; Chinese order (a genre surname first) starts with it.
    const surname = SURNAMES.has(t[0]) || SURNAMES_UPPER.has(t[0]) ? t[0] : t[t.length - 1];
    if (surname.length < 3 || NOT_NAME_WORDS.has(surname)) continue;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), p.name]);
  }
  for (const [surname, names] of bySurname) {
    // Most paragraphs name few of the document's people: look only where the word is.
    if (names.length !== 1 || !text.includes(surname)) continue;
    for (const m of text.matchAll(surnamePattern(surname))) {
      const from = m.index;
      const to = from + surname.length;
      if (taken(from, to)) continue;
      // The same word as (part of) a company name: "Nordstrom, Inc.", "the Nordstrom family".
      if (/^(?:,?\s+(?:Inc|LLC|Ltd|Limited|Corp|Co|Company|Group|Holdings)\b|['’]s?\s+(?:board|shares|stock))/.test(text.slice(to, to + 14))) continue;
      if (/\b(?:the|of|at|by)\s+$/.test(text.slice(Math.max(0, from - 5), from)) && !/said|says/.test(text.slice(to, to + 8))) continue;
      out.push({ from, to, name: names[0], kind: 'person' });
    }
  }
  return out;
}

// Finding names in plain text: organisations by legal form, institutions, people by
// honorific, signature lines and compromise's person tagger (extended for initials and
// suffixes, which it drops).
import nlp from 'compromise';
import { CHINESE_SURNAMES, FEMALE, GOVERNMENT_HEADS, HONORIFICS, INSTITUTION_HEADS, LEGAL_SUFFIXES, MALE } from './lexicon.ts';

export interface NameMention {
  from: number;
  to: number;
  name: string;
  kind: 'person' | 'organization';
  /** Honorific as written (Mr, Ms), for short forms. */
  honorific?: string;
  /** A short form ("Mr. Zou") to be resolved to a full name. */
  short?: boolean;
  label?: 'Company' | 'University' | 'GovernmentBody';
}

// A capitalised word of a name: Kingsoft, JPMorgan, McCormick, O'Neil, Xinghan, 3896 is not one.
const CAP = "(?:[A-Z][A-Za-z0-9'’\\-]*[A-Za-z0-9]|[A-Z])";
const CONNECT = '(?:of|and|&|the|for|de|la|du|van|von)';
const SUFFIX = `(?:,?\\s(?:${LEGAL_SUFFIXES.join('|')}))`;
const ORG_RE = new RegExp(`${CAP}(?:\\s(?:${CAP}|${CONNECT}(?=\\s${CAP})|\\(${CAP}(?:\\s${CAP})*\\)))*${SUFFIX}+(?![A-Za-z])`, 'g');
const INSTITUTION_RE = new RegExp(
  `(?:The\\s)?(?:${CAP}\\s){0,4}(?:${INSTITUTION_HEADS.join('|')})(?:\\sof(?:\\s(?:${CAP}|and|the))+)?|(?:The\\s)?(?:${INSTITUTION_HEADS.join('|')})\\sof(?:\\s(?:${CAP}|and|the))+`,
  'g',
);
const GOVERNMENT_RE = new RegExp(`(?:${CAP}\\s){0,3}(?:${GOVERNMENT_HEADS.join('|')})\\sof(?:\\s(?:the\\s)?${CAP})+`, 'g');

/** Capitalised sentence openers and generic words that are not part of a name. */
const LEADING_NOISE = /^(?:On|In|As|At|By|For|From|Following|Pursuant|Upon|Save|During|Prior|Since|After|Before|Further|Furthermore|Moreover|Also|Each|Both|Its|His|Her|Their|This|That|These|Those|Such|All|Any|Our|We|If|When|Whereas|Under|With|Between|Among|Mr|Ms|Mrs|Dr|The|A|An)\s+/;
const GENERIC = /^(?:Company|Group|Board|Directors?|Shareholders?|Vendor|Purchaser|Subscriber|Target Company|Target|Placing Agent|Underwriters?|Issuer|Offeror|Registrant|Exchange|Stock Exchange)$/;
const NOT_ORG_HEAD = /^(?:Hong Kong|United States|People’s Republic|People's Republic|PRC|Cayman Islands|Bermuda|British Virgin Islands|Securities and Futures|Listing Rules|Companies Ordinance)\b/;

function trimOrg(name: string): { name: string; cut: number } {
  let cut = 0;
  let s = name;
  for (;;) {
    const m = LEADING_NOISE.exec(s);
    if (!m || s.slice(m[0].length).length < 3) break;
    // Keep "The" where it belongs to the registered name, e.g. The Stock Exchange of Hong Kong Limited.
    if (/^The\s/.test(s) && /^The\s+(?:Stock Exchange|Hongkong and Shanghai|Bank of)/.test(s)) break;
    cut += m[0].length;
    s = s.slice(m[0].length);
  }
  // "Chief Financial Officer and Treasurer of AFC Gamma, Inc.": a title in front is not part of the name.
  const titled = /^.*\b(?:Officer|Directors?|Chairman|Chairwoman|President|Treasurer|Secretary|Counsel|Manager|Members?|Board|Committee|Shareholders?|Partner|Founder|Governor)\s+of\s+(?:the\s+)?(?=[A-Z])/.exec(s);
  if (titled && s.length - titled[0].length >= 3) {
    cut += titled[0].length;
    s = s.slice(titled[0].length);
  }
  // "Clinical Development of Halcyon Biologics Corp.": "of" joins a name only after the heads that take it
  // (Bank of China, University of Illinois, Commonwealth of Pennsylvania).
  const ofs = [...s.matchAll(/\s(?:of)\s/g)];
  for (let i = ofs.length - 1; i >= 0; i--) {
    const before = s.slice(0, ofs[i].index).split(/\s+/).pop() ?? '';
    if (/^(?:Bank|University|Institute|College|School|Academy|Commonwealth|Department|Ministry|Government|Republic|Chamber|Federation|Association|Society|Bureau|Office|State|Exchange|Board|Trust|Church|City|Port|Province|Museum|Council|Authority|Commission|Corporation)$/.test(before)) continue;
    const rest = s.slice(ofs[i].index! + ofs[i][0].length);
    if (rest.length >= 3 && /^[A-Z]/.test(rest)) {
      cut += ofs[i].index! + ofs[i][0].length;
      s = rest;
    }
    break;
  }
  // "Company and Kingsoft Corporation": a generic word joined to a name is two parties.
  const and = /^(.*?)\s(?:and|&)\s(.+)$/.exec(s);
  if (and && GENERIC.test(and[1].replace(/^the\s/i, ''))) {
    cut += and[1].length + (s.length - and[1].length - and[2].length);
    s = and[2];
  }
  return { name: s, cut };
}

export function findOrganizations(text: string): NameMention[] {
  const out: NameMention[] = [];
  const push = (from: number, raw: string, label: NameMention['label']) => {
    const { name, cut } = label === 'University' && /^The\s/.test(raw) ? { name: raw.replace(/[,\s]+$/, ''), cut: 0 } : trimOrg(raw.replace(/[,\s]+$/, ''));
    if (name.length < 3 || GENERIC.test(name)) return;
    // Legal forms alone ("Holdings Limited", "Company Limited") name nobody.
    if (/^(?:(?:Inc|Ltd|Limited|Corporation|Corp|Group|Holdings|Company|Co|International|Investment|Investments|&)\.?,?\s*)+$/.test(name)) return;
    if (label === 'Company' && NOT_ORG_HEAD.test(name) && !/(Limited|Ltd\.?|Corporation|Inc\.)$/.test(name)) return;
    const f = from + cut;
    const t = f + name.length;
    if (out.some((o) => f < o.to && t > o.from)) return;
    out.push({ from: f, to: t, name, kind: 'organization', label });
  };
  for (const [re, label] of [
    [ORG_RE, 'Company'],
    [INSTITUTION_RE, 'University'],
    [GOVERNMENT_RE, 'GovernmentBody'],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      let raw = m[0];
      // A trailing "of the" or "and" that the pattern swallowed.
      raw = raw.replace(/\s(?:of|and|the|&)$/g, '');
      push(m.index, raw, label);
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

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
    out.push({ from, to: from + name.length, name, kind: 'person', honorific: m[1], short: n === 1 });
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
    out.push({ from, to: from + name.length, name, kind: 'person' });
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
    out.push({ from, to: from + name.length, name, kind: 'person' });
  }
  return out;
}

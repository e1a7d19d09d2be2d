// position.signature: the signature blocks of filings, in their layouts —
//   "By: /s/ Name" then "Name: Name" and "Title: A and B" (labels);
//   "/s/ Name", the name again, then title lines, a title wrapped over two lines;
//   "Name Title" on one line with no label ("Jane Roe Chief Legal Officer and General Counsel");
//   one signer under several stacked company names (each company gets the position);
//   "By order of the Board", the company, the signer's name alone, then title lines (HKEX).
// A title wrapped after an open word ("... and Chief" / "Financial Officer") or before "and ..." is one title.
// The companies are the names written above the signer; the issuer where none is.
import type { Paragraph } from '../../model.ts';
import { findOrganizations } from '../mentions/organizations.ts';
import { findSignaturePeople } from '../mentions/people.ts';
import { spanOfPlain } from '../../read/plain.ts';
import { findDates } from '../../text/dates.ts';
import { fold } from '../../text/normalize.ts';
import { readTitleList } from '../titles.ts';
import { HONORIFIC_ALT } from '../lexicon/people.ts';
import type { NameMention } from '../mentions/types.ts';

export interface SignaturePosition {
  person: string;
  title: string;
  /** Companies named above the signer; empty means the issuer. */
  organizations: string[];
  evidence: Array<{ paragraph: string; start: number; end: number }>;
}

interface Line {
  p: Paragraph;
  from: number;
  text: string;
}

function linesOf(paragraphs: Paragraph[]): Line[] {
  const out: Line[] = [];
  for (const p of paragraphs) {
    let from = 0;
    for (const raw of p.plain.text.split('\n')) {
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim()) out.push({ p, from: from + lead, text: raw.trim() });
      from += raw.length + 1;
    }
  }
  return out;
}

/** A title line that goes on to the next: it ends on a word no title ends on, or the next begins with "and". */
const OPEN_TITLE_END = /\b(?:and|of|the|for|&|Chief|Vice|Deputy|Assistant|Acting|Interim|Senior)\s*$/i;
const BOARD_ROLE = /^(?:(?:vice |deputy )?(?:chairman|chairwoman|chairperson)|(?:(?:independent )?non-)?executive director|(?:independent |alternate )?director)$/;
const GOES_ON = /^(?:and|&)\s/i;
const BY_ORDER = /^(?:By\s+order\s+of\s+the\s+Board|For\s+and\s+on\s+behalf\s+of\s+the\s+Board)\b/i;
const NAME_ALONE = new RegExp(`^(?:(?:${HONORIFIC_ALT})\\.?\\s+)?([A-Z][A-Za-z'’.-]*(?:,?\\s+[A-Z][A-Za-z'’.-]*){1,4})$`);

/** "By order of the Board" / the company / the signer's name alone: the HKEX signature layout. */
function boardSigner(lines: Line[], i: number): NameMention | undefined {
  if (i < 2 || !BY_ORDER.test(lines[i - 2].text) || !companyLine(lines[i - 1].text)) return undefined;
  const text = lines[i].text;
  const m = NAME_ALONE.exec(text);
  if (!m || readTitleList(text, 0).titles.length || companyLine(text)) return undefined;
  const from = text.length - m[1].length;
  return { from, to: text.length, name: m[1].replace(/,/g, ''), kind: 'person' };
}

const STOP_LINE = /^(?:Date[d]?\b|Dated\b|\/[sS]\/|By\b|Exhibit\b|EXHIBIT\b|Pursuant\b|SIGNATURES?\b|Index\b|\d+$|<)/;

/** The titles of a line (labels, the signer's name repeated, rules and a date removed). */
function titleText(line: string, person: string): { text: string; at: number } | undefined {
  let at = 0;
  let s = line;
  const cut = (re: RegExp) => {
    const m = re.exec(s);
    if (m) {
      at += m[0].length;
      s = s.slice(m[0].length);
    }
  };
  cut(/^\s+/);
  cut(/^Title:\s*/);
  cut(/^Name:\s*/);
  if (fold(s).startsWith(fold(person)) || fold(s.slice(0, person.length + 2)).startsWith(fold(person))) {
    const words = person.split(/\s+/).length;
    const m = new RegExp(`^(?:\\S+\\s+){${words - 1}}\\S+?[*,]?(?:\\s+|$)`).exec(s);
    if (m) cut(new RegExp(`^${m[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
  cut(/^[*\s]+/);
  s = s.replace(/\s*\([^)]*\)?\s*$/, '');
  const date = findDates(s)[0];
  if (date) s = s.slice(0, date.from);
  s = s.replace(/[\s,;]+$/, '');
  return s ? { text: s, at } : undefined;
}

const LEGAL_END = /\b(?:INC|INCORPORATED|CORP|CORPORATION|COMPANY|CO|LTD|LIMITED|LLC|L\.L\.C|PLC|L\.P|LP|N\.V|S\.A|AG|SE|GROUP|HOLDINGS|TRUST|BANCORP)\.?$/i;

/** A line that is a company's name: one the organisation finder reads whole, or one in capitals ending in a legal form. */
function companyLine(text: string): string | undefined {
  const orgs = findOrganizations(text);
  if (orgs.length === 1 && orgs[0].from <= 4 && orgs[0].to >= text.length - 1) return orgs[0].name;
  if (/^[A-Z0-9][A-Z0-9&.,'’\- ]{2,80}$/.test(text) && LEGAL_END.test(text) && /[A-Z]{2}/.test(text)) return text.replace(/\s+/g, ' ').replace(/,$/, '');
  return undefined;
}

function companies(lines: Line[], from: number, floor: number): Line[] {
  const out: Line[] = [];
  for (let k = from; k >= Math.max(floor, from - 8); k--) {
    const l = lines[k];
    if (/\/[sS]\//.test(l.text) || /^(?:Title|Name):/.test(l.text)) break;
    const text = l.text.replace(/^Date:?\s+\S+\s+\d{1,2},?\s+\d{4}\s*/, '').replace(/\s*\((?:Registrant|Company|Issuer)\)\s*$/, '');
    if (/^\(?Registrant\)?$/.test(text) || /^-+$/.test(text) || findDates(text).length === 1 && findDates(text)[0].from === 0) continue;
    const name = companyLine(text);
    if (name) out.unshift({ ...l, text: name });
    else if (out.length || text.length > 60) break;
  }
  return out;
}

export function signaturePositions(paragraphs: Paragraph[]): SignaturePosition[] {
  const out: SignaturePosition[] = [];
  const lines = linesOf(paragraphs);
  let floor = 0;
  let lastOrgs: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const signer = /\/[sS]\/|^Name:/.test(line.text) ? findSignaturePeople(line.text)[0] : boardSigner(lines, i);
    if (!signer) continue;
    // "Name: X" under "/s/ X": the same signer, already read.
    if (/^Name:/.test(line.text) && out.some((o) => fold(o.person) === fold(signer.name)) && i - floor < 3) continue;
    let person = signer.name;
    // The title: the rest of this line after the name, then the lines below until a date or the next signer.
    const parts: Array<{ line: Line; at: number; text: string }> = [];
    const restOfLine = line.text.slice(signer.to);
    const own = titleText(restOfLine, person);
    if (own) parts.push({ line, at: signer.to + own.at, text: own.text });
    for (let k = i + 1; k < Math.min(lines.length, i + 5); k++) {
      const l = lines[k];
      if (STOP_LINE.test(l.text) || (/\/[sS]\//.test(l.text))) break;
      if (/^Name:/.test(l.text)) {
        // "Name: Thomas B. Heacock" writes the name in mixed case where "/s/" had capitals.
        const named = findSignaturePeople(l.text)[0];
        if (named && fold(named.name) === fold(person)) person = named.name;
        continue;
      }
      if (/^-+$/.test(l.text)) continue;
      if (fold(l.text) === fold(person)) {
        // The name typed again under the signature, in mixed case where "/s/" had capitals.
        if (/[a-z]/.test(l.text) && !/[a-z]/.test(person)) person = l.text;
        continue;
      }
      const t = titleText(l.text, person);
      if (!t) continue;
      const list = readTitleList(t.text, 0);
      const continues = parts.length && (/,\s*$/.test(lines[k - 1].text) || OPEN_TITLE_END.test(lines[k - 1].text) || GOES_ON.test(l.text));
      if (!list.titles.length && !continues) break;
      parts.push({ line: l, at: t.at, text: t.text });
      const next = lines[k + 1]?.text ?? '';
      if (!/,\s*$/.test(l.text) && !/^Title:/.test(l.text) && parts.length > 0 && !/,\s*$/.test(t.text) && !OPEN_TITLE_END.test(l.text) && !GOES_ON.test(next)) break;
    }
    if (!parts.length) continue;
    // Lines of one wrapped title join with a space; separate title lines with a comma.
    const joined = parts.map((x, n) => (n === 0 ? '' : OPEN_TITLE_END.test(parts[n - 1].text) || GOES_ON.test(x.text) ? ' ' : ', ') + x.text.replace(/,$/, '')).join('');
    const list = readTitleList(joined.replace(/\//g, ' / '), 0);
    // Under "By order of the Board" the board's own roles are the composition statement's (board_member facts).
    const fromBoard = !/\/[sS]\/|^Name:/.test(line.text);
    const titles = [...new Set(list.titles.filter((t) => !t.committee && !(fromBoard && BOARD_ROLE.test(t.title))).map((t) => t.title))];
    if (!titles.length) continue;
    let orgLines = companies(lines, i - 1 >= 0 && /^By\b|^\s*by\s*$/i.test(lines[i - 1]?.text ?? '') ? i - 2 : i - 1, floor);
    // "Date: ... COMPANY" and "COMPANY By: /s/ Name" on the signer's own line.
    const before = line.text.slice(0, line.text.indexOf(signer.name)).replace(/(?:By:?\s*)?\/[sS]\/\s*$/, '').replace(/^Date:?\s+\S+\s+\d{1,2},?\s+\d{4}\s*/, '').replace(/\s*\((?:Registrant)\)[\s\S]*$/, '');
    // Two signers under one company name: the second signs for it too.
    if (!orgLines.length && lastOrgs.length && floor > 0) orgLines = lastOrgs;
    lastOrgs = orgLines;
    const inline = companyLine(before.trim());
    const organizations = [...(inline ? [inline] : []), ...orgLines.map((l) => l.text)];
    const nameSpan = spanOfPlain(line.p.plain, line.from + signer.from, line.from + signer.to);
    const evidence = [{ paragraph: line.p.id, ...nameSpan }];
    for (const part of parts) {
      const s = part.line.from + part.at;
      const span = spanOfPlain(part.line.p.plain, s, s + part.text.length);
      if (!evidence.some((e) => e.start === span.start)) evidence.push({ paragraph: part.line.p.id, ...span });
    }
    for (const title of titles) out.push({ person, title, organizations, evidence });
    floor = i + 1;
  }
  return out;
}

// position.signature (one line) and position.table-row: a name and its titles with no label,
// the layout of signature pages flattened into a line and of officer tables —
//   "Jane Roe Jane Roe Senior Vice President and Chief Financial Officer."
//   "Jane Roe Name: Jane Roe Title: President and Chief Executive Officer Date: ..."
//   "Chief Financial Officer and Treasurer (Principal Financial Officer) Jane Roe."
//   a table cell "Jane Roe President and Chief Executive Officer", or cells [Jane Roe(2) | Treasurer].
import type { SentenceContext } from '../context.ts';
import type { Table } from '../../model.ts';
import { findOrganizations } from '../mentions/organizations.ts';
import { NOT_NAME_WORDS } from '../lexicon.ts';
import { fold } from '../../text/normalize.ts';
import { mayHoldTitle, readTitleList } from '../titles.ts';
import { issuerOf, type BioState } from './biography-clause.ts';

const NAME = /^(?:\/s\/\s*)?((?:[A-Z][a-zA-Z'’-]*\.?|[A-Z]\.)(?:\s(?:[A-Z][a-zA-Z'’-]*\.?|[A-Z]\.)){1,4}?(?:,?\s(?:Jr\.|Sr\.|II|III|IV))?)(?:\s*\(\d+\)|\*)?(?=\s)/;
/** The same, as the whole of a string. */
const NAME_WHOLE = new RegExp(NAME.source.replace('(?=\\s)', '$'));
const TAIL = /^\s*(?:\([^)]*\)?)?\s*(?:(?:Date[d]?:?|Age|Elected|Director since|\/s\/)\b[\s\S]*|[.,;]?\s*)$/;

export interface NameTitles {
  person: string;
  titles: string[];
  /** An organisation written inside the titles ("President, Nordstrom Inc. and Chief Brand Officer"). */
  organization?: string;
  nameFrom: number;
  nameTo: number;
}

/** A name that is a name: 2–5 capitalised tokens, none a title, place or generic word. */
function plausible(name: string): boolean {
  const tokens = name.replace(/,?\s(?:Jr\.|Sr\.|II|III|IV)$/, '').split(/\s+/);
  return tokens.length >= 2 && tokens.every((t) => !NOT_NAME_WORDS.has(t.replace(/[.,]$/, ''))) && tokens.some((t) => t.replace(/\./g, '').length > 1);
}

function titlesIn(text: string): { titles: string[]; organization?: string } | undefined {
  if (!mayHoldTitle(text)) return undefined;
  // An organisation named among the titles belongs to them; it is read out before the titles are.
  const org = findOrganizations(text)[0];
  const bare = org ? text.slice(0, org.from).replace(/,\s*$/, '') + text.slice(org.to) : text;
  const clean = bare.replace(/^\s*(?:Title:\s*)?/, '');
  const list = readTitleList(clean, 0);
  if (!list.titles.length || !TAIL.test(clean.slice(list.to))) return undefined;
  const titles = [...new Set(list.titles.filter((t) => !t.committee).map((t) => t.title))];
  return titles.length ? { titles, organization: org?.name } : undefined;
}

/** "Name Titles" (the name possibly typed twice or after "Name:"), or "Titles Name". */
export function nameThenTitles(text: string): NameTitles | undefined {
  // The name is the shortest run of capitalised tokens after which the rest reads as titles.
  const lead = /^(?:\/s\/\s*)?/.exec(text)![0].length;
  const tokens = [...text.slice(lead).matchAll(/\S+/g)].slice(0, 6);
  for (let k = 2; k <= Math.min(5, tokens.length - 1); k++) {
    const last = tokens[k - 1];
    const raw = text.slice(lead, lead + last.index! + last[0].length);
    const m = NAME_WHOLE.exec(raw);
    if (!m || !plausible(m[1])) continue;
    const person = m[1];
    let rest = lead + raw.length;
    // The name again, or "Name: Name".
    const again = new RegExp(`^\\s+(?:Name:\\s*)?${person.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').exec(text.slice(rest));
    if (again) rest += again[0].length;
    const t = titlesIn(text.slice(rest));
    if (t) return { person, ...t, nameFrom: lead, nameTo: lead + person.length };
  }
  // Titles first, the name closing the line: "Senior Vice President and Treasurer (Principal Financial Officer) Jane Roe."
  const list = readTitleList(text, 0);
  if (list.titles.length && /^[A-Z]/.test(text)) {
    const after = /^\s*(?:\([^)]*\))?\s*((?:[A-Z][a-zA-Z'’-]*\.?|[A-Z]\.)(?:\s(?:[A-Z][a-zA-Z'’-]*\.?|[A-Z]\.)){1,4})\.?\s*$/.exec(text.slice(list.to));
    if (after && plausible(after[1])) {
      const from = list.to + after[0].indexOf(after[1]);
      const titles = [...new Set(list.titles.filter((x) => !x.committee).map((x) => x.title))];
      return { person: after[1].replace(/\.$/, ''), titles, nameFrom: from, nameTo: from + after[1].length };
    }
  }
  return undefined;
}

/** A sentence that is only a name and its titles (a signature line). */
export function signatureLineRule(ctx: SentenceContext, state: BioState): void {
  if (ctx.text.length > 240) return;
  // Lines of a signature block under "/s/" are read with the block (and its companies).
  const i = ctx.doc.paragraphs.indexOf(ctx.paragraph);
  if (ctx.doc.paragraphs.slice(Math.max(0, i - 2), i).some((p) => /\/s\//.test(p.plain.text)) || /^(?:By:?\s*)?\/s\//.test(ctx.text)) return;
  const nt = nameThenTitles(ctx.text);
  if (!nt) return;
  // The name must be one the mention finders know, as written here ("Name: X" or a person ref).
  const ref = ctx.refs.find((r) => r.kind === 'person' && r.from <= nt.nameFrom + 1 && r.to >= nt.nameTo - 1);
  const person = ref?.name ?? (/\b(?:Name:|\/s\/)/.test(ctx.text) ? nt.person : undefined);
  if (!person) return;
  const organization = nt.organization ?? issuerOf(ctx);
  for (const title of nt.titles) ctx.emit('position.signature', 'position', { person, organization, title }, 0.75);
  state.lastPerson = person;
}

export interface TablePosition {
  person: string;
  title: string;
  organization?: string;
  /** Offsets of the cells stating it, in the document text. */
  spans: Array<{ start: number; end: number }>;
}

/** Officer tables: a cell "Name Titles", or a name cell followed by a titles cell. */
export function tablePositions(table: Table): TablePosition[] {
  if (table.definitions) return [];
  const out: TablePosition[] = [];
  for (const row of table.rows) {
    const [first, second] = row.cells;
    if (!first) continue;
    const nt = nameThenTitles(first.text.trim());
    if (nt) {
      for (const title of nt.titles) out.push({ person: nt.person, title, organization: nt.organization, spans: [{ start: first.start, end: first.end }] });
      continue;
    }
    if (!second) continue;
    const name = NAME_WHOLE.exec(first.text.trim());
    if (!name || !plausible(name[1])) continue;
    const t = titlesIn(second.text.trim());
    if (!t) continue;
    for (const title of t.titles) out.push({ person: name[1], title, organization: t.organization, spans: [{ start: first.start, end: first.end }, { start: second.start, end: second.end }] });
  }
  // A table whose first column holds names and amounts, not officers, gives nothing: at least two rows must read.
  return new Set(out.map((o) => fold(o.person))).size >= 2 ? out : [];
}

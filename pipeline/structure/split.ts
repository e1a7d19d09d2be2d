// Blocks to announcements, sections, paragraphs and tables. One file can hold several
// announcements: a 6-K cover followed by exhibits, or HKEX announcements one after
// another, each opened by the exchange's disclaimer and an issuer block.
import type { Announcement, Block, Paragraph, Section, SourceDocument, StockCode, Table, TableRow } from '../model.ts';
import { parseDate } from '../text/dates.ts';
import { slicePlain } from '../read/plain.ts';
import { legalFormsSource } from '../extract/lexicon/organizations.ts';

const DISCLAIMER = /take no responsibility for the contents of this (announcement|document|circular)/i;
const STOCK_CODE_LINE = /\((?:[A-Za-z ]*?)?(?:Stock Code|Stock code|Ticker|Stock Ticker)s?\s*[:：]\s*([^)]+)\)/g;
const INCORPORATED = /^\(?\s*(Incorporated|A joint stock company|Continued in|Registered)\b[^)]*\)?$/i;
const EXACT_NAME = /\(\s*Exact name of (?:the )?registrant/i;
const FORM_LINE = /^\s*FORM\s+(6-K|8-K|10-K|10-Q|20-F|424B\d|S-1|F-1|DEF 14A)\b/i;
const PLACE_DATE = /^(Hong Kong|Beijing|Shanghai|Shenzhen|Guangzhou|Singapore|Macau|Macao|Taipei|London|New York|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?:,|\s)\s*(?:the\s+)?[0-9A-Z][^\n]{4,30}$/;

function plainOf(b: Block): string {
  return b.plain?.text ?? '';
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Capital letters make up most of the letters: a title line. */
export function isCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length > 0.85;
}

function isHeadingLike(b: Block, next: Block | undefined): boolean {
  if (b.kind === 'heading') return true;
  if (b.kind !== 'paragraph') return false;
  const t = plainOf(b).trim();
  if (!t || t.length > 160 || t.includes('\n') && !b.emphasized) return false;
  if (/[.;:,]$/.test(t) || /^\(/.test(t)) return false;
  if (PLACE_DATE.test(t) || /^By Order of the Board/i.test(t)) return false;
  if (b.emphasized) return true;
  if (isCapitals(t) && t.length >= 4) return true;
  const words = t.split(/\s+/);
  if (words.length > 14 || !/^[A-Z(0-9]/.test(t)) return false;
  if (/\d{4}$/.test(t) && !/^\d/.test(t)) return false;
  return next !== undefined && next.kind === 'paragraph' && plainOf(next).length > t.length * 2 && /[.:]$/.test(plainOf(next).trim());
}

function stockCodes(b: Block): StockCode[] {
  const out: StockCode[] = [];
  const text = plainOf(b);
  STOCK_CODE_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STOCK_CODE_LINE.exec(text))) {
    const label = m[0];
    const exchange = /nasdaq/i.test(label) ? 'Nasdaq' : /nyse|new york/i.test(label) ? 'New York Stock Exchange' : 'Hong Kong Stock Exchange';
    for (const code of m[1].split(/\s*(?:,|and|&)\s*/)) {
      const c = code.trim();
      if (!/^[A-Z0-9.]{1,8}$/.test(c)) continue;
      const at = m.index + label.indexOf(c, label.indexOf(m[1]));
      const p = b.plain!;
      out.push({ exchange, code: c, span: { start: p.map[at], end: p.map[at + c.length - 1] + 1 } });
    }
  }
  return out;
}

interface AnnouncementStart {
  index: number;
  kind: Announcement['kind'];
}

/** Indices of blocks that open an announcement. */
function announcementStarts(blocks: Block[]): AnnouncementStart[] {
  const starts: AnnouncementStart[] = [];
  const isIssuerBlock = (i: number) => {
    const b = blocks[i];
    if (!b || b.kind === 'row') return false;
    return isStockCodeHeader(plainOf(b));
  };
  for (let i = 0; i < blocks.length; i++) {
    const t = plainOf(blocks[i]);
    if (DISCLAIMER.test(t)) {
      let j = i + 1;
      while (j < blocks.length && j <= i + 6 && !isIssuerBlock(j)) j++;
      if (isIssuerBlock(j)) {
        starts.push({ index: i, kind: 'announcement' });
        while (isIssuerBlock(j + 1)) j++;
        i = j;
      }
      continue;
    }
    if (isIssuerBlock(i)) {
      // An issuer block with no disclaimer before it: the announcement opens at the name line(s) above.
      let s = i;
      while (s > 0 && i - s < 3 && blocks[s - 1].kind !== 'row' && plainOf(blocks[s - 1]).length < 120 && !/[.:]$/.test(plainOf(blocks[s - 1]).trim())) s--;
      const prev = starts[starts.length - 1];
      if (!prev || prev.index < s) starts.push({ index: s, kind: 'announcement' });
      while (isIssuerBlock(i + 1)) i++;
    }
  }
  if (starts.length === 0 || starts[0].index > 0) {
    const head = blocks.slice(0, starts[0]?.index ?? blocks.length).map(plainOf).join('\n');
    const kind: Announcement['kind'] = /FORM\s+6-K/i.test(head) && starts.length > 0 ? 'cover' : 'filing';
    starts.unshift({ index: 0, kind });
  }
  return starts;
}

function describeAnnouncement(blocks: Block[], kind: Announcement['kind']): Pick<Announcement, 'title' | 'issuer' | 'date' | 'stockCodes'> {
  let issuer: string | null = null;
  let title: string | null = null;
  let date: string | null = null;
  const codes: StockCode[] = [];
  let issuerIndex = -1;
  const FORMS = legalFormsSource();
  const SUFFIXED = new RegExp(`([A-Z0-9][A-Za-z0-9&.,' -]*?(?<![A-Za-z])(?:${FORMS})(?:,?\\s(?:${FORMS}))*)(?![A-Za-z])`);
  for (let i = 0; i < blocks.length && i < 40; i++) {
    const b = blocks[i];
    const t = plainOf(b);
    if (!issuer && b.kind === 'row' && i > 0 && /Exact Name of Registrant/i.test(plainOf(blocks[i - 1]))) {
      const m = SUFFIXED.exec(t.replace(/^[\d\s-]+/, ''));
      if (m) issuer = m[1];
    }
    if (b.kind === 'row') continue;
    if (issuerIndex < 0 && isStockCodeHeader(t)) {
      issuerIndex = i;
      codes.push(...stockCodes(b));
      // The issuer's name is the first line of the block, or the nearest name line above it.
      const candidates = [...lines(t), ...[i - 1, i - 2, i - 3].flatMap((k) => (k >= 0 ? lines(plainOf(blocks[k])).reverse() : []))];
      issuer = candidates.find((l) => !l.startsWith('(') && l.length < 120 && !DISCLAIMER.test(l) && /[A-Za-z]/.test(l) && !INCORPORATED.test(l)) ?? null;
      // Further stock-code blocks right after (separate lines in PDFs and HTML).
      for (let k = i + 1; k < blocks.length && k < i + 4; k++) {
        if (isStockCodeHeader(plainOf(blocks[k]))) {
          codes.push(...stockCodes(blocks[k]));
          issuerIndex = k;
        }
      }
    }
    if (!issuer) {
      const ls = lines(t);
      const exact = ls.findIndex((l) => EXACT_NAME.test(l));
      const sameLine = ls.map((l) => /^(.*?)\(\s*Exact name of (?:the )?registrant/i.exec(l)).find((m) => m && m[1].trim());
      if (exact > 0) issuer = ls[exact - 1];
      else if (sameLine) {
        const before = sameLine[1].replace(/\((?:Formerly|formerly)[^)]*\)/g, ' ');
        const all = [...before.matchAll(new RegExp(SUFFIXED.source, 'g'))];
        const best = all.pop();
        if (best) issuer = best[1].replace(/^.*?\b(\d{4})\s+/, '');
      }
      else if (exact === 0 && i > 0) issuer = lines(plainOf(blocks[i - 1])).pop() ?? null;
    }
    if (!title && kind !== 'announcement' && FORM_LINE.test(t)) title = t.trim();
  }
  if (kind === 'announcement' && issuerIndex >= 0) {
    // The title is the first block in capitals after the issuer block; "AND" joins a second one.
    const parts: string[] = [];
    for (let k = issuerIndex + 1; k < blocks.length; k++) {
      const t = plainOf(blocks[k]).trim().replace(/\s*\n\s*/g, ' ');
      if (blocks[k].kind === 'row' || !t) break;
      if (parts.length === 0) {
        if (INCORPORATED.test(t) || (/^\(/.test(t) && !isCapitals(t))) continue;
        if (isCapitals(t) || blocks[k].emphasized) parts.push(t);
        else break;
      } else if (/^(AND|AND\/OR|&)$/i.test(t) && k + 1 < blocks.length && isCapitals(plainOf(blocks[k + 1]))) {
        parts.push(t, plainOf(blocks[k + 1]).trim().replace(/\s*\n\s*/g, ' '));
        k++;
      } else break;
    }
    title = parts.length ? parts.join(' ') : null;
  }
  for (let i = 0; i < blocks.length; i++) {
    const t = plainOf(blocks[i]).trim();
    if (/^By Order of the Board/i.test(t)) {
      for (let k = i; k < Math.min(blocks.length, i + 4); k++) {
        for (const l of lines(plainOf(blocks[k]))) {
          if (!date && PLACE_DATE.test(l)) date = parseDate(l);
        }
      }
    }
    if (!date) {
      const m = /^Date(?: of Report)?(?:\s*\([^)]*\))?\s*[:：]?\s*(.+)$/im.exec(t);
      if (m) date = parseDate(m[1]);
      else if (/Date of Report/i.test(t) && t.length < 200) date = parseDate(t);
    }
  }
  if (!date) {
    // A place-and-date line near the end: "Hong Kong, 15 May 2026".
    for (const b of blocks.slice(-8).reverse()) {
      const l = lines(plainOf(b)).find((x) => PLACE_DATE.test(x) && x.length < 60);
      if (l && (date = parseDate(l))) break;
    }
  }
  return { issuer: issuer ? issuer.replace(/\s+/g, ' ').trim() : null, title, date, stockCodes: codes };
}

export interface Structure {
  announcements: Announcement[];
  sections: Section[];
  paragraphs: Paragraph[];
  tables: Table[];
}

/** Build the structure over a document's blocks. Ids are derived from the document's hash and ordinals. */
export function structure(doc: Pick<SourceDocument, 'sha256' | 'blocks' | 'text'>): Structure {
  const { blocks } = doc;
  const key = doc.sha256.slice(0, 16);
  const announcements: Announcement[] = [];
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const starts = announcementStarts(blocks);
  for (let a = 0; a < starts.length; a++) {
    const from = starts[a].index;
    const to = a + 1 < starts.length ? starts[a + 1].index : blocks.length;
    const own = blocks.slice(from, to);
    if (own.length === 0) continue;
    const id = `${key}:a${announcements.length}`;
    const described = describeAnnouncement(own, starts[a].kind);
    const ann: Announcement = {
      id,
      ordinal: announcements.length,
      kind: starts[a].kind,
      start: own[0].start,
      end: own[own.length - 1].end,
      ...described,
    };
    announcements.push(ann);
    let section: Section = { id: `${key}:s${sections.length}`, ordinal: sections.length, heading: null, announcementId: id, start: ann.start, end: ann.start };
    sections.push(section);
    let table: Table | null = null;
    for (let i = 0; i < own.length; i++) {
      const b = own[i];
      if (b.kind === 'row') {
        if (!table || table.rows.length === 0 || b.tableId !== undefined && b.tableId !== tableIdOf(own, i - 1)) {
          table = { id: `${key}:t${tables.length}`, ordinal: tables.length, rows: [], sectionId: section.id, announcementId: id, start: b.start, end: b.end, definitions: false, origin: b.origin };
          tables.push(table);
        }
        const row: TableRow = { ordinal: table.rows.length, start: b.start, end: b.end, cells: b.cells ?? [] };
        table.rows.push(row);
        table.end = b.end;
        section.end = b.end;
        continue;
      }
      table = null;
      const heading = isHeadingLike(b, own[i + 1]) && !(i < 8 && a > 0 && !section.heading && DISCLAIMER.test(plainOf(b)));
      if (heading && !isIssuerHeader(b)) {
        section = { id: `${key}:s${sections.length}`, ordinal: sections.length, heading: plainOf(b).replace(/\s*\n\s*/g, ' ').trim(), announcementId: id, start: b.start, end: b.end };
        sections.push(section);
      }
      const plain = b.plain ?? slicePlain({ text: '', map: [b.start] }, b.start, b.end);
      paragraphs.push({
        id: `${key}:p${paragraphs.length}`,
        ordinal: paragraphs.length,
        start: b.start,
        end: b.end,
        text: doc.text.slice(b.start, b.end),
        kind: heading ? 'heading' : 'paragraph',
        plain,
        sectionId: section.id,
        announcementId: id,
        origin: b.origin,
        boilerplate: DISCLAIMER.test(plain.text) || undefined,
      });
      section.end = b.end;
    }
  }
  for (const t of tables) t.definitions = isDefinitionsTable(t, sections, doc.text);
  return { announcements, sections, paragraphs, tables };
}

function tableIdOf(blocks: Block[], i: number): number | undefined {
  return i >= 0 ? blocks[i].tableId : undefined;
}

/** A header line "(Stock Code: 3896)": short, the code in parentheses at a line start, not a mention in prose. */
function isStockCodeHeader(text: string): boolean {
  if (text.length > 400) return false;
  return /(?:^|\n)\s*\((?:[A-Za-z ]*?)?(?:Stock Code|Stock code|Ticker|Stock Ticker)s?\s*[:：]/.test(text);
}

function isIssuerHeader(b: Block): boolean {
  return isStockCodeHeader(plainOf(b)) || INCORPORATED.test(plainOf(b).trim());
}

function isDefinitionsTable(t: Table, sections: Section[], text: string): boolean {
  const section = sections.find((s) => s.id === t.sectionId);
  const quoted = t.rows.filter((r) => /^[“"‘']/.test(text.slice(r.cells[0]?.start ?? r.start, (r.cells[0]?.end ?? r.start) + 1))).length;
  return (section?.heading ? /^DEFINITIONS?$/i.test(section.heading.trim()) : false) || (t.rows.length > 0 && quoted / t.rows.length >= 0.6);
}

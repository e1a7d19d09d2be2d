// Blocks to announcements, sections, paragraphs and tables. One file can hold several
// announcements: a 6-K cover followed by exhibits, or HKEX announcements one after
// another, each opened by the exchange's disclaimer and an issuer block.
import type { Announcement, Block, Paragraph, Section, SourceDocument, Table, TableRow } from '../model.ts';
import { slicePlain } from '../read/plain.ts';
import { BY_ORDER, DISCLAIMER, INCORPORATED, PLACE_DATE, isCapitals } from './labels.ts';
import { isStockCodeHeader } from './stock-codes.ts';
import { describeAnnouncement } from './describe.ts';
import { parseDate } from '../text/dates.ts';

export { isCapitals } from './labels.ts';

function plainOf(b: Block): string {
  return b.plain?.text ?? '';
}

function isHeadingLike(b: Block, next: Block | undefined): boolean {
  if (b.kind === 'heading') return true;
  if (b.kind !== 'paragraph') return false;
  const t = plainOf(b).trim();
  if (!t || t.length > 160 || (t.includes('\n') && !b.emphasized)) return false;
  if (/[.;:,]$/.test(t) || /^\(/.test(t)) return false;
  if ((PLACE_DATE.test(t) && parseDate(t)) || BY_ORDER.test(t)) return false;
  if (b.emphasized) return true;
  if (isCapitals(t) && t.length >= 4) return true;
  const words = t.split(/\s+/);
  if (words.length > 14 || !/^[A-Z(0-9]/.test(t)) return false;
  if (/\d{4}$/.test(t) && !/^\d/.test(t)) return false;
  return next !== undefined && next.kind === 'paragraph' && plainOf(next).length > t.length * 2 && /[.:]$/.test(plainOf(next).trim());
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

function isIssuerHeader(b: Block): boolean {
  return isStockCodeHeader(plainOf(b)) || INCORPORATED.test(plainOf(b).trim());
}

function isDefinitionsTable(t: Table, sections: Section[], text: string): boolean {
  const section = sections.find((s) => s.id === t.sectionId);
  const quoted = t.rows.filter((r) => /^[“"‘']/.test(text.slice(r.cells[0]?.start ?? r.start, (r.cells[0]?.end ?? r.start) + 1))).length;
  return (section?.heading ? /^DEFINITIONS?$/i.test(section.heading.trim()) : false) || (t.rows.length > 0 && quoted / t.rows.length >= 0.6);
}

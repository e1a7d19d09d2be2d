// Lexical writes: the file, its announcements, sections, paragraphs and tables with their
// rows, each with its exact offsets, in reading order (NEXT).
import type { ManagedTransaction } from 'neo4j-driver';
import type { LoadableDocument } from '../pipeline/process/processed.ts';
import { link, mergeChild, unwind, write, type WriteCounts } from './load-rows.ts';

type ChildRow = { parent: string; id: string; props: Record<string, unknown> };

const announcements = (doc: LoadableDocument): ChildRow[] =>
  doc.announcements.map((a) => ({
    parent: doc.sha256,
    id: a.id,
    props: { ordinal: a.ordinal, kind: a.kind, title: a.title, issuer: a.issuer, date: a.date, stockCodes: a.stockCodes.map((c) => `${c.exchange}:${c.code}`), start: a.start, end: a.end, documentId: doc.sha256 },
  }));

const sections = (doc: LoadableDocument): ChildRow[] =>
  doc.sections.map((s) => ({ parent: s.announcementId, id: s.id, props: { ordinal: s.ordinal, heading: s.heading, start: s.start, end: s.end, documentId: doc.sha256 } }));

const paragraphs = (doc: LoadableDocument): ChildRow[] =>
  doc.paragraphs.map((p) => ({
    parent: p.sectionId,
    id: p.id,
    props: {
      ordinal: p.ordinal, text: p.text, start: p.start, end: p.end, kind: p.kind, boilerplate: p.boilerplate ?? false, documentId: doc.sha256, announcementId: p.announcementId,
      page: p.origin?.page ?? null, htmlPath: p.origin?.path ?? null, sourceStart: p.origin?.sourceStart ?? null, sourceEnd: p.origin?.sourceEnd ?? null,
    },
  }));

const tables = (doc: LoadableDocument): ChildRow[] =>
  doc.tables.map((t) => ({ parent: t.sectionId, id: t.id, props: { ordinal: t.ordinal, start: t.start, end: t.end, definitions: t.definitions, documentId: doc.sha256, page: t.origin?.page ?? null, htmlPath: t.origin?.path ?? null } }));

const rows = (doc: LoadableDocument): ChildRow[] =>
  doc.tables.flatMap((t) =>
    t.rows.map((r) => ({ parent: t.id, id: `${t.id}:r${r.ordinal}`, props: { ordinal: r.ordinal, start: r.start, end: r.end, cells: r.cells.map((c) => c.text), cellStarts: r.cells.map((c) => c.start), cellEnds: r.cells.map((c) => c.end) } })),
  );

/** Each part under its parent, parents first. */
const PARTS: Array<[parent: string, label: string, rel: string, rows: (doc: LoadableDocument) => ChildRow[]]> = [
  ['Document', 'Announcement', 'HAS_ANNOUNCEMENT', announcements],
  ['Announcement', 'Section', 'HAS_SECTION', sections],
  ['Section', 'Paragraph', 'HAS_PARAGRAPH', paragraphs],
  ['Section', 'Table', 'HAS_TABLE', tables],
  ['Table', 'Row', 'HAS_ROW', rows],
];

/** Consecutive pairs, for NEXT. */
const next = (xs: Array<{ id: string }>) => xs.slice(1).map((x, i) => ({ a: xs[i].id, b: x.id }));

export async function writeLexical(tx: ManagedTransaction, docs: Array<{ doc: LoadableDocument; facts: number }>, version: string, writes: WriteCounts): Promise<void> {
  await unwind(
    tx,
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d += row.props, d.paths = [row.props.path], d.sha256 = row.id, d.extractorVersion = $version, d.loadedAt = datetime(), d.status = 'complete'`,
    docs.map(({ doc, facts }) => ({ id: doc.sha256, props: { path: doc.path, name: doc.name, format: doc.format, bytes: doc.bytes, textLength: doc.text.length, factCount: facts } })),
    writes,
    { version },
  );
  const ds = docs.map((d) => d.doc);
  for (const [parent, label, rel, of] of PARTS) await unwind(tx, mergeChild(parent, label, rel), ds.flatMap(of), writes);
  await unwind(tx, link('Paragraph', 'NEXT'), ds.flatMap((doc) => next(doc.paragraphs)), writes);
  await unwind(tx, link('Announcement', 'NEXT'), ds.flatMap((doc) => next(doc.announcements)), writes);
}

/** The same content at another path too: every path it was seen at. */
export async function rememberPaths(tx: ManagedTransaction, docs: Array<{ id: string; path: string }>, writes: WriteCounts): Promise<void> {
  await write(
    tx,
    `UNWIND $docs AS want MATCH (d:Document {id: want.id})
     SET d.paths = CASE WHEN want.path IN coalesce(d.paths, []) THEN d.paths ELSE coalesce(d.paths, []) + want.path END`,
    { docs },
    writes,
  );
}

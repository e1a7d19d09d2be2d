// Loading documents into Neo4j: the lexical graph (document, announcements, sections,
// paragraphs, tables), entities with their mentions, facts with their evidence. One
// managed write transaction per batch of documents, so a crash or a lost server leaves
// each document whole or absent; deterministic ids and MERGE make a rerun change nothing.
// Rows of every document in the batch go through one UNWIND per query.
// Every value travels as a parameter; labels and relationship types come from fixed lists.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Announcement, Paragraph, Section, SourceDocument, Table } from '../pipeline/model.ts';
import { ORG_LABELS, type Extraction, type OrgLabel } from '../pipeline/extract/types.ts';
import { ENTITY_ARGS, argNames, isMoney, type Fact, type FactType } from '../pipeline/facts/types.ts';
import { entityKey } from '../pipeline/text/normalize.ts';
import { ensureSchema } from './schema.ts';
import { deriveTenures } from './tenure.ts';

export const BATCH = 1000;

/** Label per fact type (fixed list). */
export const FACT_LABELS: Record<FactType, string> = {
  appointment: 'Appointment',
  resignation: 'Resignation',
  board_member: 'BoardMembership',
  committee_member: 'CommitteeMembership',
  position: 'Position',
  education: 'Education',
  person_attribute: 'PersonAttribute',
  equity_transfer: 'EquityTransfer',
  share_issue: 'ShareIssue',
  acquisition: 'Acquisition',
  subsidiary: 'Subsidiary',
  listing: 'Listing',
  auditor: 'AuditorEngagement',
};

/** Relationship type from a fact to an entity, per argument name (fixed list). */
export const ARG_RELS: Record<string, string> = {
  person: 'PERSON',
  organization: 'ORGANIZATION',
  institution: 'INSTITUTION',
  transferor: 'TRANSFEROR',
  transferee: 'TRANSFEREE',
  target: 'TARGET',
  issuer: 'ISSUER',
  subscriber: 'SUBSCRIBER',
  placingAgent: 'PLACING_AGENT',
  acquirer: 'ACQUIRER',
  seller: 'SELLER',
  parent: 'PARENT',
  child: 'CHILD',
  auditor: 'AUDITOR',
  exchange: 'EXCHANGE',
};

const EVENT_TYPES = new Set<FactType>(['appointment', 'resignation', 'equity_transfer', 'share_issue', 'acquisition']);

// Labels and relationship types travel as parameters too (Cypher's $(...) form), and only
// ever take values from the fixed lists above; this guard keeps it so.
const ALLOWED = new Set<string>([...Object.values(FACT_LABELS), ...Object.values(ARG_RELS), 'Person', 'Organization', ...ORG_LABELS]);
function fixed(name: string): string {
  if (!ALLOWED.has(name)) throw new Error(`not a label or type of the schema: ${name}`);
  return name;
}

// One MERGE per argument relationship type, built once from the fixed list above.
const ARG_QUERY: Record<string, string> = Object.fromEntries(
  Object.values(ARG_RELS).map((r) => [r, 'UNWIND $rows AS row MATCH (f:Fact {id: row.fact}) MATCH (e:Entity {key: row.entity}) MERGE (f)-[:' + fixed(r) + ']->(e)']),
);

export interface LoadResult {
  status: 'loaded' | 'unchanged' | 'replaced';
  documentId: string;
  facts: number;
  entities: number;
  paragraphs: number;
  writes: number;
}

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Flatten a fact's scalar arguments into node properties (money as amount + currency). */
export function factProperties(f: Fact): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  for (const k of argNames(f)) {
    const v = f[k];
    if (v === undefined) continue;
    if (isMoney(v)) {
      props[k + 'Amount'] = v.amount;
      props[k + 'Currency'] = v.currency;
    } else if (typeof v === 'string' || typeof v === 'number') props[k] = v;
  }
  return props;
}

export function factId(documentId: string, f: Fact): string {
  const args = argNames(f)
    .sort()
    .map((k) => `${k}=${JSON.stringify(f[k])}`)
    .join('|');
  return `${documentId.slice(0, 16)}:${f.type}:${hash(args)}`;
}

function hash(s: string): string {
  // FNV-1a, 64-bit in two halves: short, stable ids.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Remove a document's whole subgraph, then those of its entities nothing refers to any more. */
async function removeDocument(tx: ManagedTransaction, ids: string[]): Promise<void> {
  const touched = await tx.run(
    `UNWIND $ids AS id
     MATCH (p:Paragraph {documentId: id})<-[:MENTIONED_IN]-(e:Entity)
     RETURN collect(DISTINCT e.key) AS keys`,
    { ids },
  );
  const keys = (touched.records[0]?.get('keys') as string[] | undefined) ?? [];
  const committees = await tx.run(
    `UNWIND $ids AS id MATCH (f:Fact {documentId: id})-[:COMMITTEE]->(c:Committee) RETURN collect(DISTINCT c.key) AS keys`,
    { ids },
  );
  const committeeKeys = (committees.records[0]?.get('keys') as string[] | undefined) ?? [];
  const factEntities = await tx.run(
    `UNWIND $ids AS id MATCH (f:Fact {documentId: id})-->(e:Entity) RETURN collect(DISTINCT e.key) AS keys`,
    { ids },
  );
  keys.push(...((factEntities.records[0]?.get('keys') as string[] | undefined) ?? []));
  await tx.run(
    `UNWIND $ids AS id
     MATCH (f:Fact {documentId: id}) DETACH DELETE f`,
    { ids },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})
     OPTIONAL MATCH (d)-[:HAS_ANNOUNCEMENT]->(a)
     OPTIONAL MATCH (a)-[:HAS_SECTION]->(s)
     OPTIONAL MATCH (s)-[:HAS_PARAGRAPH|HAS_TABLE]->(p)
     OPTIONAL MATCH (p)-[:HAS_ROW]->(r)
     WITH d, collect(DISTINCT a) + collect(DISTINCT s) + collect(DISTINCT p) + collect(DISTINCT r) AS parts
     FOREACH (x IN parts | DETACH DELETE x)
     DETACH DELETE d`,
    { ids },
  );
  await tx.run(
    `UNWIND $keys AS k MATCH (e:Entity {key: k})
     WHERE NOT (e)-[:MENTIONED_IN]->() AND NOT (:Fact)-->(e)
     DETACH DELETE e`,
    { keys: [...new Set(keys)] },
  );
  await tx.run(`UNWIND $keys AS k MATCH (c:Committee {key: k}) WHERE NOT (c)<--(:Fact) DETACH DELETE c`, { keys: committeeKeys });
}

export interface LoadOptions {
  extractorVersion: string;
  database?: string;
  /** Reload even when the document and extractor version are unchanged. */
  force?: boolean;
}

/** What the loader needs of a document: no blocks, no plain-text maps (cheap to pass between threads). */
export type LoadableDocument = Pick<SourceDocument, 'path' | 'name' | 'sha256' | 'bytes' | 'format' | 'text'> & {
  announcements: Announcement[];
  sections: Section[];
  paragraphs: Array<Omit<Paragraph, 'plain'>>;
  tables: Table[];
};

export interface LoadItem {
  doc: LoadableDocument;
  extraction: Extraction;
}

export function loadable(doc: SourceDocument): LoadableDocument {
  return {
    path: doc.path,
    name: doc.name,
    sha256: doc.sha256,
    bytes: doc.bytes,
    format: doc.format,
    text: doc.text,
    announcements: doc.announcements,
    sections: doc.sections,
    paragraphs: doc.paragraphs.map(({ plain: _plain, ...p }) => p),
    tables: doc.tables,
  };
}

export async function loadDocument(driver: Driver, doc: SourceDocument | LoadableDocument, extraction: Extraction, options: LoadOptions): Promise<LoadResult> {
  return (await loadDocuments(driver, [{ doc: 'blocks' in doc ? loadable(doc) : doc, extraction }], options))[0];
}

/** Load a batch of documents in one transaction. Results are in the order of the items. */
export async function loadDocuments(driver: Driver, items: LoadItem[], options: LoadOptions): Promise<LoadResult[]> {
  await ensureSchema(driver, options.database);
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    const out = await session.executeWrite(async (tx) => {
      const counter = { writes: 0 };
      const existing = await tx.run(
        `UNWIND $docs AS want
         MATCH (d:Document) WHERE d.id = want.id OR d.path = want.path
         RETURN want.id AS want, d.id AS id, d.extractorVersion AS version, d.path AS path`,
        { docs: items.map((i) => ({ id: i.doc.sha256, path: i.doc.path })) },
      );
      const status = new Map<string, LoadResult['status']>();
      const stale = new Set<string>();
      const unchanged: LoadItem[] = [];
      const work: LoadItem[] = [];
      for (const item of items) {
        const id = item.doc.sha256;
        const rows = existing.records.filter((r) => r.get('want') === id);
        const same = rows.find((r) => r.get('id') === id);
        if (same && same.get('version') === options.extractorVersion && !options.force) {
          status.set(id, 'unchanged');
          unchanged.push(item);
          continue;
        }
        // Stale: this content under an older extractor, or older content at this path.
        for (const r of rows) stale.add(String(r.get('id')));
        status.set(id, rows.length ? 'replaced' : 'loaded');
        // The same bytes under a second name in this batch: one document, both paths.
        if (!work.some((w) => w.doc.sha256 === id)) work.push(item);
        else unchanged.push(item);
      }
      const touched: string[][] = [];
      if (stale.size) {
        const before = await tx.run(
          `UNWIND $ids AS id MATCH (f:Fact {documentId: id})-[:PERSON]->(p:Person)
           MATCH (f)-[:ORGANIZATION]->(o:Organization) RETURN DISTINCT p.key AS p, o.key AS o`,
          { ids: [...stale] },
        );
        touched.push(...before.records.map((r) => [String(r.get('p')), String(r.get('o'))]));
        await removeDocument(tx, [...stale]);
      }
      if (work.length) await writeDocuments(tx, work, options.extractorVersion, counter);
      if (unchanged.length) {
        // The same content may sit at another path too: remember this one.
        await tx.run(
          `UNWIND $docs AS want MATCH (d:Document {id: want.id})
           SET d.paths = CASE WHEN want.path IN coalesce(d.paths, []) THEN d.paths ELSE coalesce(d.paths, []) + want.path END`,
          { docs: unchanged.map((i) => ({ id: i.doc.sha256, path: i.doc.path })) },
        );
      }
      for (const { extraction } of work) {
        for (const f of extraction.facts) {
          if (typeof f.person === 'string' && typeof f.organization === 'string') touched.push([entityKey('person', f.person), entityKey('organization', f.organization)]);
        }
      }
      return { status, writes: counter.writes, touched };
    });
    if (out.touched.length) await deriveTenures(driver, out.touched, options.database);
    const totalBytes = items.reduce((n, i) => n + i.doc.bytes, 0) || 1;
    return items.map((i) => ({
      status: out.status.get(i.doc.sha256)!,
      documentId: i.doc.sha256,
      facts: i.extraction.facts.length,
      entities: i.extraction.entities.length,
      paragraphs: i.doc.paragraphs.length,
      // Writes are counted per batch; each document is credited its share by size.
      writes: out.status.get(i.doc.sha256) === 'unchanged' ? 0 : Math.round((out.writes * i.doc.bytes) / totalBytes),
    }));
  } finally {
    await session.close();
  }
}

async function run(tx: ManagedTransaction, query: string, rows: unknown[], counter: { writes: number }, extra: Record<string, unknown> = {}): Promise<void> {
  for (const chunk of chunks(rows)) {
    if (!chunk.length) continue;
    const t = performance.now();
    await tx.run(query, { rows: chunk, ...extra });
    if (process.env.KG_PROFILE) process.stderr.write(`${(performance.now() - t).toFixed(0).padStart(6)} ms  ${chunk.length} rows  ${query.replace(/\s+/g, ' ').slice(0, 90)}\n`);
    counter.writes += chunk.length;
  }
}

async function writeDocuments(tx: ManagedTransaction, items: LoadItem[], version: string, counter: { writes: number }): Promise<void> {
  const docs = items.map((i) => i.doc);
  await run(
    tx,
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d.path = row.path, d.paths = [row.path], d.name = row.name, d.sha256 = row.id, d.format = row.format, d.bytes = row.bytes,
         d.textLength = row.textLength, d.extractorVersion = $version, d.loadedAt = datetime(), d.factCount = row.facts, d.status = 'complete'`,
    items.map(({ doc, extraction }) => ({ id: doc.sha256, path: doc.path, name: doc.name, format: doc.format, bytes: doc.bytes, textLength: doc.text.length, facts: extraction.facts.length })),
    counter,
    { version },
  );
  await run(
    tx,
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.doc})
     MERGE (a:Announcement {id: row.id})
     SET a.ordinal = row.ordinal, a.kind = row.kind, a.title = row.title, a.issuer = row.issuer, a.date = row.date,
         a.stockCodes = row.codes, a.start = row.start, a.end = row.end, a.documentId = row.doc
     MERGE (d)-[:HAS_ANNOUNCEMENT]->(a)`,
    docs.flatMap((doc) => doc.announcements.map((a) => ({ doc: doc.sha256, id: a.id, ordinal: a.ordinal, kind: a.kind, title: a.title, issuer: a.issuer, date: a.date, codes: a.stockCodes.map((c) => `${c.exchange}:${c.code}`), start: a.start, end: a.end }))),
    counter,
  );
  await run(
    tx,
    `UNWIND $rows AS row
     MATCH (a:Announcement {id: row.announcement})
     MERGE (s:Section {id: row.id})
     SET s.ordinal = row.ordinal, s.heading = row.heading, s.start = row.start, s.end = row.end, s.documentId = row.doc
     MERGE (a)-[:HAS_SECTION]->(s)`,
    docs.flatMap((doc) => doc.sections.map((s) => ({ doc: doc.sha256, id: s.id, ordinal: s.ordinal, heading: s.heading, start: s.start, end: s.end, announcement: s.announcementId }))),
    counter,
  );
  await run(
    tx,
    `UNWIND $rows AS row
     MATCH (s:Section {id: row.section})
     MERGE (p:Paragraph {id: row.id})
     SET p.ordinal = row.ordinal, p.text = row.text, p.start = row.start, p.end = row.end, p.kind = row.kind,
         p.page = row.page, p.htmlPath = row.htmlPath, p.sourceStart = row.sourceStart, p.sourceEnd = row.sourceEnd,
         p.boilerplate = row.boilerplate, p.documentId = row.doc, p.announcementId = row.announcement
     MERGE (s)-[:HAS_PARAGRAPH]->(p)`,
    docs.flatMap((doc) =>
      doc.paragraphs.map((p) => ({
        doc: doc.sha256, id: p.id, ordinal: p.ordinal, text: p.text, start: p.start, end: p.end, kind: p.kind, section: p.sectionId, announcement: p.announcementId,
        page: p.origin?.page ?? null, htmlPath: p.origin?.path ?? null, sourceStart: p.origin?.sourceStart ?? null, sourceEnd: p.origin?.sourceEnd ?? null,
        boilerplate: p.boilerplate ?? false,
      })),
    ),
    counter,
  );
  await run(
    tx,
    'UNWIND $rows AS row MATCH (a:Paragraph {id: row.a}) MATCH (b:Paragraph {id: row.b}) MERGE (a)-[:NEXT]->(b)',
    docs.flatMap((doc) => doc.paragraphs.slice(1).map((p, i) => ({ a: doc.paragraphs[i].id, b: p.id }))),
    counter,
  );
  await run(
    tx,
    'UNWIND $rows AS row MATCH (a:Announcement {id: row.a}) MATCH (b:Announcement {id: row.b}) MERGE (a)-[:NEXT]->(b)',
    docs.flatMap((doc) => doc.announcements.slice(1).map((a, i) => ({ a: doc.announcements[i].id, b: a.id }))),
    counter,
  );
  await run(
    tx,
    `UNWIND $rows AS row
     MATCH (s:Section {id: row.section})
     MERGE (t:Table {id: row.id})
     SET t.ordinal = row.ordinal, t.start = row.start, t.end = row.end, t.definitions = row.definitions, t.documentId = row.doc,
         t.page = row.page, t.htmlPath = row.htmlPath
     MERGE (s)-[:HAS_TABLE]->(t)`,
    docs.flatMap((doc) => doc.tables.map((t) => ({ doc: doc.sha256, id: t.id, ordinal: t.ordinal, start: t.start, end: t.end, definitions: t.definitions, section: t.sectionId, page: t.origin?.page ?? null, htmlPath: t.origin?.path ?? null }))),
    counter,
  );
  await run(
    tx,
    `UNWIND $rows AS row
     MATCH (t:Table {id: row.table})
     MERGE (r:Row {id: row.id})
     SET r.ordinal = row.ordinal, r.start = row.start, r.end = row.end, r.cells = row.cells, r.cellStarts = row.cellStarts, r.cellEnds = row.cellEnds
     MERGE (t)-[:HAS_ROW]->(r)`,
    docs.flatMap((doc) =>
      doc.tables.flatMap((t) =>
        t.rows.map((r) => ({ id: `${t.id}:r${r.ordinal}`, table: t.id, ordinal: r.ordinal, start: r.start, end: r.end, cells: r.cells.map((c) => c.text), cellStarts: r.cells.map((c) => c.start), cellEnds: r.cells.map((c) => c.end) })),
      ),
    ),
    counter,
  );

  // Entities: one node per key across all documents; names and aliases accumulate.
  const entities = new Map<string, { key: string; name: string; kind: string; aliases: Set<string>; codes: Set<string>; labels: Set<OrgLabel> }>();
  for (const { extraction } of items) {
    for (const e of extraction.entities) {
      const x = entities.get(e.key) ?? { key: e.key, name: e.name, kind: e.kind, aliases: new Set<string>(), codes: new Set<string>(), labels: new Set<OrgLabel>() };
      e.aliases.forEach((a) => x.aliases.add(a));
      e.codes.forEach((c) => x.codes.add(c));
      e.labels.forEach((l) => x.labels.add(l));
      entities.set(e.key, x);
    }
  }
  // Sorted keys: concurrent loaders lock entities in one order, which keeps deadlocks rare.
  const entityRows = [...entities.values()]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((e) => ({ key: e.key, name: e.name, aliases: [...e.aliases], codes: [...e.codes], labels: (e.kind === 'person' ? ['Person'] : ['Organization', ...e.labels]).map(fixed) }));
  await run(
    tx,
    `UNWIND $rows AS row
     MERGE (e:Entity {key: row.key})
     ON CREATE SET e.name = row.name, e.aliases = [], e.codes = []
     // Sorted, so the order of aliases never depends on the order documents were loaded in.
     SET e.aliases = COLLECT { UNWIND e.aliases + row.aliases AS a WITH DISTINCT a RETURN a ORDER BY a },
         e.codes = COLLECT { UNWIND e.codes + row.codes AS c WITH DISTINCT c RETURN c ORDER BY c }
     SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' | ' + a)
     SET e:$(row.labels)`,
    entityRows,
    counter,
  );
  const mentions = items.flatMap(({ doc, extraction }) => {
    const ids = new Set(doc.paragraphs.map((p) => p.id));
    return extraction.entities.flatMap((e) => e.mentions.filter((m) => ids.has(m.paragraph)).map((m) => ({ key: e.key, paragraph: m.paragraph, start: m.start, end: m.end, quote: m.quote })));
  });
  await run(
    tx,
    `UNWIND $rows AS row
     MATCH (e:Entity {key: row.key}) MATCH (p:Paragraph {id: row.paragraph})
     MERGE (e)-[m:MENTIONED_IN {start: row.start, end: row.end}]->(p)
     SET m.quote = row.quote`,
    mentions,
    counter,
  );

  // Facts: a node each, typed by label, linked to the entities they name and the paragraphs that state them.
  const facts = items.flatMap(({ doc, extraction }) => extraction.facts.map((f) => ({ fact: f, id: factId(doc.sha256, f), doc: doc.sha256, paragraphs: new Set(doc.paragraphs.map((p) => p.id)) })));
  await run(
    tx,
    `UNWIND $rows AS row
     MERGE (f:Fact {id: row.id})
     SET f += row.props, f.type = row.type, f.source = row.source, f.confidence = row.confidence, f.rule = row.rule,
         f.documentId = row.doc, f.extractorVersion = $version, f.event = row.event
     SET f:$(row.label)`,
    facts.map(({ fact, id, doc }) => ({ id, doc, type: fact.type, label: fixed(FACT_LABELS[fact.type]), source: fact.source, confidence: fact.confidence, rule: fact.rule ?? null, props: factProperties(fact), event: EVENT_TYPES.has(fact.type) })),
    counter,
    { version },
  );
  // Arguments that name entities: one query per relationship type present. (A dynamic type in
  // MERGE, $(row.rel), measured three times slower here.)
  for (const [arg, rel] of Object.entries(ARG_RELS)) {
    const rows = facts
      .filter(({ fact }) => typeof fact[arg] === 'string' && ENTITY_ARGS[arg])
      .map(({ fact, id }) => ({ fact: id, entity: entityKey(ENTITY_ARGS[arg], String(fact[arg])) }));
    if (rows.length) await run(tx, ARG_QUERY[rel], rows, counter);
  }
  // Committees belong to their organisation.
  await run(
    tx,
    `UNWIND $rows AS row
     MATCH (o:Entity {key: row.org}) MATCH (f:Fact {id: row.fact})
     MERGE (c:Committee {key: row.key}) ON CREATE SET c.name = row.name
     MERGE (c)-[:OF]->(o)
     MERGE (f)-[:COMMITTEE]->(c)`,
    facts
      .filter(({ fact }) => typeof fact.committee === 'string' && typeof fact.organization === 'string')
      .map(({ fact, id }) => {
        const org = entityKey('organization', String(fact.organization));
        return { fact: id, org, key: `${org}/committee:${String(fact.committee).toLowerCase()}`, name: String(fact.committee) };
      }),
    counter,
  );
  await run(
    tx,
    `UNWIND $rows AS row
     MATCH (f:Fact {id: row.fact}) MATCH (p:Paragraph {id: row.paragraph})
     MERGE (f)-[s:STATED_IN {start: row.start, end: row.end}]->(p)
     SET s.quote = row.quote`,
    facts.flatMap(({ fact, id, paragraphs }) => fact.evidence.filter((e) => paragraphs.has(e.paragraph)).map((e) => ({ fact: id, paragraph: e.paragraph, start: e.start, end: e.end, quote: e.quote }))),
    counter,
  );
}

// Every read of the graph the program makes, in one place (the Cypher library in queries/
// is the user's; the evidence of a fact is read through its fact-evidence.cypher, so the
// fact -> paragraph -> announcement -> file join is written once). Read sessions only;
// every value a parameter. Callers shape what they get: lookup's dossier, the browser.
import type { Driver } from 'neo4j-driver';
import path from 'node:path';
import { QUERY_DIR, parseQuery } from './queries.ts';
import { ensureSchema } from './schema.ts';

const read = { routing: 'READ' } as const;

/** Ids of the documents loaded under an extractor version (content the document path need not read again). */
export async function knownDocuments(driver: Driver, extractorVersion: string, database?: string): Promise<Set<string>> {
  await ensureSchema(driver, database);
  const res = await driver.executeQuery('MATCH (d:Document {extractorVersion: $v}) RETURN d.id AS id', { v: extractorVersion }, { database, ...read });
  return new Set(res.records.map((r) => String(r.get('id'))));
}

/** Node counts by label and relationship counts by type: what the graph holds now. */
export async function graphCounts(driver: Driver, database?: string): Promise<{ labels: Record<string, number>; relationships: Record<string, number> }> {
  const labels: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const l = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label', {}, { database, ...read });
  for (const r of l.records) labels[String(r.get('label'))] = Number(r.get('n'));
  const t = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type', {}, { database, ...read });
  for (const r of t.records) relationships[String(r.get('type'))] = Number(r.get('n'));
  return { labels, relationships };
}

export interface EntityRow {
  key: string;
  name: string;
  labels: string[];
  aliases: string[];
  codes: string[];
}

const ENTITY = `e.key AS key, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'] AS labels, coalesce(e.aliases, []) AS aliases, coalesce(e.codes, []) AS codes`;

function entityRow(r: { get(k: string): unknown }): EntityRow {
  return { key: String(r.get('key')), name: String(r.get('name')), labels: r.get('labels') as string[], aliases: r.get('aliases') as string[], codes: r.get('codes') as string[] };
}

/** Entities whose name or aliases match a Lucene query of the full-text index, best first. */
export async function searchEntities(driver: Driver, lucene: string, database?: string): Promise<Array<EntityRow & { score: number }>> {
  const res = await driver.executeQuery(
    `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node AS e, score
     RETURN ${ENTITY}, score ORDER BY score DESC LIMIT 20`,
    { q: lucene },
    { database, ...read },
  );
  return res.records.map((r) => ({ ...entityRow(r), score: r.get('score') as number }));
}

export async function entityByKey(driver: Driver, key: string, database?: string): Promise<EntityRow | null> {
  const res = await driver.executeQuery(`MATCH (e:Entity {key: $key}) RETURN ${ENTITY}`, { key }, { database, ...read });
  return res.records[0] ? entityRow(res.records[0]) : null;
}

/** An entity a fact names, and through which argument (relationship type). */
export interface FactArg {
  rel: string;
  key: string;
  name: string;
  labels: string[];
  person: boolean;
}

export interface FactAroundRow {
  /** The fact node's properties. */
  fact: Record<string, unknown> & { id: string; type: string };
  /** Every entity the fact names, by relationship type then key. */
  args: FactArg[];
  /** The earliest date of an announcement stating the fact (ISO), or null. */
  announced: string | null;
}

/** The facts that name any of these entities, with every entity each names, by fact id. */
export async function factsAround(driver: Driver, keys: string[], database?: string): Promise<FactAroundRow[]> {
  const res = await driver.executeQuery(
    `UNWIND $keys AS k
     MATCH (:Entity {key: k})<--(f:Fact)
     WITH DISTINCT f
     MATCH (f)-[r]->(x:Entity)
     WITH f, collect({rel: type(r), key: x.key, name: x.name, labels: [l IN labels(x) WHERE l <> 'Entity'], person: x:Person}) AS args
     OPTIONAL MATCH (f)-[:STATED_IN]->(p:Paragraph)
     OPTIONAL MATCH (a:Announcement {id: p.announcementId})
     RETURN properties(f) AS f, args, min(a.date) AS announced
     ORDER BY f.id`,
    { keys },
    { database, ...read },
  );
  return res.records.map((r) => ({
    fact: r.get('f') as FactAroundRow['fact'],
    args: (r.get('args') as FactArg[]).sort((a, b) => a.rel.localeCompare(b.rel) || a.key.localeCompare(b.key)),
    announced: (r.get('announced') as string | null) ?? null,
  }));
}

/** Facts by id: their properties. */
export async function factsById(driver: Driver, ids: string[], database?: string): Promise<Array<Record<string, unknown> & { id: string; type: string }>> {
  const res = await driver.executeQuery('UNWIND $ids AS id MATCH (f:Fact {id: id}) RETURN properties(f) AS props', { ids }, { database, ...read });
  return res.records.map((r) => r.get('props') as Record<string, unknown> & { id: string; type: string });
}

/** One quoted span of a fact: where it is (file, announcement, section, paragraph, page) and its exact offsets. */
export interface Evidence {
  fact: string;
  type: string;
  quote: string;
  start: number;
  end: number;
  paragraphId: string;
  paragraph: number;
  page: number | null;
  section: string | null;
  announcement: string | null;
  announced: string | null;
  file: string;
  path: string;
  extractor: string;
}

let EVIDENCE: string | undefined;

/** The evidence of facts, by fact id, in the order of the text (queries/fact-evidence.cypher). */
export async function evidenceOfFacts(driver: Driver, ids: string[], database?: string): Promise<Map<string, Evidence[]>> {
  const out = new Map<string, Evidence[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  EVIDENCE ??= parseQuery(path.join(QUERY_DIR, 'fact-evidence.cypher')).cypher;
  const res = await driver.executeQuery(EVIDENCE, { fact: ids }, { database, ...read });
  for (const r of res.records) {
    const e = r.toObject() as unknown as Evidence;
    out.get(e.fact)?.push(e);
  }
  return out;
}

/** Paragraph texts and their start offsets, by id (to show a quote in its paragraph). */
export async function paragraphsById(driver: Driver, ids: string[], database?: string): Promise<Map<string, { text: string; start: number }>> {
  const res = await driver.executeQuery('UNWIND $ids AS id MATCH (p:Paragraph {id: id}) RETURN p.id AS id, p.text AS text, p.start AS start', { ids }, { database, ...read });
  return new Map(res.records.map((r) => [String(r.get('id')), { text: String(r.get('text')), start: Number(r.get('start')) }]));
}

/** A paragraph with the paragraphs within two of it, its file, announcement and section, and the spans of facts stated in it. */
export async function paragraphContext(driver: Driver, id: string, around: number, database?: string) {
  const res = await driver.executeQuery(
    `MATCH (p:Paragraph {id: $id})
     OPTIONAL MATCH (d:Document {id: p.documentId})
     OPTIONAL MATCH (a:Announcement {id: p.announcementId})
     OPTIONAL MATCH (sec:Section)-[:HAS_PARAGRAPH]->(p)
     OPTIONAL MATCH (q:Paragraph)-[:NEXT*1..2]-(p) WHERE abs(q.ordinal - p.ordinal) <= $around
     WITH DISTINCT p, d, a, sec, q ORDER BY q.ordinal
     WITH p, d, a, sec, collect(properties(q)) AS near
     OPTIONAL MATCH (f:Fact)-[s:STATED_IN]->(p)
     RETURN properties(p) AS p, d.name AS file, d.format AS format, a {.title, .issuer, .date} AS announcement, sec.heading AS section, near,
            collect(CASE WHEN f IS NULL THEN NULL ELSE {id: f.id, type: f.type, start: s.start, end: s.end} END) AS facts`,
    { id, around: Math.min(around, 2) },
    { database, ...read },
  );
  const r = res.records[0];
  if (!r) return null;
  return {
    paragraph: r.get('p') as Record<string, unknown>,
    near: r.get('near') as Array<Record<string, unknown>>,
    file: (r.get('file') as string | null) ?? '',
    format: (r.get('format') as string | null) ?? null,
    announcement: (r.get('announcement') as { title: string | null; issuer: string | null; date: string | null } | null) ?? null,
    section: (r.get('section') as string | null) ?? null,
    facts: (r.get('facts') as Array<{ id: string; type: string; start: number; end: number } | null>).filter((f): f is { id: string; type: string; start: number; end: number } => f !== null),
  };
}

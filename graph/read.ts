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

export interface FactRow {
  /** The fact node's properties. */
  fact: Record<string, unknown>;
  args: FactArg[];
}

/** The facts that name an entity, with every entity each names; with a date, only facts dated on or before it. In date order. */
export async function factsNaming(driver: Driver, key: string, date: string | null, database?: string): Promise<FactRow[]> {
  const res = await driver.executeQuery(
    `MATCH (e:Entity {key: $key})<--(f:Fact)
     WHERE $date IS NULL OR coalesce(f.effectiveDate, f.date, f.agreementDate, f.startDate, f.asOf, '0000') <= $date
     WITH DISTINCT f
     MATCH (f)-[r]->(x:Entity)
     WITH f, collect({rel: type(r), key: x.key, name: x.name, labels: [l IN labels(x) WHERE l <> 'Entity'], person: x:Person}) AS args
     RETURN properties(f) AS fact, args
     ORDER BY coalesce(f.effectiveDate, f.startDate, f.date, f.agreementDate, f.asOf, ''), f.type`,
    { key, date },
    { database, ...read },
  );
  return res.records.map((r) => ({ fact: r.get('fact') as Record<string, unknown>, args: r.get('args') as FactArg[] }));
}

export interface TenureRow {
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  role: string;
  committee: string | null;
  from: string | null;
  to: string | null;
  facts: string[];
}

/** The tenures (HOLDS) an entity has or gives, held on a date when one is given. */
export async function tenuresOf(driver: Driver, key: string, date: string | null, database?: string): Promise<TenureRow[]> {
  const res = await driver.executeQuery(
    `MATCH (e:Entity {key: $key})-[h:HOLDS]-(x:Entity)
     WHERE $date IS NULL OR ((h.from IS NULL OR h.from <= $date) AND (h.to IS NULL OR h.to > $date))
     RETURN startNode(h).key AS source, endNode(h).key AS target, startNode(h).name AS sourceName, endNode(h).name AS targetName,
            h.role AS role, h.committee AS committee, h.from AS from, h.to AS to, coalesce(h.facts, []) AS facts`,
    { key, date },
    { database, ...read },
  );
  return res.records.map((r) => r.toObject() as unknown as TenureRow);
}

/** Facts by id: type and properties. */
export async function factsById(driver: Driver, ids: string[], database?: string): Promise<Array<{ id: string; type: string; props: Record<string, unknown> }>> {
  const res = await driver.executeQuery('UNWIND $ids AS id MATCH (f:Fact {id: id}) RETURN f.id AS id, f.type AS type, properties(f) AS props', { ids }, { database, ...read });
  return res.records.map((r) => ({ id: String(r.get('id')), type: String(r.get('type')), props: r.get('props') as Record<string, unknown> }));
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

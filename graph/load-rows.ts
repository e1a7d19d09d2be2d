// The loader's one way to write: rows go through one UNWIND query in chunks, and what was
// written is counted from the server's own answer (the result summary's counters), not from
// the rows sent. The shapes of query the loader repeats are built here from fixed labels
// and relationship types; every value travels as a parameter.
import type { ManagedTransaction, ResultSummary } from 'neo4j-driver';
import { ENTITY_RELS, FACT_LABELS, ORG_LABELS } from '../pipeline/facts/schema.ts';

export const CHUNK = 1000;

/** What the server reports it wrote. */
export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export function noWrites(): WriteCounts {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0, labelsRemoved: 0 };
}

/** All writes of a count, as one number. */
export function totalWrites(w: WriteCounts): number {
  return Object.values(w).reduce((n, x) => n + x, 0);
}

/** Add what a result summary says was written to `writes`. */
export function countWrites(writes: WriteCounts, summary: ResultSummary): WriteCounts {
  const u = summary.counters.updates();
  for (const k of Object.keys(writes) as Array<keyof WriteCounts>) writes[k] += u[k] ?? 0;
  return writes;
}

/** Run a query in a transaction and add what it wrote to `writes`. */
export async function write(tx: ManagedTransaction, query: string, params: Record<string, unknown>, writes: WriteCounts) {
  const t = performance.now();
  const res = await tx.run(query, params);
  countWrites(writes, res.summary);
  if (process.env.KG_PROFILE) process.stderr.write(`${(performance.now() - t).toFixed(0).padStart(6)} ms  ${Array.isArray(params.rows) ? params.rows.length : '-'} rows  ${query.replace(/\s+/g, ' ').slice(0, 90)}\n`);
  return res;
}

/** Rows through `UNWIND $rows AS row ...`, a chunk at a time. */
export async function unwind(tx: ManagedTransaction, query: string, rows: unknown[], writes: WriteCounts, extra: Record<string, unknown> = {}): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(tx, query, { rows: rows.slice(i, i + CHUNK), ...extra }, writes);
}

// Labels and relationship types are only ever spliced into Cypher from this list.
const LEXICAL = ['Document', 'Announcement', 'Section', 'Paragraph', 'Table', 'Row', 'Entity', 'Fact', 'Committee', 'Person', 'Organization'];
const LEXICAL_RELS = ['HAS_ANNOUNCEMENT', 'HAS_SECTION', 'HAS_PARAGRAPH', 'HAS_TABLE', 'HAS_ROW', 'NEXT', 'MENTIONED_IN', 'STATED_IN', 'COMMITTEE', 'OF', 'HOLDS'];
const ALLOWED = new Set<string>([...LEXICAL, ...LEXICAL_RELS, ...Object.values(FACT_LABELS), ...ENTITY_RELS.map((r) => r.rel), ...ORG_LABELS]);

/** A label or relationship type from the fixed lists, or an error. */
export function fixed(name: string): string {
  if (!ALLOWED.has(name)) throw new Error(`not a label or type of the schema: ${name}`);
  return name;
}

/** A node found by a key property: `{ label: 'Entity', key: 'key' }`. */
export interface NodeRef {
  label: string;
  key: 'id' | 'key';
}

const byId = (label: string): NodeRef => ({ label, key: 'id' });

/** Rows `{ parent, id, props }`: a node merged by id under its parent, its properties set. */
export function mergeChild(parent: string, label: string, rel: string): string {
  return `UNWIND $rows AS row
    MATCH (parent:${fixed(parent)} {id: row.parent})
    MERGE (n:${fixed(label)} {id: row.id})
    SET n += row.props
    MERGE (parent)-[:${fixed(rel)}]->(n)`;
}

/** Rows `{ a, b }`: a relationship between two existing nodes. */
export function link(from: NodeRef | string, rel: string, to: NodeRef | string = from): string {
  const [a, b] = [from, to].map((x) => (typeof x === 'string' ? byId(x) : x));
  return `UNWIND $rows AS row
    MATCH (a:${fixed(a.label)} {${a.key}: row.a}) MATCH (b:${fixed(b.label)} {${b.key}: row.b})
    MERGE (a)-[:${fixed(rel)}]->(b)`;
}

/** Rows `{ a, paragraph, start, end, quote }`: a span of a paragraph that mentions or states something. */
export function spanLink(from: NodeRef, rel: string): string {
  return `UNWIND $rows AS row
    MATCH (a:${fixed(from.label)} {${from.key}: row.a}) MATCH (p:Paragraph {id: row.paragraph})
    MERGE (a)-[r:${fixed(rel)} {start: row.start, end: row.end}]->(p)
    SET r.quote = row.quote`;
}

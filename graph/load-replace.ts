// Replacing a document: what the graph holds at the same path or with the same content is
// stale (older content, or an older extractor's reading) and goes, whole: its facts, its
// lexical subgraph, then the entities and committees nothing refers to any more.
import type { ManagedTransaction } from 'neo4j-driver';
import { write, type WriteCounts } from './load-rows.ts';

/** Ids of the documents in the graph that these documents replace, by the id each replaces them for. */
export async function staleDocuments(tx: ManagedTransaction, docs: Array<{ id: string; path: string }>, writes: WriteCounts): Promise<Map<string, string[]>> {
  const res = await write(
    tx,
    `UNWIND $docs AS want
     MATCH (d:Document) WHERE d.id = want.id OR d.path = want.path
     RETURN want.id AS want, collect(d.id) AS ids`,
    { docs },
    writes,
  );
  return new Map(res.records.map((r) => [String(r.get('want')), r.get('ids') as string[]]));
}

async function keysOf(tx: ManagedTransaction, query: string, ids: string[], writes: WriteCounts): Promise<string[]> {
  const res = await write(tx, query, { ids }, writes);
  return (res.records[0]?.get('keys') as string[] | undefined) ?? [];
}

/** Remove documents' whole subgraphs, then their entities and committees nothing else refers to. */
export async function removeDocuments(tx: ManagedTransaction, ids: string[], writes: WriteCounts): Promise<void> {
  if (!ids.length) return;
  const entities = [
    ...(await keysOf(tx, 'UNWIND $ids AS id MATCH (p:Paragraph {documentId: id})<-[:MENTIONED_IN]-(e:Entity) RETURN collect(DISTINCT e.key) AS keys', ids, writes)),
    ...(await keysOf(tx, 'UNWIND $ids AS id MATCH (f:Fact {documentId: id})-->(e:Entity) RETURN collect(DISTINCT e.key) AS keys', ids, writes)),
  ];
  const committees = await keysOf(tx, 'UNWIND $ids AS id MATCH (f:Fact {documentId: id})-[:COMMITTEE]->(c:Committee) RETURN collect(DISTINCT c.key) AS keys', ids, writes);
  await write(tx, 'UNWIND $ids AS id MATCH (f:Fact {documentId: id}) DETACH DELETE f', { ids }, writes);
  await write(
    tx,
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
    writes,
  );
  await write(
    tx,
    `UNWIND $keys AS k MATCH (e:Entity {key: k})
     WHERE NOT (e)-[:MENTIONED_IN]->() AND NOT (:Fact)-->(e)
     DETACH DELETE e`,
    { keys: [...new Set(entities)] },
    writes,
  );
  await write(tx, 'UNWIND $keys AS k MATCH (c:Committee {key: k}) WHERE NOT (c)<--(:Fact) DETACH DELETE c', { keys: committees }, writes);
}

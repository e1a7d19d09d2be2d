// Loading documents into Neo4j, in parts: replacing what is stale (load-replace.ts), the
// lexical graph (load-lexical.ts), entities and facts (load-knowledge.ts), and tenures
// derived from the facts (tenure.ts). One managed write transaction per batch of documents
// holds all four, so a document and everything derived from it commit together, and a
// crash or a lost server leaves each document whole or absent; deterministic ids and MERGE
// make a rerun change nothing. Whether a document needs loading at all was decided on the
// way in (pipeline/process). Writes are counted from the server's result summaries.
import type { Driver } from 'neo4j-driver';
import type { SourceDocument } from '../pipeline/model.ts';
import type { Extraction } from '../pipeline/extract/types.ts';
import { loadable, type LoadableDocument } from '../pipeline/process/processed.ts';
import { ensureSchema } from './schema.ts';
import { noWrites, totalWrites, type WriteCounts } from './load-rows.ts';
import { removeDocuments, staleDocuments } from './load-replace.ts';
import { rememberPaths, writeLexical } from './load-lexical.ts';
import { tenurePairs, writeKnowledge } from './load-knowledge.ts';
import { deriveTenures, tenurePairsOfDocuments } from './tenure.ts';

export { factId, factProperties } from './load-knowledge.ts';

export interface LoadOptions {
  extractorVersion: string;
  database?: string;
}

export interface LoadItem {
  doc: LoadableDocument;
  extraction: Extraction;
}

export interface LoadResult {
  /** `unchanged` is the document path's verdict, which ingest reports; the loader loads or replaces. */
  status: 'loaded' | 'unchanged' | 'replaced';
  documentId: string;
  facts: number;
  entities: number;
  paragraphs: number;
}

export interface LoadBatch {
  /** One per item, in the order of the items. */
  documents: LoadResult[];
  /** What the server wrote for the whole batch. */
  writes: WriteCounts;
  total: number;
}

export async function loadDocument(driver: Driver, doc: SourceDocument | LoadableDocument, extraction: Extraction, options: LoadOptions): Promise<LoadResult> {
  return (await loadDocuments(driver, [{ doc: 'blocks' in doc ? loadable(doc) : doc, extraction }], options)).documents[0];
}

/** Load a batch of documents in one transaction. */
export async function loadDocuments(driver: Driver, items: LoadItem[], options: LoadOptions): Promise<LoadBatch> {
  await ensureSchema(driver, options.database);
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    // The same content twice in a batch is one document, at every path it was given.
    const work = items.filter((i, n) => items.findIndex((j) => j.doc.sha256 === i.doc.sha256) === n);
    const copies = items.filter((i) => !work.includes(i));
    const { replaced, writes } = await session.executeWrite(async (tx) => {
      const writes = noWrites();
      // What stands at any of the paths, copies' too, is stale.
      const stale = await staleDocuments(tx, items.map((i) => ({ id: i.doc.sha256, path: i.doc.path })), writes);
      const staleIds = [...new Set([...stale.values()].flat())];
      const touched = await tenurePairsOfDocuments(tx, staleIds, writes);
      await removeDocuments(tx, staleIds, writes);
      await writeLexical(tx, work.map((i) => ({ doc: i.doc, facts: i.extraction.facts.length })), options.extractorVersion, writes);
      if (copies.length) await rememberPaths(tx, copies.map((i) => ({ id: i.doc.sha256, path: i.doc.path })), writes);
      await writeKnowledge(tx, work, options.extractorVersion, writes);
      await deriveTenures(tx, [...touched, ...tenurePairs(work.map((i) => i.extraction))], writes);
      return { replaced: new Set([...stale].filter(([, ids]) => ids.length).map(([id]) => id)), writes };
    });
    return {
      documents: items.map((i) => ({
        status: copies.includes(i) ? 'unchanged' : replaced.has(i.doc.sha256) ? 'replaced' : 'loaded',
        documentId: i.doc.sha256,
        facts: i.extraction.facts.length,
        entities: i.extraction.entities.length,
        paragraphs: i.doc.paragraphs.length,
      })),
      writes,
      total: totalWrites(writes),
    };
  } finally {
    await session.close();
  }
}

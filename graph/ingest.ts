// Ingest: files and folders in; each file read and extracted on its own (in a pool of
// worker threads for large runs), so one bad file never stops the rest; documents loaded
// in batches, one transaction each. A file is reported loaded only after its batch committed.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { expandInputs } from '../pipeline/files.ts';
import { availableParallelism } from 'node:os';
import { EXTRACTOR_VERSION } from '../pipeline/extract/index.ts';
import { loadDocuments, type LoadItem, type LoadResult } from './load.ts';
import { inlinePool, workerPool, type Extracted } from './extract-pool.ts';
import { ensureSchema } from './schema.ts';

export interface FileOutcome {
  file: string;
  ok: boolean;
  result?: LoadResult;
  error?: string;
  warnings: string[];
}

export interface IngestOptions {
  database?: string;
  maxBytes?: number;
  force?: boolean;
  /** Extraction worker threads; 0 extracts in this thread. Default: cores - 1 for more than a few files. */
  workers?: number;
  /** Documents per load transaction. */
  batchDocs?: number;
  /** Text bytes per load transaction. */
  batchBytes?: number;
  onFile?: (outcome: FileOutcome, index: number, total: number) => void;
}

export interface IngestSummary {
  outcomes: FileOutcome[];
  loaded: number;
  unchanged: number;
  failed: number;
  facts: number;
  writes: number;
  seconds: number;
}

/** Errors that mean the database is gone: stop, rather than failing every other file the same way. */
export function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  const msg = (err as Error).message ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ServiceUnavailable|Connection was closed|Pool is closed|connection.*(?:reset|refused|closed)/i.test(msg);
}

export const DEFAULT_BATCH_DOCS = 100;
export const DEFAULT_BATCH_BYTES = 4 * 1024 * 1024;

export async function ingest(driver: Driver, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const { files, problems } = await expandInputs(inputs);
  const outcomes: FileOutcome[] = [];
  const total = files.length + problems.length;
  const report = (o: FileOutcome) => {
    outcomes.push(o);
    options.onFile?.(o, outcomes.length - 1, total);
  };
  for (const p of problems) report({ file: p.file, ok: false, error: p.reason, warnings: [] });
  const workers = options.workers ?? (files.length > 8 ? Math.max(1, Math.min(4, availableParallelism() - 1)) : 0);
  // Content already loaded under this extractor version is recognised by its hash and not extracted again.
  const known = new Set<string>();
  if (!options.force) {
    await ensureSchema(driver, options.database);
    const res = await driver.executeQuery('MATCH (d:Document {extractorVersion: $v}) RETURN d.id AS id', { v: EXTRACTOR_VERSION }, { database: options.database, routing: 'READ' });
    for (const r of res.records) known.add(String(r.get('id')));
  }
  const pool = workers > 0 ? workerPool(workers, known) : inlinePool(known);
  const batchDocs = options.batchDocs ?? DEFAULT_BATCH_DOCS;
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  const shown = (file: string) => {
    const rel = path.relative(process.cwd(), file);
    return rel && !rel.startsWith('..') ? rel : file;
  };
  let connectionLost: string | null = null;
  const unchanged: Array<{ sha256: string; path: string }> = [];
  let batch: Array<{ file: string; item: LoadItem; warnings: string[] }> = [];
  let batchSize = 0;

  const load = async (items: typeof batch): Promise<void> => {
    if (!items.length) return;
    if (connectionLost) {
      for (const b of items) report({ file: shown(b.file), ok: false, error: `not loaded: ${connectionLost}`, warnings: b.warnings });
      return;
    }
    try {
      const results = await loadDocuments(driver, items.map((b) => b.item), { extractorVersion: EXTRACTOR_VERSION, database: options.database, force: options.force });
      items.forEach((b, i) => report({ file: shown(b.file), ok: true, result: results[i], warnings: b.warnings }));
    } catch (err) {
      if (isConnectionError(err)) {
        connectionLost = `Neo4j is unreachable (${(err as Error).message.split('\n')[0]})`;
        for (const b of items) report({ file: shown(b.file), ok: false, error: connectionLost, warnings: b.warnings });
      } else if (items.length > 1) {
        // One document spoiled the batch: load them one by one to find it.
        for (const b of items) await load([b]);
      } else report({ file: shown(items[0].file), ok: false, error: (err as Error).message ?? String(err), warnings: items[0].warnings });
    }
  };

  // Extraction runs ahead of loading by a bounded window, so memory stays flat in the corpus size.
  const window = Math.max(2, workers * 2);
  const inflight: Array<{ file: string; result: Promise<Extracted> }> = [];
  let nextFile = 0;
  const fill = () => {
    while (inflight.length < window && nextFile < files.length) {
      const file = files[nextFile++];
      inflight.push({ file, result: pool.run(file, options.maxBytes) });
    }
  };
  try {
    fill();
    while (inflight.length) {
      const { file, result } = inflight.shift()!;
      const r = await result;
      fill();
      if (!r.ok) {
        report({ file: shown(file), ok: false, error: r.error, warnings: [] });
        continue;
      }
      if ('unchanged' in r) {
        unchanged.push(r.unchanged);
        report({ file: shown(file), ok: true, result: { status: 'unchanged', documentId: r.unchanged.sha256, facts: 0, entities: 0, paragraphs: 0, writes: 0 }, warnings: [] });
        continue;
      }
      batch.push({ file, item: r.item, warnings: r.warnings });
      batchSize += r.item.doc.text.length;
      if (batch.length >= batchDocs || batchSize >= batchBytes) {
        const b = batch;
        batch = [];
        batchSize = 0;
        await load(b);
      }
    }
    await load(batch);
    if (unchanged.length && !connectionLost) await rememberPaths(driver, unchanged, options.database);
  } finally {
    await pool.close();
  }
  const ok = outcomes.filter((o) => o.ok);
  return {
    outcomes,
    loaded: ok.filter((o) => o.result?.status !== 'unchanged').length,
    unchanged: ok.filter((o) => o.result?.status === 'unchanged').length,
    failed: outcomes.length - ok.length,
    facts: ok.reduce((n, o) => n + (o.result?.facts ?? 0), 0),
    writes: ok.reduce((n, o) => n + (o.result?.writes ?? 0), 0),
    seconds: (performance.now() - t0) / 1000,
  };
}

/** The same content may sit at another path too: remember every path it was seen at. */
async function rememberPaths(driver: Driver, docs: Array<{ sha256: string; path: string }>, database?: string): Promise<void> {
  await driver.executeQuery(
    `UNWIND $docs AS want MATCH (d:Document {id: want.sha256})
     SET d.paths = CASE WHEN want.path IN coalesce(d.paths, []) THEN d.paths ELSE coalesce(d.paths, []) + want.path END`,
    { docs },
    { database },
  );
}

/** Node counts by label and relationship counts by type: what the graph holds now. */
export async function graphCounts(driver: Driver, database?: string): Promise<{ labels: Record<string, number>; relationships: Record<string, number> }> {
  const labels: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const l = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label', {}, { database, routing: 'READ' });
  for (const r of l.records) labels[String(r.get('label'))] = Number(r.get('n'));
  const t = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type', {}, { database, routing: 'READ' });
  for (const r of t.records) relationships[String(r.get('type'))] = Number(r.get('n'));
  return { labels, relationships };
}

// Ingest: files and folders in; each file taken down the document path on its own (in a
// pool of worker threads for large runs), so one bad file never stops the rest; documents
// loaded in batches, one transaction each. A file is reported loaded only after its batch
// committed. Whatever goes wrong with a file is a message on it; fatal ones fail the run.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { expandInputs } from '../pipeline/files.ts';
import { availableParallelism } from 'node:os';
import { EXTRACTOR_VERSION } from '../pipeline/extract/index.ts';
import { inlinePool, workerPool } from '../pipeline/process/pool.ts';
import type { Processed } from '../pipeline/process/processed.ts';
import { failed, message, type Message } from '../pipeline/messages.ts';
import { loadDocuments, type LoadItem, type LoadResult } from './load.ts';
import { knownDocuments } from './read.ts';

export interface FileOutcome {
  /** The file as shown to the user (relative to the working folder where it lies below it). */
  file: string;
  /** No fatal message. */
  ok: boolean;
  result?: LoadResult;
  messages: Message[];
}

export interface IngestOptions {
  database?: string;
  maxBytes?: number;
  force?: boolean;
  /** Extraction worker threads; 0 extracts in this thread, without the time and memory budget. Default: one, or cores - 1 (up to 4) for more than a few files. */
  workers?: number;
  /** Seconds one file may take to be read and extracted (in a worker). */
  fileSeconds?: number;
  /** Heap in MB one file may take (in a worker). */
  fileMemoryMb?: number;
  /** Documents per load transaction. */
  batchDocs?: number;
  /** Text bytes per load transaction. */
  batchBytes?: number;
  /** A file read and extracted, before its batch is committed (`onFile` follows when it is). */
  onExtracted?: (file: string, counts: { paragraphs: number; facts: number }, index: number, total: number) => void;
  onFile?: (outcome: FileOutcome, index: number, total: number) => void;
}

export interface IngestSummary {
  outcomes: FileOutcome[];
  loaded: number;
  unchanged: number;
  failed: number;
  /** Loaded files in which no fact was found (a README, a notice of another kind). */
  withoutFacts: number;
  /** Files in the folders given that kg does not read, by extension. */
  ignored: number;
  facts: number;
  /** Nodes, relationships, properties and labels written, as the server counted them. */
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
  const { files, problems, ignored } = await expandInputs(inputs);
  const outcomes: FileOutcome[] = [];
  const total = files.length + problems.length;
  const shown = (file: string) => {
    const rel = path.relative(process.cwd(), file);
    return rel && !rel.startsWith('..') ? rel : file;
  };
  const report = (file: string, messages: Message[], result?: LoadResult) => {
    const o: FileOutcome = { file: shown(file), ok: !failed({ messages }), result, messages };
    outcomes.push(o);
    options.onFile?.(o, outcomes.length - 1, total);
  };
  for (const p of problems) report(p.file, [p]);
  // Even one file goes to a worker: there it runs under a time and memory budget.
  const workers = options.workers ?? (files.length > 8 ? Math.max(1, Math.min(4, availableParallelism() - 1)) : 1);
  // "Unchanged?" is decided once, on the way in: content the graph holds under this extractor version is not read further.
  const known = options.force ? new Set<string>() : await knownDocuments(driver, EXTRACTOR_VERSION, options.database);
  const pool = workers > 0 ? workerPool(Math.min(workers, Math.max(1, files.length)), { known, maxBytes: options.maxBytes, fileSeconds: options.fileSeconds, fileMemoryMb: options.fileMemoryMb }) : inlinePool({ known, maxBytes: options.maxBytes });
  const batchDocs = options.batchDocs ?? DEFAULT_BATCH_DOCS;
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  let connectionLost: string | null = null;
  let commits = 0;
  let writes = 0;
  const unchanged: Array<{ sha256: string; path: string }> = [];
  let batch: Array<{ file: string; item: LoadItem; messages: Message[] }> = [];
  let batchSize = 0;

  const lost = (b: { file: string; messages: Message[] }, reason: string) => {
    message({ path: b.file, messages: b.messages }, reason, { ruleId: 'load:connection', fatal: true });
    report(b.file, b.messages);
  };
  const load = async (items: typeof batch): Promise<void> => {
    if (!items.length) return;
    if (connectionLost) {
      for (const b of items) lost(b, `not loaded: ${connectionLost}`);
      return;
    }
    try {
      const batch = await loadDocuments(driver, items.map((b) => b.item), { extractorVersion: EXTRACTOR_VERSION, database: options.database });
      crashAfterCommit(++commits);
      writes += batch.total;
      items.forEach((b, i) => report(b.file, b.messages, batch.documents[i]));
    } catch (err) {
      if (isConnectionError(err)) {
        connectionLost = `Neo4j is unreachable (${(err as Error).message.split('\n')[0]})`;
        // The commit may have reached the server before the connection went: say so, not "failed" flat.
        for (const b of items) lost(b, `state unknown: ${connectionLost} during this file's commit; a rerun reports it unchanged if it was committed, or loads it`);
      } else if (items.length > 1) {
        // One document spoiled the batch: load them one by one to find it.
        for (const b of items) await load([b]);
      } else {
        message({ path: items[0].file, messages: items[0].messages }, (err as Error).message ?? String(err), { ruleId: 'load', fatal: true });
        report(items[0].file, items[0].messages);
      }
    }
  };

  // The document path runs ahead of loading by a bounded window, so memory stays flat in the corpus size.
  const window = Math.max(2, workers * 2);
  const inflight: Array<Promise<Processed>> = [];
  let nextFile = 0;
  let extracted = 0;
  const fill = () => {
    while (inflight.length < window && nextFile < files.length) inflight.push(pool.run(files[nextFile++]));
  };
  try {
    fill();
    while (inflight.length) {
      const r = await inflight.shift()!;
      fill();
      if (r.status === 'failed') report(r.path, r.messages);
      else if (r.status === 'unchanged') {
        unchanged.push({ sha256: r.sha256, path: r.path });
        report(r.path, r.messages, { status: 'unchanged', documentId: r.sha256, facts: 0, entities: 0, paragraphs: 0 });
      } else {
        // Read without error but stating nothing kg knows: said, so it is not taken for a success.
        if (!r.extraction.facts.length) message({ path: r.path, messages: r.messages }, 'no facts found: not an announcement of the kinds kg reads?', { ruleId: 'extract:no-facts' });
        options.onExtracted?.(shown(r.path), { paragraphs: r.doc.paragraphs.length, facts: r.extraction.facts.length }, extracted++, files.length);
        batch.push({ file: r.path, item: { doc: r.doc, extraction: r.extraction }, messages: r.messages });
        batchSize += r.doc.text.length;
        if (batch.length >= batchDocs || batchSize >= batchBytes) {
          const b = batch;
          batch = [];
          batchSize = 0;
          await load(b);
        }
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
    withoutFacts: ok.filter((o) => o.result?.status !== 'unchanged' && o.result?.facts === 0).length,
    ignored,
    facts: ok.reduce((n, o) => n + (o.result?.facts ?? 0), 0),
    writes,
    seconds: (performance.now() - t0) / 1000,
  };
}

/**
 * A fault point for the crash tests: KG_TEST_FAULT=after-commit:N kills this process right
 * after the N-th batch committed and before anything is reported, the window where a
 * derivation in a second transaction would have been lost.
 */
function crashAfterCommit(n: number): void {
  if (process.env.KG_TEST_FAULT === `after-commit:${n}`) process.kill(process.pid, 'SIGKILL');
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

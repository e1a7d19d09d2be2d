// Ingest: files and folders in, each file read, extracted and loaded on its own, so one
// bad file never stops the rest. A file is reported loaded only after its transaction
// committed.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { expandInputs } from '../pipeline/files.ts';
import { readDocument } from '../pipeline/read/document.ts';
import { InputError } from '../pipeline/read/source.ts';
import { extract, EXTRACTOR_VERSION } from '../pipeline/extract/index.ts';
import { loadDocument, type LoadResult } from './load.ts';

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
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ServiceUnavailable|Connection was closed|Pool is closed/i.test(msg);
}

export async function ingest(driver: Driver, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const { files, problems } = await expandInputs(inputs);
  const outcomes: FileOutcome[] = problems.map((p) => ({ file: p.file, ok: false, error: p.reason, warnings: [] }));
  const total = files.length + problems.length;
  outcomes.forEach((o, i) => options.onFile?.(o, i, total));
  let connectionLost: string | null = null;
  for (const file of files) {
    const rel = path.relative(process.cwd(), file);
    const shown = rel && !rel.startsWith('..') ? rel : file;
    let outcome: FileOutcome;
    if (connectionLost) {
      outcome = { file: shown, ok: false, error: `not loaded: ${connectionLost}`, warnings: [] };
    } else {
      try {
        const doc = await readDocument(file, { maxBytes: options.maxBytes });
        const extraction = extract(doc);
        const result = await loadDocument(driver, doc, extraction, { extractorVersion: EXTRACTOR_VERSION, database: options.database, force: options.force });
        outcome = { file: shown, ok: true, result, warnings: doc.messages.map((m) => m.reason) };
      } catch (err) {
        if (err instanceof InputError) outcome = { file: shown, ok: false, error: err.reason, warnings: [] };
        else if (isConnectionError(err)) {
          connectionLost = `Neo4j is unreachable (${(err as Error).message.split('\n')[0]})`;
          outcome = { file: shown, ok: false, error: connectionLost, warnings: [] };
        } else outcome = { file: shown, ok: false, error: (err as Error).message ?? String(err), warnings: [] };
      }
    }
    outcomes.push(outcome);
    options.onFile?.(outcome, outcomes.length - 1, total);
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

// Reading and extraction across cores: a small pool of worker threads, each taking one file
// at a time. With no workers, the same work runs in this thread. A file whose content the
// graph already holds under this extractor version is not extracted again.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { readDocument } from '../pipeline/read/document.ts';
import { InputError } from '../pipeline/read/source.ts';
import { extract } from '../pipeline/extract/index.ts';
import { loadable, type LoadItem } from './load.ts';

export type Extracted =
  | { ok: true; item: LoadItem; warnings: string[] }
  | { ok: true; unchanged: { sha256: string; path: string } }
  | { ok: false; error: string; input: boolean };

export async function extractFile(file: string, maxBytes: number | undefined, known: Set<string>): Promise<Extracted> {
  try {
    if (known.size) {
      const sha256 = createHash('sha256').update(await readFile(file)).digest('hex');
      if (known.has(sha256)) return { ok: true, unchanged: { sha256, path: file } };
    }
    const doc = await readDocument(file, { maxBytes });
    return { ok: true, item: { doc: loadable(doc), extraction: extract(doc) }, warnings: doc.messages.map((m) => m.reason) };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, input: true, error: err.reason };
    const code = (err as NodeJS.ErrnoException).code;
    if (code) return { ok: false, input: true, error: code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})` };
    return { ok: false, input: false, error: (err as Error).message };
  }
}

export interface ExtractPool {
  run(file: string, maxBytes?: number): Promise<Extracted>;
  close(): Promise<void>;
}

export function inlinePool(known: Set<string> = new Set()): ExtractPool {
  return { run: (file, maxBytes) => extractFile(file, maxBytes, known), close: async () => {} };
}

export function workerPool(size: number, known: Set<string> = new Set()): ExtractPool {
  const knownList = [...known];
  const workers = Array.from({ length: size }, () => new Worker(new URL('./extract-worker.js', import.meta.url)));
  const idle = [...workers];
  const waiting: Array<() => void> = [];
  const pending = new Map<number, { worker: Worker; done: (r: Extracted) => void }>();
  let next = 0;
  for (const w of workers) {
    w.on('message', (m: { id: number; result: Extracted }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      idle.push(w);
      waiting.shift()?.();
      p?.done(m.result);
    });
    w.on('error', (err) => {
      for (const [id, p] of pending) {
        if (p.worker !== w) continue;
        pending.delete(id);
        p.done({ ok: false, error: `extraction worker failed: ${err.message}`, input: false });
      }
    });
  }
  let sentKnown = new WeakSet<Worker>();
  return {
    async run(file, maxBytes) {
      while (!idle.length) await new Promise<void>((r) => waiting.push(r));
      const w = idle.shift()!;
      const id = next++;
      // The known set travels once per worker.
      const first = !sentKnown.has(w);
      sentKnown.add(w);
      return new Promise<Extracted>((resolve) => {
        pending.set(id, { worker: w, done: resolve });
        w.postMessage({ id, file, maxBytes, known: first ? knownList : undefined });
      });
    },
    async close() {
      sentKnown = new WeakSet<Worker>();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

// The document path across cores: a small pool of worker threads, each taking one file
// at a time down the path (./index.ts). With no workers, the same runs in this thread.
import { Worker } from 'node:worker_threads';
import { message } from '../messages.ts';
import { processFile } from './index.ts';
import { processed, type Processed } from './processed.ts';

export interface PoolOptions {
  maxBytes?: number;
  /** Hashes of the content the graph holds under this extractor version. */
  known?: ReadonlySet<string>;
}

export interface Pool {
  run(file: string): Promise<Processed>;
  close(): Promise<void>;
}

/** One file down the whole path, as the loader takes it. */
export async function processForLoad(file: string, options: PoolOptions): Promise<Processed> {
  return processed(await processFile(file, { maxBytes: options.maxBytes, known: options.known }));
}

export function inlinePool(options: PoolOptions = {}): Pool {
  return { run: (file) => processForLoad(file, options), close: async () => {} };
}

export function workerPool(size: number, options: PoolOptions = {}): Pool {
  // What every file shares travels once, when a worker starts.
  const workerData = { maxBytes: options.maxBytes, known: [...(options.known ?? [])] };
  const workers = Array.from({ length: size }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData }));
  const idle = [...workers];
  const waiting: Array<() => void> = [];
  const pending = new Map<number, { worker: Worker; file: string; done: (r: Processed) => void }>();
  let next = 0;
  for (const w of workers) {
    w.on('message', (m: { id: number; result: Processed }) => {
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
        const file = { path: p.file, messages: [] };
        message(file, `extraction worker failed: ${err.message}`, { ruleId: 'process:worker', fatal: true });
        p.done({ path: p.file, status: 'failed', messages: file.messages });
      }
    });
  }
  return {
    async run(file) {
      while (!idle.length) await new Promise<void>((r) => waiting.push(r));
      const w = idle.shift()!;
      const id = next++;
      return new Promise<Processed>((resolve) => {
        pending.set(id, { worker: w, file, done: resolve });
        w.postMessage({ id, file });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

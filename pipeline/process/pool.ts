// The document path across cores: a small pool of worker threads, each taking one file
// at a time down the path (./index.ts). With no workers, the same runs in this thread.
import { Worker } from 'node:worker_threads';
import { message } from '../messages.ts';
import { processFile } from './index.ts';
import { processed, type Processed } from './processed.ts';

export interface PoolOptions {
  maxBytes?: number;
  /** Seconds one file may take in a worker before it is stopped and reported. */
  fileSeconds?: number;
  /** Heap (MB) a worker may use for one file before it is stopped and reported. */
  fileMemoryMb?: number;
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

/** Budgets per file in a worker: the time a file may take, the heap it may use. */
export const DEFAULT_FILE_SECONDS = 120;
export const DEFAULT_FILE_MEMORY_MB = 2048;

export function workerPool(size: number, options: PoolOptions = {}): Pool {
  // What every file shares travels once, when a worker starts.
  const workerData = { maxBytes: options.maxBytes, known: [...(options.known ?? [])] };
  const seconds = options.fileSeconds ?? DEFAULT_FILE_SECONDS;
  const memoryMb = options.fileMemoryMb ?? DEFAULT_FILE_MEMORY_MB;
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  const waiting: Array<() => void> = [];
  const pending = new Map<Worker, { file: string; done: (r: Processed) => void; timer: NodeJS.Timeout }>();
  let closing = false;

  const fail = (w: Worker, reason: string, ruleId: string) => {
    const p = pending.get(w);
    if (!p) return;
    pending.delete(w);
    clearTimeout(p.timer);
    const file = { path: p.file, messages: [] };
    message(file, reason, { ruleId, fatal: true });
    p.done({ path: p.file, status: 'failed', messages: file.messages });
  };
  // A worker that ran out of time or memory is gone with its file; a fresh one takes its place.
  const replace = (w: Worker) => {
    all.delete(w);
    if (!closing) spawn();
  };
  const spawn = () => {
    const w = new Worker(new URL('./worker.js', import.meta.url), { workerData, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    all.add(w);
    w.on('message', (m: { ready?: true; result?: Processed }) => {
      if (m.ready) {
        idle.push(w);
        waiting.shift()?.();
        return;
      }
      const p = pending.get(w);
      if (!p) return;
      pending.delete(w);
      clearTimeout(p.timer);
      idle.push(w);
      waiting.shift()?.();
      p.done(m.result!);
    });
    w.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') fail(w, `over the memory budget of ${memoryMb} MB; not loaded`, 'process:memory');
      else fail(w, `extraction worker failed: ${err.message}`, 'process:worker');
    });
    w.on('exit', () => {
      fail(w, 'extraction worker stopped unexpectedly', 'process:worker');
      replace(w);
    });
  };
  for (let i = 0; i < size; i++) spawn();
  return {
    async run(file) {
      while (!idle.length) await new Promise<void>((r) => waiting.push(r));
      const w = idle.shift()!;
      return new Promise<Processed>((resolve) => {
        const timer = setTimeout(() => {
          fail(w, `over the time budget: not read and extracted in ${seconds} s; not loaded`, 'process:time');
          void w.terminate();
        }, seconds * 1000);
        pending.set(w, { file, done: resolve, timer });
        w.postMessage({ file });
      });
    },
    async close() {
      closing = true;
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}

// Inside a pool worker: read and extract one file per message, answer with what the loader needs.
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract-pool.ts';

let known = new Set<string>();
parentPort!.on('message', async (msg: { id: number; file: string; maxBytes?: number; known?: string[] }) => {
  if (msg.known) known = new Set(msg.known);
  parentPort!.postMessage({ id: msg.id, result: await extractFile(msg.file, msg.maxBytes, known) });
});

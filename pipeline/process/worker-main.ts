// Inside a pool worker: one file down the document path per message.
import { parentPort, workerData } from 'node:worker_threads';
import { processForLoad } from './pool.ts';

const options = { maxBytes: workerData?.maxBytes as number | undefined, known: new Set<string>((workerData?.known as string[] | undefined) ?? []) };
parentPort!.on('message', async (msg: { id: number; file: string }) => {
  parentPort!.postMessage({ id: msg.id, result: await processForLoad(msg.file, options) });
});

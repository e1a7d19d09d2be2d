// Inside a pool worker: one file down the document path per message.
import { parentPort, workerData } from 'node:worker_threads';
import { processForLoad } from './pool.ts';

const options = { maxBytes: workerData?.maxBytes as number | undefined, known: new Set<string>((workerData?.known as string[] | undefined) ?? []) };
parentPort!.on('message', async (msg: { file: string }) => {
  parentPort!.postMessage({ result: await processForLoad(msg.file, options) });
});
// Loaded: a file's time budget starts when it is handed to a worker that is ready for it.
parentPort!.postMessage({ ready: true });

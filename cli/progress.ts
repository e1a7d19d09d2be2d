// Progress for ingest: a bar with files and facts per second on a terminal, plain lines otherwise:
// one as each file is extracted, one as its batch is committed (a big folder speaks at once,
// not only after each batch of documents).
import cliProgress from 'cli-progress';
import type { FileOutcome } from '../graph/ingest.ts';
import { messageLine } from './report.ts';

export interface Progress {
  extracted(file: string, counts: { paragraphs: number; facts: number }, index: number, total: number): void;
  file(outcome: FileOutcome, index: number, total: number): void;
  stop(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const t0 = performance.now();
  let facts = 0;
  const lines = (o: FileOutcome, i: number, total: number) => {
    const fatal = o.messages.find((m) => m.fatal);
    if (!fatal) {
      const r = o.result!;
      const detail = r.status === 'unchanged' ? 'already in the graph' : `${r.paragraphs} paragraphs, ${r.facts} facts; committed`;
      stream.write(`[${i + 1}/${total}] ${r.status.padEnd(9)} ${o.file} (${detail})\n`);
    } else stream.write(`[${i + 1}/${total}] FAILED    ${messageLine(o.file, fatal)}\n`);
    for (const m of o.messages) if (m !== fatal) stream.write(`           ${m.fatal ? 'error  ' : 'warning'}   ${messageLine(o.file, m)}\n`);
  };
  const extractedLine = (file: string, c: { paragraphs: number; facts: number }, i: number, total: number) =>
    stream.write(`[${i + 1}/${total}] extracted ${file} (${c.paragraphs} paragraphs, ${c.facts} facts; loads with its batch)\n`);
  if (!stream.isTTY) return { extracted: extractedLine, file: lines, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} files | {facts} facts | {rate} facts/s | {name}', stream, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    extracted(file) {
      if (started) bar.update({ name: `extracted ${file.slice(-30)}` });
    },
    file(o, i, total) {
      if (!started) {
        bar.start(total, 0, { facts: 0, rate: '0', name: '' });
        started = true;
      }
      facts += o.result?.facts ?? 0;
      const secs = (performance.now() - t0) / 1000;
      if (!o.ok) {
        bar.stop();
        lines(o, i, total);
        bar.start(total, i + 1, { facts, rate: (facts / Math.max(secs, 0.001)).toFixed(0), name: '' });
        return;
      }
      bar.update(i + 1, { facts, rate: (facts / Math.max(secs, 0.001)).toFixed(0), name: o.file.slice(-40) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

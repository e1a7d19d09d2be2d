// Progress for ingest: a bar with files and facts per second on a terminal, plain lines otherwise.
import cliProgress from 'cli-progress';
import type { FileOutcome } from '../graph/ingest.ts';
import { messageLine } from './report.ts';

export interface Progress {
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
      const detail = r.status === 'unchanged' ? 'already in the graph' : `${r.paragraphs} paragraphs, ${r.facts} facts`;
      stream.write(`[${i + 1}/${total}] ${r.status.padEnd(9)} ${o.file} (${detail})\n`);
    } else stream.write(`[${i + 1}/${total}] FAILED    ${messageLine(o.file, fatal)}\n`);
    for (const m of o.messages) if (m !== fatal) stream.write(`           ${m.fatal ? 'error  ' : 'warning'}   ${messageLine(o.file, m)}\n`);
  };
  if (!stream.isTTY) return { file: lines, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} files | {facts} facts | {rate} facts/s | {name}', stream, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
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

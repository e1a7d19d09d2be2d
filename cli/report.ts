// Messages on files, printed one line each, and the exit status they give (as
// unified-engine computes it: any fatal message fails the run).
import { formatReason, tally, type Message } from '../pipeline/messages.ts';

/** `file: reason (line L, column C): actual`. */
export function messageLine(file: string, m: Message): string {
  return `${file}: ${formatReason(m)}`;
}

/** Print each message on its own line (`kg: file: reason`, `kg: file: warning: reason`). */
export function printMessages(messages: Message[], stream: NodeJS.WritableStream = process.stderr): void {
  for (const m of messages) stream.write(`kg: ${m.file}: ${m.fatal ? '' : 'warning: '}${formatReason(m)}\n`);
}

/** 1 when any message is fatal, else 0. */
export function exitStatus(messages: Message[]): number {
  return tally(messages).fatal ? 1 : 0;
}

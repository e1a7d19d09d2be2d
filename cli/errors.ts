// What a user sees when a command fails: one line naming the mistake, and an exit code
// (1 a failure, 2 a name that means several entities, listed). A stack only with KG_DEBUG=1.
import { AmbiguousNameError, formatCandidates } from '../graph/resolve.ts';
import { ServerError } from '../graph/server/local.ts';

/** A mistake in how a command was called (an option's value, a missing parameter). */
export class UsageError extends Error {}

export const EXIT_FAILURE = 1;
export const EXIT_AMBIGUOUS = 2;

/** The message of an error from anywhere, as one line: the driver's and Node's are often several. */
export function oneLine(err: unknown): string {
  const e = err as { message?: string; code?: string };
  const message = (e?.message ?? String(err)).split('\n')[0].trim();
  return message || String(e?.code ?? err);
}

/** Print the error for a user and return the exit code. */
export function report(err: unknown, out: NodeJS.WritableStream = process.stderr): number {
  if (err instanceof AmbiguousNameError) {
    process.stdout.write(formatCandidates(err.name, err.candidates));
    out.write(`kg: "${err.name}" is ambiguous: name one of the candidates above\n`);
    return EXIT_AMBIGUOUS;
  }
  out.write(`kg: ${oneLine(err)}\n`);
  // The local server's start-up failures carry the end of its log or Maven's words: show them.
  if (err instanceof ServerError) out.write(err.message.split('\n').slice(1).map((l) => `  ${l}\n`).join(''));
  if (process.env.KG_DEBUG) out.write(`${(err as Error)?.stack ?? ''}\n`);
  return EXIT_FAILURE;
}

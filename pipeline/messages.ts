// Problems as messages on the file, as vfile has them: each says why (`reason`), where
// (`place`), who said it (`ruleId`: the reader, stage or rule) and whether the file is lost
// (`fatal`). Stages add warnings with `message`; a stage that cannot go on throws a
// FileError, which the document path turns into a fatal message (as unified-engine does).
// The CLI prints messages and takes its exit status from them.

/** A point in the file: line and column (1-based), and the offset the reader counts in. */
export interface Place {
  line?: number;
  column?: number;
  offset?: number;
}

export interface Message {
  /** The file it is about, as the user named it. */
  file: string;
  reason: string;
  place?: Place;
  /** `read:utf8`, `read:size`, `load`, ...: the reader, stage or rule that said it. */
  ruleId: string;
  /** True: the file could not be processed; false: a warning. */
  fatal: boolean;
  /** What was found, where that helps (`0xe9`). */
  actual?: string;
}

/** A stage's reason to stop: becomes a fatal message on the file. */
export class FileError extends Error {
  readonly ruleId: string;
  readonly place?: Place;
  readonly actual?: string;
  constructor(
    readonly reason: string,
    options: { ruleId: string; place?: Place; actual?: string },
  ) {
    super(reason);
    this.name = 'FileError';
    this.ruleId = options.ruleId;
    this.place = options.place;
    this.actual = options.actual;
  }
}

/** Whatever holds a file's messages (a file on its way through the pipeline, a document). */
export interface HasMessages {
  path: string;
  messages: Message[];
}

/** Add a warning (or, with fatal, an error) to a file. */
export function message(file: HasMessages, reason: string, options: { ruleId: string; place?: Place; actual?: string; fatal?: boolean }): Message {
  const m: Message = { file: file.path, reason, ruleId: options.ruleId, fatal: options.fatal ?? false };
  if (options.place) m.place = options.place;
  if (options.actual !== undefined) m.actual = options.actual;
  file.messages.push(m);
  return m;
}

/** A thrown error as a fatal message: a FileError keeps its reason and place; anything else is an internal error of the stage. */
export function fatalMessage(file: HasMessages, err: unknown, stage: string): Message {
  if (err instanceof FileError) return message(file, err.reason, { ruleId: err.ruleId, place: err.place, actual: err.actual, fatal: true });
  const code = (err as NodeJS.ErrnoException).code;
  if (code && /^E[A-Z]+$/.test(code)) return message(file, errnoReason(code), { ruleId: `${stage}:fs`, fatal: true });
  return message(file, (err as Error).message ?? String(err), { ruleId: `${stage}:internal`, fatal: true });
}

/** What an errno code means for the user, in one place. */
export function errnoReason(code: string | undefined, doing = 'read'): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'too many symbolic links (a loop?)';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return `cannot ${doing} (${code ?? 'unknown error'})`;
  }
}

/** One line for a message: `reason (line L, column C): actual`. */
export function formatReason(m: Message): string {
  const at = m.place?.line !== undefined ? ` (line ${m.place.line}, column ${m.place.column ?? 1})` : '';
  return `${m.reason}${at}${m.actual !== undefined ? `: ${m.actual}` : ''}`;
}

/** Counts as unified-engine keeps them: fatal messages fail the run. */
export function tally(messages: Message[]): { fatal: number; warn: number } {
  let fatal = 0;
  let warn = 0;
  for (const m of messages) {
    if (m.fatal) fatal++;
    else warn++;
  }
  return { fatal, warn };
}

export function failed(file: { messages: Message[] }): boolean {
  return file.messages.some((m) => m.fatal);
}

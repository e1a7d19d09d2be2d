// The one path a document takes, as unified-engine's file pipeline lists its stages:
//   unchanged?  read the file's bytes (the only time they are read) and hash them; content
//               the graph already holds under this extractor version stops here
//   read        decide the format, decode, and read text and blocks with exact offsets
//   structure   announcements, sections, paragraphs, tables, defined terms
//   extract     facts and the entities they name (with their keys)
// Every stage adds its problems to the file's messages; one that cannot go on throws, and
// the error becomes a fatal message that ends the file's path (other files go on).
// The worker pool, `kg extract`/`kg eval`, the tests and the bench all go through here.
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../model.ts';
import type { Extraction } from '../extract/types.ts';
import { extract } from '../extract/index.ts';
import { readBlocks, newDocument } from '../read/document.ts';
import { readBytes, sniff } from '../read/source.ts';
import { checkNesting } from '../read/nesting.ts';
import { structure } from '../structure/split.ts';
import { definitionsOf } from '../structure/definitions.ts';
import { failed, fatalMessage, formatReason, type HasMessages, type Message } from '../messages.ts';

export type StageName = 'unchanged' | 'read' | 'structure' | 'extract';

export interface ProcessOptions {
  /** Refuse files larger than this (bytes). */
  maxBytes?: number;
  /** Hashes of the content the graph holds under this extractor version. */
  known?: ReadonlySet<string>;
  /** The last stage to run (`read` for the text alone, `structure` for the document without facts). */
  until?: StageName;
  /** Each stage's time, for the bench. */
  onStage?: (stage: StageName, ms: number) => void;
}

/** A file on its way: what each stage added, and its messages (the document shares them). */
export interface DocFile extends HasMessages {
  bytes?: Buffer;
  sha256?: string;
  /** The graph holds this content already: nothing after `unchanged?` ran. */
  unchanged?: boolean;
  doc?: SourceDocument;
  extraction?: Extraction;
}

type Stage = (file: DocFile, options: ProcessOptions) => Promise<void> | void;

export const STAGES: ReadonlyArray<readonly [StageName, Stage]> = [
  [
    'unchanged',
    async (file, o) => {
      file.bytes = await readBytes(file.path, o.maxBytes);
      file.sha256 = createHash('sha256').update(file.bytes).digest('hex');
      if (o.known?.has(file.sha256)) file.unchanged = true;
    },
  ],
  [
    'read',
    async (file) => {
      const raw = sniff(file.path, file.bytes!, file.sha256!);
      file.messages.push(...raw.messages);
      checkNesting(raw.format, raw.text);
      const { text, blocks } = await readBlocks(raw);
      file.doc = newDocument(raw, text, blocks, file.messages);
      // The bytes are not needed past this point; a worker sends the document, not them.
      file.bytes = undefined;
    },
  ],
  [
    'structure',
    (file) => {
      const doc = file.doc!;
      Object.assign(doc, structure(doc));
      doc.definitions = definitionsOf(doc.text, doc.tables, doc.sections, doc.paragraphs);
    },
  ],
  [
    'extract',
    (file) => {
      file.extraction = extract(file.doc!);
    },
  ],
];

/** Take one file down the path, as far as it goes. Never throws for a bad file: see its messages. */
export async function processFile(path: string, options: ProcessOptions = {}): Promise<DocFile> {
  const file: DocFile = { path, messages: [] };
  for (const [name, stage] of STAGES) {
    const t = performance.now();
    try {
      await stage(file, options);
    } catch (err) {
      fatalMessage(file, err, name);
      return file;
    }
    options.onStage?.(name, performance.now() - t);
    if (file.unchanged || name === options.until) break;
  }
  return file;
}

/** Read and structure a file that must be good (tests, the bench): its first fatal message is thrown. */
export async function readDocument(path: string, options: Omit<ProcessOptions, 'until' | 'known'> = {}): Promise<SourceDocument> {
  const file = await processFile(path, { ...options, until: 'structure' });
  throwIfFailed(file);
  return file.doc!;
}

/** Read, structure and extract a file that must be good. */
export async function extractFile(path: string, options: Omit<ProcessOptions, 'until' | 'known'> = {}): Promise<{ doc: SourceDocument; extraction: Extraction; messages: Message[] }> {
  const file = await processFile(path, options);
  throwIfFailed(file);
  return { doc: file.doc!, extraction: file.extraction!, messages: file.messages };
}

function throwIfFailed(file: DocFile): void {
  if (!failed(file)) return;
  const m = file.messages.find((x) => x.fatal)!;
  throw new Error(`${file.path}: ${formatReason(m)}`);
}

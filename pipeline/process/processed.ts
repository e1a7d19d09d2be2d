// What leaves the document path for the loader: plain data (it crosses from a worker
// thread), the document without its blocks and plain-text maps, the extraction, messages.
import type { Announcement, Paragraph, Section, SourceDocument, Table } from '../model.ts';
import type { Extraction } from '../extract/types.ts';
import { failed, type Message } from '../messages.ts';
import type { DocFile } from './index.ts';

/** What the loader needs of a document. */
export type LoadableDocument = Pick<SourceDocument, 'path' | 'name' | 'sha256' | 'bytes' | 'format' | 'text'> & {
  announcements: Announcement[];
  sections: Section[];
  paragraphs: Array<Omit<Paragraph, 'plain'>>;
  tables: Table[];
};

export type Processed =
  | { path: string; status: 'extracted'; sha256: string; doc: LoadableDocument; extraction: Extraction; messages: Message[] }
  | { path: string; status: 'unchanged'; sha256: string; messages: Message[] }
  | { path: string; status: 'failed'; messages: Message[] };

export function loadable(doc: SourceDocument): LoadableDocument {
  return {
    path: doc.path,
    name: doc.name,
    sha256: doc.sha256,
    bytes: doc.bytes,
    format: doc.format,
    text: doc.text,
    announcements: doc.announcements,
    sections: doc.sections,
    paragraphs: doc.paragraphs.map(({ plain: _plain, ...p }) => p),
    tables: doc.tables,
  };
}

/** A processed file as the loader takes it. */
export function processed(file: DocFile): Processed {
  if (failed(file)) return { path: file.path, status: 'failed', messages: file.messages };
  if (file.unchanged) return { path: file.path, status: 'unchanged', sha256: file.sha256!, messages: file.messages };
  if (!file.doc || !file.extraction) throw new Error(`${file.path} did not reach extraction`);
  return { path: file.path, status: 'extracted', sha256: file.sha256!, doc: loadable(file.doc), extraction: file.extraction, messages: file.messages };
}

// One file to a SourceDocument: sniff and decode, read blocks by format, then structure.
import type { Block, Format, Message, SourceDocument } from '../model.ts';
import { InputError, readSource, type ReadOptions } from './source.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { columnWrap, normalizeLayout, type WrapTest } from './layout.ts';
import { structure } from '../structure/split.ts';
import { definitionsOf } from '../structure/definitions.ts';

interface Read {
  text: string;
  blocks: Block[];
  /** Which lines reached the right margin (by the file's columns, or the PDF's geometry). */
  wrapped?: WrapTest;
}

async function blocksOf(format: Format, file: string, text: string | undefined, bytes: Buffer): Promise<Read> {
  switch (format) {
    case 'markdown':
      return { text: text!, blocks: readMarkdown(text!), wrapped: columnWrap(text!) };
    case 'text':
      return { text: text!, blocks: readText(text!), wrapped: columnWrap(text!) };
    case 'html': {
      const r = readHtml(text!);
      if (r.empty) throw new InputError(file, 'HTML has no visible text (only scripts, styles or hidden content)');
      return r;
    }
    case 'pdf': {
      const r = await readPdf(bytes, file);
      if (!r.text.trim()) throw new InputError(file, `PDF has no extractable text in ${r.pages} page(s) (scanned images need OCR)`);
      return r;
    }
  }
}

export async function readDocument(file: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const raw = await readSource(file, options);
  const { text, blocks, wrapped } = await blocksOf(raw.format, file, raw.text, raw.bytes);
  // Rules read each block's plain text with layout undone; offsets still point into `text`.
  for (const b of blocks) if (b.plain && b.kind !== 'row') b.plain = normalizeLayout(b.plain, wrapped);
  const messages: Message[] = raw.warnings.map((reason) => ({ severity: 'warning', reason, file }));
  const doc: SourceDocument = {
    path: raw.path,
    name: raw.name,
    sha256: raw.sha256,
    bytes: raw.bytes.length,
    format: raw.format,
    text,
    blocks,
    announcements: [],
    sections: [],
    paragraphs: [],
    tables: [],
    definitions: [],
    messages,
  };
  Object.assign(doc, structure(doc));
  doc.definitions = definitionsOf(doc.text, doc.tables, doc.sections, doc.paragraphs);
  return doc;
}

// A classified file to text and blocks, by format, and the document that holds them.
// (The document path, pipeline/process, runs this as its `read` stage, then structure.)
import type { Block, Format, Message, SourceDocument } from '../model.ts';
import { InputError, type RawSource } from './source.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { columnWrap, normalizeLayout, type WrapTest } from './layout.ts';

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
      if (r.empty) throw new InputError(file, 'HTML has no visible text (only scripts, styles or hidden content)', { ruleId: 'read:no-text' });
      return r;
    }
    case 'pdf': {
      const r = await readPdf(bytes, file);
      if (!r.text.trim()) throw new InputError(file, `PDF has no extractable text in ${r.pages} page(s) (scanned images need OCR)`, { ruleId: 'read:no-text' });
      return r;
    }
  }
}

/** Text and blocks of a classified file, by its format's reader. */
export async function readBlocks(raw: RawSource): Promise<{ text: string; blocks: Block[] }> {
  const { text, blocks, wrapped } = await blocksOf(raw.format, raw.path, raw.text, raw.bytes);
  // Rules read each block's plain text with layout undone; offsets still point into `text`.
  for (const b of blocks) if (b.plain && b.kind !== 'row') b.plain = normalizeLayout(b.plain, wrapped);
  return { text, blocks };
}

/** A document of text and blocks, not yet structured; `messages` is the file's own list. */
export function newDocument(raw: RawSource, text: string, blocks: Block[], messages: Message[]): SourceDocument {
  return {
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
}

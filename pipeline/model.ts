// The document model every stage reads and adds to. Offsets are UTF-16 indices into
// `SourceDocument.text`: for Markdown/text that is the decoded file itself, for HTML
// and PDF it is the extracted text (`kg extract --text FILE` prints it).
import type { Message } from './messages.ts';

export type Format = 'markdown' | 'text' | 'html' | 'pdf';

/** Where a block sat in the original file, beyond its offsets into `text`. */
export interface Origin {
  /** PDF page number (1-based). */
  page?: number;
  /** HTML: a short element path such as `body/div[3]/p[2]`. */
  path?: string;
  /** HTML: offsets of the element in the raw HTML source. */
  sourceStart?: number;
  sourceEnd?: number;
}

export interface Span {
  start: number;
  end: number;
}

/** A cell of a table row, with its offsets into the document text. */
export interface Cell extends Span {
  text: string;
}

/**
 * What a reader produces: a flat list of blocks over the document text. The
 * structure stage turns blocks into announcements, sections, paragraphs and tables.
 */
export interface Block extends Span {
  kind: 'heading' | 'paragraph' | 'row';
  /** Markdown heading depth, or 0 when the block only looks like a title (bold, capitals). */
  depth?: number;
  /** The whole block is bold or underlined in the source. */
  emphasized?: boolean;
  /** Table rows: their cells. */
  cells?: Cell[];
  /** Marks the end of a table in the source even when the next block is a row too. */
  tableId?: number;
  origin?: Origin;
  /** Plain text of the block with markup removed, and for each of its characters the document offset. */
  plain?: PlainText;
}

/** Text with markup removed, mapped back character by character to document offsets. */
export interface PlainText {
  text: string;
  /** map[i] is the document offset of text[i]; map[text.length] is the end offset. */
  map: number[];
}

export interface Paragraph extends Span {
  id: string;
  ordinal: number;
  text: string;
  kind: 'paragraph' | 'heading';
  plain: PlainText;
  sectionId: string;
  announcementId: string;
  origin?: Origin;
  /** Boilerplate (exchange disclaimer, page furniture): kept in the graph, never mined. */
  boilerplate?: boolean;
}

export interface TableRow extends Span {
  ordinal: number;
  cells: Cell[];
}

export interface Table extends Span {
  id: string;
  ordinal: number;
  rows: TableRow[];
  sectionId: string;
  announcementId: string;
  /** A table of defined terms (term, meaning) rather than figures. */
  definitions: boolean;
  origin?: Origin;
}

export interface Section extends Span {
  id: string;
  ordinal: number;
  heading: string | null;
  announcementId: string;
}

export interface StockCode {
  exchange: string;
  code: string;
  span: Span;
}

export interface Announcement extends Span {
  id: string;
  ordinal: number;
  title: string | null;
  issuer: string | null;
  /** ISO date where stated. */
  date: string | null;
  stockCodes: StockCode[];
  kind: 'cover' | 'announcement' | 'filing';
}

/** A defined term: `“Xunlei”` for Shenzhen Xunlei Network Technology Co., Ltd. */
export interface Definition {
  term: string;
  meaning: string;
  announcementId: string;
  /** The span of the term where it is defined. */
  span: Span;
  paragraphId: string;
}

/** Problems are messages on the file (see messages.ts); a document shares its file's list. */
export type { Message };

export interface SourceDocument {
  path: string;
  name: string;
  sha256: string;
  bytes: number;
  format: Format;
  text: string;
  blocks: Block[];
  announcements: Announcement[];
  sections: Section[];
  paragraphs: Paragraph[];
  tables: Table[];
  definitions: Definition[];
  messages: Message[];
}

// Reading a file's bytes and deciding what it is, by content before extension.
// Every refusal is an InputError (a FileError: it becomes a fatal message on the file)
// naming the reason and the rule that refused.
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Format } from '../model.ts';
import { FileError, errnoReason, message, type Message, type Place } from '../messages.ts';

export class InputError extends FileError {
  constructor(
    readonly file: string,
    reason: string,
    options: { ruleId: string; place?: Place; actual?: string } = { ruleId: 'read' },
  ) {
    super(reason, options);
    this.name = 'InputError';
  }
}

export interface RawSource {
  path: string;
  name: string;
  bytes: Buffer;
  sha256: string;
  format: Format;
  /** Decoded text (not for PDF). */
  text?: string;
  /** Warnings, e.g. an extension that does not match the content. */
  messages: Message[];
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const EXTENSIONS: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.htm': 'html',
  '.html': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

export function formatOfExtension(file: string): Format | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Buffer, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** The first offset where the bytes stop being valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAndColumn(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lastNl = i;
    }
  }
  return { line, column: offset - lastNl };
}

function looksLikeHtml(head: string): boolean {
  const h = head.trimStart().slice(0, 2048).toLowerCase();
  return (
    h.startsWith('<!doctype html') ||
    h.startsWith('<html') ||
    (h.startsWith('<?xml') && h.includes('<html')) ||
    (h.startsWith('<') && /<(html|body|head|div|table|p)[\s>]/.test(h.slice(0, 512)))
  );
}

/** Decode bytes to text: UTF-16 with BOM, UTF-8 (BOM dropped), refusing invalid UTF-8 with its position. */
export function decode(file: string, bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // The engine's check is native; the offset of the first bad byte is looked for only when there is one.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = lineAndColumn(bytes, bad);
    throw new InputError(file, `invalid UTF-8 at byte ${bad}`, { ruleId: 'read:utf8', place: { line, column, offset: bad }, actual: `0x${bytes[bad].toString(16).padStart(2, '0')}` });
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a zero byte in every other
 * position (the high byte), odd positions for little-endian, even for big-endian.
 */
export function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // A few characters whose other byte is zero too (U+4E00 is 00 4E) do not spoil the pattern.
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

export interface ReadOptions {
  maxBytes?: number;
}

/** A file's bytes, read once; refused when missing, unreadable, not a file, too large or empty. */
export async function readBytes(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    throw new InputError(file, errnoReason((err as NodeJS.ErrnoException).code, 'stat'), { ruleId: 'read:fs' });
  }
  if (!stat.isFile()) throw new InputError(file, 'not a regular file', { ruleId: 'read:not-file' });
  if (stat.size > maxBytes) {
    throw new InputError(file, `file is ${stat.size} bytes, over the size limit of ${maxBytes} bytes (--max-bytes)`, { ruleId: 'read:size' });
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new InputError(file, errnoReason((err as NodeJS.ErrnoException).code), { ruleId: 'read:fs' });
  }
  if (bytes.length === 0) throw new InputError(file, 'empty file', { ruleId: 'read:empty' });
  return bytes;
}

/** Read one file and classify it. Throws InputError for anything that cannot be ingested. */
export async function readSource(file: string, options: ReadOptions = {}): Promise<RawSource> {
  return sniff(file, await readBytes(file, options.maxBytes));
}

/** Decide what a file's bytes are, by content before extension, and decode text. */
export function sniff(file: string, bytes: Buffer, sha256 = createHash('sha256').update(bytes).digest('hex')): RawSource {
  const byExt = formatOfExtension(file);
  const messages: Message[] = [];
  const mismatch = (says: string, is: string, readAs: string) => message({ path: file, messages }, `extension says ${says} but the content is ${is}; read as ${readAs}`, { ruleId: 'read:format' });
  const base: Omit<RawSource, 'format'> = { path: file, name: path.basename(file), bytes, sha256, messages };

  if (bytes.subarray(0, 1024).includes(Buffer.from('%PDF-'))) {
    if (byExt !== 'pdf') mismatch((byExt ?? 'unknown').toUpperCase(), 'PDF', 'PDF');
    return { ...base, format: 'pdf' };
  }
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const bare = bom ? null : utf16WithoutBom(bytes);
  if (!bom && !bare) {
    for (const [what, sig] of MAGIC) {
      if (startsWith(bytes, sig)) throw new InputError(file, `binary file (${what}), not an announcement`, { ruleId: 'read:binary' });
    }
    // Anywhere in the file, not only at its head: a NUL never belongs in an announcement's text.
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw new InputError(file, `binary file (a NUL byte at byte ${nul})`, { ruleId: 'read:binary' });
  }
  let text: string;
  try {
    text = bare ? new TextDecoder(bare, { fatal: true }).decode(bytes) : decode(file, bytes);
  } catch (err) {
    if (byExt === 'pdf') throw new InputError(file, 'not a PDF: no %PDF- header, and not text either (corrupt or mislabelled file)', { ruleId: 'read:not-pdf' });
    if (bare) throw new InputError(file, `looks like ${bare.toUpperCase()} without a byte-order mark but does not decode as such`, { ruleId: 'read:encoding' });
    throw err;
  }
  if (bare) message({ path: file, messages }, `${bare.toUpperCase()} without a byte-order mark; read as ${bare.toUpperCase()}`, { ruleId: 'read:encoding' });
  const nulChar = text.indexOf('\u0000');
  if (nulChar >= 0) throw new InputError(file, `binary file (a NUL character at character ${nulChar})`, { ruleId: 'read:binary' });
  if (text.trim().length === 0) throw new InputError(file, 'empty file (only white space)', { ruleId: 'read:empty' });
  if (looksLikeHtml(text)) {
    if (byExt !== 'html') mismatch((byExt ?? 'unknown').toUpperCase(), 'HTML', 'HTML');
    return { ...base, format: 'html', text };
  }
  if (byExt === 'html' || byExt === 'pdf') {
    mismatch(byExt.toUpperCase(), 'plain text', 'text');
    return { ...base, format: 'text', text };
  }
  return { ...base, format: byExt ?? 'text', text };
}

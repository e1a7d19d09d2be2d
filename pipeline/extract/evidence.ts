// Evidence: a span of a paragraph's plain text as exact offsets into the document, and its quote.
import type { Paragraph, SourceDocument } from '../model.ts';
import type { Fact } from '../facts/types.ts';
import { spanOfPlain } from '../read/plain.ts';
import { sentences } from './sentences.ts';

export type Evidence = Fact['evidence'][number];

export function mentionEvidence(p: Paragraph, from: number, to: number, doc: SourceDocument): Evidence {
  const { start, end } = spanOfPlain(p.plain, from, to);
  return { paragraph: p.id, start, end, quote: doc.text.slice(start, end) };
}

/** The last sentence of a paragraph: the lead-in a table's facts cite with its rows. */
export function lastSentence(p: Paragraph | undefined): { paragraph: Paragraph; from: number; to: number } | undefined {
  const s = p ? sentences(p.plain.text).pop() : undefined;
  return p && s ? { paragraph: p, from: s.from, to: s.to } : undefined;
}

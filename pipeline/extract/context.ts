// What a fact rule sees: one sentence, the names in it already resolved to entities,
// and a way to state a fact with the sentence as evidence.
import type { Announcement, Paragraph, SourceDocument, Table, TableRow } from '../model.ts';
import type { ArgValue, Fact, FactType } from '../facts/types.ts';
import type { Registry } from './registry.ts';

export interface Ref {
  /** Offsets in the sentence text. */
  from: number;
  to: number;
  kind: 'person' | 'organization';
  name: string;
  /** How the sentence wrote it ("the Company", "Mr. Qu"). */
  surface: string;
}

export interface SentenceContext {
  doc: SourceDocument;
  paragraph: Paragraph;
  announcement: Announcement;
  /** Sentence text (plain) and its start in the paragraph's plain text. */
  text: string;
  offset: number;
  /** The paragraph's whole plain text, for rules that look across sentences. */
  paragraphText: string;
  issuer: string | null;
  /** Announcement date (or the document's) for "as at the date of this announcement" and ages. */
  date: string | null;
  registry: Registry;
  refs: Ref[];
  /** State a fact; `rule` names the construction that found it (e.g. `appointment.passive`). */
  emit(rule: string, type: FactType, args: Record<string, ArgValue | undefined>, confidence?: number): void;
}

export type Rule = (ctx: SentenceContext) => void;

/** References inside a range of the sentence. */
export function refsIn(ctx: SentenceContext, from: number, to: number, kind?: 'person' | 'organization'): Ref[] {
  return ctx.refs.filter((r) => r.from >= from && r.to <= to && (!kind || r.kind === kind));
}

export function firstRefAfter(ctx: SentenceContext, at: number, kind: 'person' | 'organization', within = 200): Ref | undefined {
  return ctx.refs.find((r) => r.kind === kind && r.from >= at && r.from - at <= within);
}

export function lastRefBefore(ctx: SentenceContext, at: number, kind: 'person' | 'organization'): Ref | undefined {
  return [...ctx.refs].reverse().find((r) => r.kind === kind && r.to <= at);
}

export type PendingFact = Omit<Fact, 'evidence'> & { evidence: Array<{ paragraph: Paragraph; from: number; to: number }> };

/** What a table rule sees: one table, the paragraphs that introduce it, and a way to state a fact from rows. */
export interface TableContext {
  doc: SourceDocument;
  table: Table;
  announcement: Announcement;
  issuer: string | null;
  date: string | null;
  registry: Registry;
  /** The paragraphs of the announcement before the table, nearest last. */
  before: Paragraph[];
  /** State a fact from rows of the table (evidence: the rows), and optionally the sentence that introduces them. */
  emit(rule: string, type: FactType, args: Record<string, ArgValue | undefined>, rows: TableRow[], intro?: { paragraph: Paragraph; from: number; to: number }, confidence?: number): void;
}

export type TableRule = (ctx: TableContext) => void;

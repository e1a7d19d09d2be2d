// The source paragraph view: a paragraph with the paragraphs around it, its file,
// announcement (title, issuer, date) and section, and the facts stated in it.
import type { Driver } from 'neo4j-driver';
import { paragraphContext } from './read.ts';

export interface SourceParagraph {
  id: string;
  ordinal: number;
  text: string;
  start: number;
  end: number;
  kind: string;
}

export interface SourceView {
  paragraph: SourceParagraph;
  before: SourceParagraph[];
  after: SourceParagraph[];
  file: string;
  format: string | null;
  announcement: { title: string | null; issuer: string | null; date: string | null } | null;
  section: string | null;
  page: number | null;
  facts: Array<{ id: string; type: string; start: number; end: number }>;
}

const paragraphOf = (p: Record<string, unknown>): SourceParagraph => ({
  id: String(p.id),
  ordinal: Number(p.ordinal),
  text: String(p.text ?? ''),
  start: Number(p.start),
  end: Number(p.end),
  kind: String(p.kind ?? 'paragraph'),
});

export async function sourceView(driver: Driver, paragraphId: string, database?: string, around = 2): Promise<SourceView | null> {
  const r = await paragraphContext(driver, paragraphId, around, database);
  if (!r) return null;
  const p = r.paragraph;
  const near = r.near.map(paragraphOf);
  return {
    paragraph: paragraphOf(p),
    before: near.filter((q) => q.ordinal < Number(p.ordinal)),
    after: near.filter((q) => q.ordinal > Number(p.ordinal)),
    file: r.file,
    format: r.format,
    announcement: r.announcement,
    section: r.section,
    page: (p.page as number | null) ?? null,
    facts: r.facts,
  };
}

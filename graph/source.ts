// The source paragraph view: a paragraph with the paragraphs around it, its file,
// announcement (title, issuer, date) and section, and the facts stated in it.
import type { Driver } from 'neo4j-driver';

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
  const res = await driver.executeQuery(
    `MATCH (p:Paragraph {id: $id})
     OPTIONAL MATCH (d:Document {id: p.documentId})
     OPTIONAL MATCH (a:Announcement {id: p.announcementId})
     OPTIONAL MATCH (sec:Section)-[:HAS_PARAGRAPH]->(p)
     OPTIONAL MATCH (q:Paragraph)-[:NEXT*1..2]-(p) WHERE abs(q.ordinal - p.ordinal) <= $around
     WITH DISTINCT p, d, a, sec, q ORDER BY q.ordinal
     WITH p, d, a, sec, collect(properties(q)) AS near
     OPTIONAL MATCH (f:Fact)-[s:STATED_IN]->(p)
     RETURN properties(p) AS p, d.name AS file, d.format AS format, a {.title, .issuer, .date} AS announcement, sec.heading AS section, near,
            collect(CASE WHEN f IS NULL THEN NULL ELSE {id: f.id, type: f.type, start: s.start, end: s.end} END) AS facts`,
    { id: paragraphId, around: Math.min(around, 2) },
    { database, routing: 'READ' },
  );
  const r = res.records[0];
  if (!r) return null;
  const p = r.get('p') as Record<string, unknown>;
  const near = (r.get('near') as Array<Record<string, unknown>>).map(paragraphOf);
  return {
    paragraph: paragraphOf(p),
    before: near.filter((q) => q.ordinal < Number(p.ordinal)),
    after: near.filter((q) => q.ordinal > Number(p.ordinal)),
    file: String(r.get('file') ?? ''),
    format: (r.get('format') as string | null) ?? null,
    announcement: (r.get('announcement') as SourceView['announcement']) ?? null,
    section: (r.get('section') as string | null) ?? null,
    page: (p.page as number | null) ?? null,
    facts: (r.get('facts') as Array<SourceView['facts'][number] | null>).filter((f): f is SourceView['facts'][number] => f !== null),
  };
}

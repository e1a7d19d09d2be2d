// Facts as the panel, the timeline and the dossier show them: a sentence, the period it
// holds, its raw properties, and its citations (file, announcement, paragraph, exact quote),
// each citation naming the paragraph so it can open the source paragraph view.
import type { Driver } from 'neo4j-driver';
import { sentence } from './sentences.ts';
import { describePeriod, eventDate, EVENT_TYPES, rolePeriods, statePeriod, type DatedFact } from './validity.ts';

export interface Cite {
  paragraphId: string;
  file: string;
  announcement: string | null;
  announcementDate: string | null;
  section: string | null;
  paragraph: number;
  page: number | null;
  quote: string;
  start: number;
  end: number;
  paragraphText: string;
  paragraphStart: number;
}

export interface FactDetail {
  id: string;
  type: string;
  sentence: string;
  period: string | null;
  props: Record<string, unknown>;
  evidence: Cite[];
}

/** The reading of a single fact's own period ("2008 – 2015", "as at 2019-05-10", "1994"). */
export function factPeriod(f: DatedFact, announced: string | null): string | null {
  if (EVENT_TYPES.has(f.type) || f.type === 'person_attribute') return null;
  if (f.type === 'position' && !f.startDate && f.endDate) return `until ${f.endDate}`;
  if (f.type === 'position') return describePeriod(rolePeriods([f], () => announced)[0]);
  if (f.type === 'education') return f.year ? String(f.year) : null;
  const p = statePeriod(f, announced);
  return p.from ? describePeriod(p) : null;
}

/** A sentence for a fact, with its period where the sentence does not already carry a date. */
export function factSentence(f: DatedFact, announced: string | null): string {
  return sentence(f, factPeriod(f, announced) ?? undefined);
}

export async function factDetails(driver: Driver, ids: string[], database?: string): Promise<FactDetail[]> {
  const res = await driver.executeQuery(
    `UNWIND $ids AS id
     MATCH (f:Fact {id: id})
     OPTIONAL MATCH (f)-[s:STATED_IN]->(p:Paragraph)
     OPTIONAL MATCH (d:Document {id: p.documentId})
     OPTIONAL MATCH (a:Announcement {id: p.announcementId})
     OPTIONAL MATCH (sec:Section)-[:HAS_PARAGRAPH]->(p)
     WITH f, s, p, d, a, sec ORDER BY a.date, p.ordinal
     RETURN f.id AS id, properties(f) AS props, min(a.date) AS announced,
            collect(CASE WHEN p IS NULL THEN NULL ELSE {paragraphId: p.id, quote: s.quote, start: s.start, end: s.end, paragraphText: p.text, paragraphStart: p.start,
                    paragraph: p.ordinal, page: p.page, file: d.name, announcement: a.title, announcementDate: a.date, section: sec.heading} END) AS evidence`,
    { ids },
    { database, routing: 'READ' },
  );
  const order = new Map(ids.map((id, i) => [id, i]));
  return res.records
    .map((r) => {
      const props = r.get('props') as DatedFact;
      const announced = (r.get('announced') as string | null) ?? null;
      return {
        id: r.get('id') as string,
        type: props.type,
        sentence: factSentence(props, announced),
        period: factPeriod(props, announced) ?? (EVENT_TYPES.has(props.type) ? eventDate(props, announced) : null),
        props,
        evidence: (r.get('evidence') as Array<Cite | null>).filter((c): c is Cite => c !== null),
      };
    })
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** The link to the source paragraph view of a citation, relative to the served page. */
export function sourceLink(c: Pick<Cite, 'paragraphId' | 'start' | 'end'>): string {
  return `/source?p=${encodeURIComponent(c.paragraphId)}&start=${c.start}&end=${c.end}`;
}

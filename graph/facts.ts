// Facts as the panel, the timeline and the dossier show them: a sentence, the period it
// holds, its raw properties, and its citations (file, announcement, paragraph, exact quote),
// each citation naming the paragraph so it can open the source paragraph view.
import type { Driver } from 'neo4j-driver';
import { sentence } from './sentences.ts';
import { evidenceOfFacts, factsById, paragraphsById, type Evidence } from './read.ts';
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

/**
 * The paragraph around a quote, for showing it in place: the whole paragraph, or within a
 * long one the quote with up to CONTEXT characters on each side (a 1 MB paragraph is not sent
 * once per citation). `paragraphStart` is where the text returned begins in the document.
 */
const CONTEXT = 2000;
function around(p: { text: string; start: number } | undefined, start: number, end: number): { paragraphText: string; paragraphStart: number } {
  if (!p) return { paragraphText: '', paragraphStart: 0 };
  if (p.text.length <= 2 * CONTEXT + (end - start)) return { paragraphText: p.text, paragraphStart: p.start };
  const from = Math.max(0, start - p.start - CONTEXT);
  const to = Math.min(p.text.length, end - p.start + CONTEXT);
  return { paragraphText: p.text.slice(from, to), paragraphStart: p.start + from };
}

export async function factDetails(driver: Driver, ids: string[], database?: string): Promise<FactDetail[]> {
  const facts = await factsById(driver, ids, database);
  const evidence = await evidenceOfFacts(driver, facts.map((f) => f.id), database);
  const paragraphs = await paragraphsById(driver, [...new Set([...evidence.values()].flat().map((e) => e.paragraphId))], database);
  // Citations in the order of the announcements' dates (undated last), then of the text.
  const byDate = (a: Evidence, b: Evidence) => (a.announced ?? '\uffff').localeCompare(b.announced ?? '\uffff') || a.paragraph - b.paragraph || a.start - b.start;
  const order = new Map(ids.map((id, i) => [id, i]));
  return facts
    .map((f) => {
      const props = f as DatedFact;
      const cites = (evidence.get(f.id) ?? []).sort(byDate);
      const announced = cites.find((c) => c.announced)?.announced ?? null;
      return {
        id: f.id,
        type: props.type,
        sentence: factSentence(props, announced),
        period: factPeriod(props, announced) ?? (EVENT_TYPES.has(props.type) ? eventDate(props, announced) : null),
        props,
        evidence: cites.map((e): Cite => ({
          paragraphId: e.paragraphId,
          file: e.file,
          announcement: e.announcement,
          announcementDate: e.announced,
          section: e.section,
          paragraph: e.paragraph,
          page: e.page,
          quote: e.quote,
          start: e.start,
          end: e.end,
          ...around(paragraphs.get(e.paragraphId), e.start, e.end),
        })),
      };
    })
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** The link to the source paragraph view of a citation, relative to the served page. */
export function sourceLink(c: Pick<Cite, 'paragraphId' | 'start' | 'end'>): string {
  return `/source?p=${encodeURIComponent(c.paragraphId)}&start=${c.start}&end=${c.end}`;
}

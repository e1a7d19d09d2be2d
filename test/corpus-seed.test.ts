// The seed filing from ../shared/corpus: its split and its offsets. (The same behaviours on a
// 6-K we wrote: structure-6k.test.ts.)
import { beforeAll, expect, it } from 'vitest';
import type { SourceDocument } from '../pipeline/model.ts';
import path from 'node:path';
import { readDocument } from '../pipeline/process/index.ts';
import { SHARED_CORPUS, describeCorpus } from './helpers/corpus.ts';

const SEED = path.join(SHARED_CORPUS, 'kingsoft-cloud-6k-2026-03-25.md');

describeCorpus('seed 6-K', () => {
  let doc: SourceDocument;
  beforeAll(async () => {
    doc = await readDocument(SEED);
  });

  it('splits into the 6-K cover and three announcements with issuer, title and date', () => {
    expect(doc.announcements.map((a) => a.kind)).toEqual(['cover', 'announcement', 'announcement', 'announcement']);
    expect(doc.announcements[0].title).toBe('FORM 6-K');
    for (const a of doc.announcements) {
      expect(a.issuer).toBe('Kingsoft Cloud Holdings Limited');
      expect(a.date).toBe('2026-03-25');
    }
    expect(doc.announcements[1].title).toMatch(/^PRELIMINARY ANNOUNCEMENT OF ANNUAL RESULTS FOR THE YEAR ENDED DECEMBER 31, 2025 AND PROPOSED AMENDMENTS/);
    expect(doc.announcements[2].title).toMatch(/^\(I\) RESIGNATION OF NON-EXECUTIVE DIRECTOR; \(II\) CHANGES IN CHAIRMAN OF THE BOARD/);
    expect(doc.announcements[2].title).toMatch(/\(III\) APPOINTMENT OF NON-EXECUTIVE DIRECTOR$/);
    expect(doc.announcements[3].title).toBe('PROPOSED ADOPTION OF 2026 SHARE INCENTIVE PLAN');
    expect(doc.announcements[1].stockCodes.map((c) => `${c.exchange}:${c.code}`)).toEqual(['Hong Kong Stock Exchange:3896', 'Nasdaq:KC']);
  });

  it('stores every paragraph as the exact slice of the file at its offsets', () => {
    expect(doc.paragraphs.length).toBeGreaterThan(100);
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    // The file writes US\$: the paragraph keeps the escape, the plain text does not.
    const escaped = doc.paragraphs.find((p) => p.text.includes('US\\$11.27'));
    expect(escaped).toBeDefined();
    expect(escaped!.plain.text).toContain('US$11.27');
  });

  it('reads the definitions table into defined terms', () => {
    const terms = doc.definitions.map((d) => d.term);
    expect(terms).toEqual(expect.arrayContaining(['Company', 'Board', 'Group', 'Hong Kong Stock Exchange', 'Nasdaq', 'Share(s)']));
    const company = doc.definitions.find((d) => d.term === 'Company')!;
    expect(company.meaning).toMatch(/^Kingsoft Cloud Holdings Limited, an exempted company/);
    expect(doc.text.slice(company.span.start, company.span.end)).toBe('Company');
  });
});

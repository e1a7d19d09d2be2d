// A 6-K we wrote in the genre (test/fixtures/graph/): the cover and the HKEX announcements
// behind it, each with issuer, title, date and stock codes; paragraphs at exact offsets;
// the definitions table read into defined terms.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../pipeline/process/index.ts';
import { OWN_6K } from './helpers/corpus.ts';

describe('a 6-K with two HKEX announcements', async () => {
  const doc = await readDocument(OWN_6K);

  it('splits into the 6-K cover and two announcements with issuer, title, date and codes', () => {
    expect(doc.announcements.map((a) => a.kind)).toEqual(['cover', 'announcement', 'announcement']);
    expect(doc.announcements[0].title).toBe('FORM 6-K');
    for (const a of doc.announcements) {
      expect(a.issuer).toBe('Larkspur Cloud Holdings Limited');
      expect(a.date).toBe('2026-02-10');
    }
    expect(doc.announcements[1].title).toBe('ANNOUNCEMENT OF ANNUAL RESULTS FOR THE YEAR ENDED DECEMBER 31, 2025');
    expect(doc.announcements[2].title).toMatch(/^\(I\) RESIGNATION OF CHAIRMAN AND NON-EXECUTIVE DIRECTOR; AND \(II\) APPOINTMENT OF NON-EXECUTIVE DIRECTOR$/);
    expect(doc.announcements[1].stockCodes.map((c) => `${c.exchange}:${c.code}`)).toEqual(['Hong Kong Stock Exchange:7315', 'Nasdaq:LKSP']);
  });

  it('stores every paragraph as the exact slice of the file at its offsets', () => {
    expect(doc.paragraphs.length).toBeGreaterThan(20);
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    // The file writes US\$: the paragraph keeps the escape, the plain text does not.
    const escaped = doc.paragraphs.find((p) => p.text.includes('US\\$9.80'));
    expect(escaped).toBeDefined();
    expect(escaped!.plain.text).toContain('US$9.80');
  });

  it('reads the definitions table into defined terms', () => {
    expect(doc.definitions.map((d) => d.term)).toEqual(expect.arrayContaining(['ADS(s)', 'Board', 'Company', 'Director(s)', 'Share(s)']));
    const company = doc.definitions.find((d) => d.term === 'Company')!;
    expect(company.meaning).toMatch(/^Larkspur Cloud Holdings Limited, an exempted company/);
    expect(doc.text.slice(company.span.start, company.span.end)).toBe('Company');
  });
});

// Control and invisible characters in names: names and keys are cleaned (found by their
// visible words), paragraph text and quotes keep every character as read, a terminal never
// obeys them, and GraphML stays well-formed XML (checked with the browser's XML parser).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { readDocument } from '../pipeline/process/index.ts';
import { extract } from '../pipeline/extract/index.ts';
import { cleanName, printable } from '../pipeline/text/clean.ts';
import { entityKey } from '../pipeline/text/normalize.ts';
import { toGraphML } from '../graph/export.ts';
import { loadDocument } from '../graph/load.ts';
import { clearDatabase, testDriver } from './helpers/neo4j.ts';
import { kg } from './helpers/cli.ts';
import { launch } from './helpers/browser.ts';

const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

const NAMES: Array<[string, string]> = [
  ['Evil\x1b[31mRed Holdings Limited', 'EvilRed Holdings Limited'],
  ['Bell\x07ringer Holdings Limited', 'Bellringer Holdings Limited'],
  ['Vertex\x0bMarine Limited', 'Vertex Marine Limited'],
  ['Harbour\u200bLight Holdings Limited', 'HarbourLight Holdings Limited'],
  ['\u202eStarfield Holdings Limited', 'Starfield Holdings Limited'],
  ['Lin\u2066 Mei\u2069 Hua', 'Lin Mei Hua'],
  ['  Soft\u00adware\u00a0Vale   Limited ', 'Software Vale Limited'],
];

describe('cleanName', () => {
  it.each(NAMES)('%j reads %j', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
    expect(entityKey('organization', raw)).toBe(entityKey('organization', clean));
  });

  it('shows control characters to a terminal as \\u{..} and keeps newlines', () => {
    expect(printable('a\x1b[2Jb\u202ec\nd')).toBe('a\\u{1b}[2Jb\\u{202e}c\nd');
  });
});

const ANNOUNCEMENT = [
  'Evil\x1b[31mRed Holdings Limited',
  '(Stock Code: 7002)',
  '',
  'APPOINTMENT OF EXECUTIVE DIRECTOR',
  '',
  'The board of directors of Evil\x1b[31mRed Holdings Limited (the “Company”) announces that Ms. Lin\u2066 Mei\u2069 Hua has been appointed as an executive Director with effect from 1 May 2026.',
  '',
  'Ms. Lin is also a director of Harbour\u200bLight Holdings Limited and of \u202eStarfield Holdings Limited, and she was a director of Bell\x07ringer Holdings Limited from 2015 to 2019.',
  '',
].join('\n');

describe('names with control and invisible characters, end to end', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    dir = mkdtempSync(path.join(tmpdir(), 'kg-names-'));
    writeFileSync(path.join(dir, 'hostile-names.txt'), ANNOUNCEMENT);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('extracts the names by their visible words, with quotes equal to the text as read', async () => {
    const doc = await readDocument(path.join(dir, 'hostile-names.txt'));
    const { entities, facts } = extract(doc);
    const names = entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['EvilRed Holdings Limited', 'Lin Mei Hua', 'HarbourLight Holdings Limited', 'Starfield Holdings Limited', 'Bellringer Holdings Limited']));
    for (const e of entities) {
      expect(e.name, e.name).not.toMatch(INVISIBLE);
      expect(e.key).not.toMatch(INVISIBLE);
      for (const a of e.aliases) expect(a).not.toMatch(INVISIBLE);
      for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.quote);
    }
    const appointment = facts.find((f) => f.type === 'appointment');
    expect(appointment).toMatchObject({ person: 'Lin Mei Hua', organization: 'EvilRed Holdings Limited' });
    expect(appointment!.evidence[0].quote).toContain('Ms. Lin\u2066 Mei\u2069 Hua');
    for (const f of facts) for (const e of f.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('stores clean names and raw paragraphs, finds the names by their visible words, prints no raw control characters', { timeout: 400_000 }, async () => {
    const r = await kg(['ingest', dir]);
    expect(r.code, r.stderr).toBe(0);
    const stored = await driver.executeQuery('MATCH (e:Entity) RETURN e.name AS name, e.key AS key, e.aliases AS aliases');
    expect(stored.records.length).toBeGreaterThan(3);
    for (const rec of stored.records) {
      for (const v of [rec.get('name'), rec.get('key'), ...(rec.get('aliases') ?? [])]) expect(v, v).not.toMatch(INVISIBLE);
    }
    const para = await driver.executeQuery('MATCH (p:Paragraph) WHERE p.text CONTAINS $s RETURN count(p) AS n', { s: 'Harbour\u200bLight' });
    expect(para.records[0].get('n')).toBe(1);
    const lookup = await kg(['lookup', 'HarbourLight Holdings']);
    expect(lookup.code, lookup.stderr).toBe(0);
    expect(lookup.stdout).toMatch(/^HarbourLight Holdings Limited/);
    const person = await kg(['lookup', 'Lin Mei Hua']);
    expect(person.code, person.stderr).toBe(0);
    expect(person.stdout).toContain('EvilRed Holdings Limited');
    // The quote as read, shown, not obeyed.
    expect(person.stdout).toContain('Ms. Lin\\u{2066} Mei\\u{2069} Hua');
    expect(person.stdout + lookup.stdout).not.toMatch(INVISIBLE_BUT_NEWLINE);
  });

  describe('GraphML', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('is well-formed XML for a real parser, whatever the names and quotes hold', { timeout: 300_000 }, async () => {
      // Beyond what the extractor cleans, a name that reached the graph another way, ESC, BEL, VT and all.
      const doc = await readDocument(path.join(dir, 'hostile-names.txt'));
      const extraction = extract(doc);
      const p = doc.paragraphs[doc.paragraphs.length - 1];
      const raw = 'Raw\x1b[31m\x07Bell\x0bVertex\x00 Limited';
      extraction.entities.push({ key: entityKey('organization', raw), kind: 'organization', name: raw, aliases: ['\x1b]0;title\x07'], labels: ['Company'], codes: [], mentions: [{ paragraph: p.id, start: p.start, end: p.end, quote: p.text }] });
      extraction.facts.push({ type: 'listing', source: doc.name, organization: raw, exchange: 'HKEX\x1b', code: '7002\x08', evidence: [{ paragraph: p.id, start: p.start, end: p.end, quote: p.text }], confidence: 0.5 });
      await loadDocument(driver, doc, extraction, { extractorVersion: 'test' });
      const r = await kg(['export', '--format', 'graphml']);
      expect(r.code, r.stderr).toBe(0);
      const page = await browser.newPage();
      const parsed = await page.evaluate((xml) => {
        const d = new DOMParser().parseFromString(xml, 'application/xml');
        const error = d.getElementsByTagName('parsererror')[0];
        return error ? { error: error.textContent ?? 'parser error' } : { nodes: d.getElementsByTagName('node').length, edges: d.getElementsByTagName('edge').length };
      }, r.stdout);
      expect(parsed).not.toHaveProperty('error');
      expect((parsed as { nodes: number }).nodes).toBeGreaterThan(3);
      expect(r.stdout).toContain('Raw\ufffd[31m\ufffdBell\ufffdVertex\ufffd Limited');
    });

    it('replaces what XML 1.0 cannot hold (controls, NUL, half surrogates) and keeps the rest', async () => {
      const xml = toGraphML({
        nodes: [
          { id: 'a', labels: ['Entity'], label: 'x\x1b[31my\x00z\x07\x0b\ud800!', properties: { name: 'x\x1b[31my\x00z\x07\x0b\ud800!', note: 'tab\tline\ncr\r<&>"\'' } },
          { id: 'b', labels: ['Fact'], label: 'fact', properties: { quote: 'ok \ud83d\ude00' } },
        ],
        edges: [{ id: 'e', source: 'a', target: 'b', type: 'REL', label: 'rel', properties: { quote: '\x1f' } }],
      });
      const page = await browser.newPage();
      const parsed = await page.evaluate((text) => {
        const d = new DOMParser().parseFromString(text, 'application/xml');
        const error = d.getElementsByTagName('parsererror')[0];
        return error ? { error: error.textContent } : { values: Array.from(d.getElementsByTagName('data'), (x) => x.textContent) };
      }, xml);
      // Each element's label and labels (or type) come first, then its properties.
      expect(parsed).toEqual({
        values: ['x\ufffd[31my\ufffdz\ufffd\ufffd\ufffd!', 'Entity', 'x\ufffd[31my\ufffdz\ufffd\ufffd\ufffd!', 'tab\tline\ncr\n<&>"\'', 'fact', 'Fact', 'ok \ud83d\ude00', 'rel', 'REL', '\ufffd'],
      });
    });
  });
});

const INVISIBLE_BUT_NEWLINE = /(?!\n)[\p{Cc}\p{Cf}]/u;

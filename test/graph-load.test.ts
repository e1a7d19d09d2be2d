// Loading a 6-K we wrote into the real Neo4j: the lexical graph, idempotence, time and provenance.
// (The seed filing of ../shared/corpus gets the same checks in corpus-graph.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { ingest } from '../graph/ingest.ts';
import { readDocument } from '../pipeline/process/index.ts';
import { OWN_6K } from './helpers/corpus.ts';
import { clearDatabase, counts, testConfig, testDriver } from './helpers/neo4j.ts';
import { PROJECT_ROOT } from '../graph/server/local.ts';

const SEED = OWN_6K;
const BOARD = readFileSync(path.join(PROJECT_ROOT, 'queries', 'board-of-company.cypher'), 'utf8');

let driver: Driver;
const db = () => testConfig().database;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
});
afterAll(async () => {
  await driver.close();
});

describe('loading a 6-K', () => {
  it('loads the lexical graph with paragraphs equal to the file at their offsets', async () => {
    const summary = await ingest(driver, [SEED], { database: db() });
    expect(summary.failed).toBe(0);
    expect(summary.loaded).toBe(1);
    const doc = await readDocument(SEED);
    const res = await driver.executeQuery('MATCH (d:Document)-[:HAS_ANNOUNCEMENT]->(a)-[:HAS_SECTION]->(s)-[:HAS_PARAGRAPH]->(p) RETURN p.text AS text, p.start AS start, p.end AS end', {}, { database: db() });
    expect(res.records.length).toBe(doc.paragraphs.length);
    for (const r of res.records) expect(r.get('text')).toBe(doc.text.slice(r.get('start'), r.get('end')));
    const anns = await driver.executeQuery('MATCH (a:Announcement) RETURN a.kind AS kind, a.title AS title, a.issuer AS issuer, a.date AS date ORDER BY a.ordinal', {}, { database: db() });
    expect(anns.records.map((r) => r.get('kind'))).toEqual(['cover', 'announcement', 'announcement']);
  });

  it('a second ingest of the same file changes nothing', async () => {
    const before = await counts(driver);
    const summary = await ingest(driver, [SEED], { database: db() });
    expect(summary.unchanged).toBe(1);
    expect(await counts(driver)).toEqual(before);
    // Even a forced reload (as after an extractor change) leaves the same graph.
    await ingest(driver, [SEED], { database: db(), force: true });
    expect(await counts(driver)).toEqual(before);
  });

  it('knows the board on either side of the change: Tam Wai Lok before, Hou Zhenyu after', async () => {
    const board = async (date: string) =>
      (await driver.executeQuery(BOARD, { company: 'Larkspur Cloud Holdings Limited', date }, { database: db() })).records.map((r) => r.get('person') as string);
    const before = await board('2026-02-09');
    expect(before).toContain('Tam Wai Lok');
    expect(before).not.toContain('Hou Zhenyu');
    const after = await board('2026-02-11');
    expect(after).toContain('Hou Zhenyu');
    expect(after).not.toContain('Tam Wai Lok');
    expect(after.sort()).toEqual(['Daniel Okoro', 'Ferris Lam', 'Hou Zhenyu', 'Ku Yat Sing', 'Pan Xiaoyu', 'Wen Lihua']);
  });

  it('leads from the 15% equity transfer to the paragraph that states it', async () => {
    const res = await driver.executeQuery(
      `MATCH (t:EquityTransfer {percentage: 15})-[:TARGET]->(:Organization {name: 'Ningbo Cobalt Analytics Co., Ltd.'})
       MATCH (t)-[:TRANSFEREE]->(:Organization {name: 'Beijing Larkspur Data Technology Co., Ltd.'})
       MATCH (t)-[s:STATED_IN]->(p:Paragraph)
       RETURN s.quote AS quote, s.start AS start, s.end AS end, p.text AS text, p.start AS pstart`,
      {},
      { database: db() },
    );
    expect(res.records.length).toBeGreaterThan(0);
    const file = (await readDocument(SEED)).text;
    for (const r of res.records) {
      expect(r.get('text')).toContain(r.get('quote'));
      expect(file.slice(r.get('start'), r.get('end'))).toBe(r.get('quote'));
    }
  });

  it('links every fact to evidence and every entity mention to a paragraph span', async () => {
    const orphans = await driver.executeQuery('MATCH (f:Fact) WHERE NOT (f)-[:STATED_IN]->(:Paragraph) RETURN count(f) AS n', {}, { database: db() });
    expect(orphans.records[0].get('n')).toBe(0);
    const file = (await readDocument(SEED)).text;
    const mentions = await driver.executeQuery('MATCH (e:Entity)-[m:MENTIONED_IN]->(p:Paragraph) RETURN m.start AS start, m.end AS end, m.quote AS quote', {}, { database: db() });
    expect(mentions.records.length).toBeGreaterThan(30);
    for (const r of mentions.records) expect(file.slice(r.get('start'), r.get('end'))).toBe(r.get('quote'));
  });
});

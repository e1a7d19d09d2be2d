// The real corpus of ../shared in the graph (skipped without it): every file loads, a rerun
// changes nothing, and the seed 6-K answers the Cypher library as its text says. The same
// behaviours on our own announcements: graph-load, graph-reliability and use-graph tests.
import { afterAll, beforeAll, expect, it } from 'vitest';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingest } from '../graph/ingest.ts';
import { listQueries, runQuery, parseParam, type ParamValue } from '../graph/queries.ts';
import { SHARED_CORPUS, corpusFiles, describeCorpus } from './helpers/corpus.ts';
import { clearDatabase, counts, testDriver } from './helpers/neo4j.ts';

const SEED = 'kingsoft-cloud-6k-2026-03-25.md';

async function rows(driver: Driver, name: string, params: Record<string, string>) {
  const q = listQueries().find((x) => x.name === name)!;
  const typed: Record<string, ParamValue> = Object.fromEntries(Object.entries(params).map(([k, v]) => parseParam(`${k}=${v}`)));
  return (await runQuery(driver, q, typed)).rows;
}

describeCorpus('the shared corpus in the graph', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('loads every file, and ingesting it again leaves identical node and relationship counts', async () => {
    const first = await ingest(driver, [SHARED_CORPUS]);
    expect(first.failed, first.outcomes.filter((o) => !o.ok).map((o) => `${o.file}: ${o.messages.find((m) => m.fatal)?.reason}`).join('\n')).toBe(0);
    expect(first.loaded).toBeGreaterThanOrEqual(corpusFiles().length);
    const clean = await counts(driver);
    const second = await ingest(driver, [SHARED_CORPUS]);
    expect(second.unchanged).toBe(first.loaded);
    expect(await counts(driver)).toEqual(clean);
    console.log('counts after ingesting ../shared/corpus:', JSON.stringify(clean));
  });

  it('the seed: the board on either side of the change, Lei Jun before and Qu Heng after', async () => {
    const board = async (date: string) => (await rows(driver, 'board-of-company', { company: 'Kingsoft Cloud Holdings Limited', date })).map((r) => r.person as string);
    expect(await board('2026-03-24')).toContain('Lei Jun');
    const after = await board('2026-03-26');
    expect(after.sort()).toEqual(['Qu Heng', 'Qu Jingyuan', 'Wang Hang', 'Yu Mingto', 'Zhang Duo', 'Zou Tao']);
  });

  it('the seed: both equity transfers of the target, and the quote of the 20% one', async () => {
    const r = await rows(driver, 'equity-transfers', { company: 'Shenzhen One Thing Technologies Co., Ltd.' });
    expect(r.map((x) => [x.transferee, x.percentage, x.consideration, x.currency])).toEqual([
      ['Wuhan Kingsoft Cloud Information Technology Co., Ltd.', 20, 50_000_000, 'CNY'],
      ['Shenzhen Xinghan Zhilian Technology Co., Ltd.', 30, 75_000_000, 'CNY'],
    ]);
    const ev = await rows(driver, 'fact-evidence', { fact: String(r[0].fact) });
    expect(ev[0]).toMatchObject({ type: 'equity_transfer', file: SEED, section: 'SIGNIFICANT EVENTS AFTER THE REPORTING PERIOD' });
    expect(String(ev[0].quote)).toContain('transfer 20% of the equity interest');
  });

  it('the seed: Qu Heng, vice president of Xiaomi Corporation, one hop from it', async () => {
    const roles = await rows(driver, 'person-roles', { person: 'Qu Heng' });
    expect(roles).toEqual(expect.arrayContaining([expect.objectContaining({ organization: 'Xiaomi Corporation', role: 'vice president' })]));
    const paths = await rows(driver, 'connection-paths', { a: 'Qu Heng', b: 'Xiaomi Corporation' });
    expect(paths[0]).toMatchObject({ hops: 1, nodes: ['Qu Heng', 'Xiaomi Corporation'] });
    const issues = await rows(driver, 'share-issues', { company: 'Kingsoft Cloud Holdings Limited' });
    expect(issues.find((x) => x.kind === 'placing')).toMatchObject({ quantity: 338_000_000, price: 8.29, currency: 'HKD' });
    expect(path.basename(String((await rows(driver, 'aliases', { name: 'Xunlei' }))[0].documents))).toBe(SEED);
  });
});

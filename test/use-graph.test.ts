// Using the graph with the seed loaded: every query in queries/ runs and returns asserted
// rows, `kg query` and `kg lookup` print what they should, the page finds Qu Heng and shows
// the quote behind the Xiaomi Corporation relationship, and document text never runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { ingest } from '../graph/ingest.ts';
import { loadDocument } from '../graph/load.ts';
import { listQueries, runQuery, parseParam, type ParamValue } from '../graph/queries.ts';
import { serve, type Served } from '../web/server.ts';
import { PROJECT_ROOT } from '../graph/server/local.ts';
import { extractFile } from '../pipeline/process/index.ts';
import { entityKey } from '../pipeline/text/normalize.ts';
import { SHARED_CORPUS } from './helpers/corpus.ts';
import { clearDatabase, testDriver } from './helpers/neo4j.ts';
import { kg } from './helpers/cli.ts';
import { launch } from './helpers/browser.ts';

const SEED = path.join(SHARED_CORPUS, 'kingsoft-cloud-6k-2026-03-25.md');
const SHOTS = path.join(PROJECT_ROOT, 'test-output');
const XSS = '<img src=x onerror=alert(1)>';

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  const s = await ingest(driver, [SEED]);
  expect(s.failed).toBe(0);
  // An entity whose name is HTML, with a fact and a mention, to prove the page shows it as text.
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-xss-'));
  const file = path.join(dir, 'xss.txt');
  writeFileSync(file, 'Scriptwise Holdings Limited\n(Stock Code: 9999)\n\nAn announcement about Scriptwise Holdings Limited.\n');
  const { doc, extraction: ex } = await extractFile(file);
  const p = doc.paragraphs[doc.paragraphs.length - 1];
  ex.entities.push({ key: entityKey('organization', XSS), kind: 'organization', name: XSS, aliases: [], labels: ['Company'], codes: [], mentions: [{ paragraph: p.id, start: p.start, end: p.end, quote: p.text }] });
  const keys = { parent: entityKey('organization', 'Scriptwise Holdings Limited'), child: entityKey('organization', XSS) };
  ex.facts.push({ type: 'subsidiary', source: 'xss.txt', parent: 'Scriptwise Holdings Limited', child: XSS, keys, evidence: [{ paragraph: p.id, start: p.start, end: p.end, quote: p.text }], confidence: 0.5 });
  await loadDocument(driver, doc, ex, { extractorVersion: 'test' });
});

afterAll(async () => {
  await driver.close();
});

const PARAMS: Record<string, Record<string, string>> = {
  'board-of-company': { company: 'Kingsoft Cloud Holdings Limited', date: '2026-03-26' },
  'person-roles': { person: 'Qu Heng' },
  'company-appointments': { company: 'Kingsoft Cloud Holdings Limited', from: '2026-01-01', to: '2026-12-31' },
  'equity-transfers': { company: 'Shenzhen One Thing Technologies Co., Ltd.' },
  'share-issues': { company: 'Kingsoft Cloud Holdings Limited' },
  subsidiaries: { company: 'Kingsoft Cloud Holdings Limited' },
  'board-interlocks': { company: '' },
  'connection-paths': { a: 'Qu Heng', b: 'Xiaomi Corporation' },
  aliases: { name: 'Xunlei' },
  'fact-evidence': { fact: '' },
};

async function rows(name: string, params: Record<string, string>) {
  const q = listQueries().find((x) => x.name === name)!;
  const typed: Record<string, ParamValue> = Object.fromEntries(Object.entries(params).map(([k, v]) => parseParam(`${k}=${v}`)));
  return (await runQuery(driver, q, typed)).rows;
}

describe('the Cypher library', () => {
  it('has a header (what it answers, parameters, example) on every query, and a test for each', () => {
    for (const q of listQueries()) {
      expect(q.cypher.startsWith('//'), q.name).toBe(true);
      expect(q.description.length, q.name).toBeGreaterThan(20);
      expect(q.example, q.name).toMatch(/^kg query /);
      expect(Object.keys(PARAMS), `no test parameters for ${q.name}`).toContain(q.name);
    }
  });

  it('board-of-company: the six directors of the closing statement on 2026-03-26', async () => {
    const r = await rows('board-of-company', PARAMS['board-of-company']);
    expect(r.map((x) => x.person).sort()).toEqual(['Qu Heng', 'Qu Jingyuan', 'Wang Hang', 'Yu Mingto', 'Zhang Duo', 'Zou Tao']);
    expect(r.find((x) => x.person === 'Zou Tao')!.roles).toEqual(expect.arrayContaining(['chairman', 'executive director']));
  });

  it('person-roles: Qu Heng is a vice president of Xiaomi Corporation and a non-executive director of the issuer', async () => {
    const r = await rows('person-roles', PARAMS['person-roles']);
    expect(r).toEqual(expect.arrayContaining([expect.objectContaining({ organization: 'Xiaomi Corporation', role: 'vice president' })]));
    expect(r).toEqual(expect.arrayContaining([expect.objectContaining({ organization: 'Kingsoft Cloud Holdings Limited', role: 'non-executive director', from: '2026-03-25' })]));
  });

  it('company-appointments: Lei Jun out, Zou Tao and Qu Heng in, on 2026-03-25', async () => {
    const r = await rows('company-appointments', PARAMS['company-appointments']);
    expect(r.every((x) => x.date === '2026-03-25')).toBe(true);
    expect(r.filter((x) => x.event === 'resignation').map((x) => x.person)).toEqual(expect.arrayContaining(['Lei Jun']));
    expect(new Set(r.filter((x) => x.event === 'appointment').map((x) => x.person))).toEqual(new Set(['Zou Tao', 'Qu Heng']));
  });

  it('equity-transfers: both transferees of the target, with 20% and 30%', async () => {
    const r = await rows('equity-transfers', PARAMS['equity-transfers']);
    expect(r.map((x) => [x.transferee, x.percentage, x.consideration, x.currency])).toEqual([
      ['Wuhan Kingsoft Cloud Information Technology Co., Ltd.', 20, 50_000_000, 'CNY'],
      ['Shenzhen Xinghan Zhilian Technology Co., Ltd.', 30, 75_000_000, 'CNY'],
    ]);
    expect(new Set(r.map((x) => x.transferor))).toEqual(new Set(['Shenzhen Xunlei Network Technology Co., Ltd.']));
  });

  it('share-issues: five issues of 2025, the placing with its net proceeds', async () => {
    const r = await rows('share-issues', PARAMS['share-issues']);
    expect(r.map((x) => x.kind)).toEqual(['offering', 'offering', 'over_allotment', 'subscription', 'placing']);
    expect(r.find((x) => x.kind === 'placing')).toMatchObject({ quantity: 338_000_000, price: 8.29, currency: 'HKD', netProceeds: 2_759_989_700 });
  });

  it('subsidiaries: Wuhan Kingsoft Cloud is a subsidiary of the issuer', async () => {
    const r = await rows('subsidiaries', PARAMS.subsidiaries);
    expect(r).toEqual([expect.objectContaining({ relation: 'subsidiary', organization: 'Wuhan Kingsoft Cloud Information Technology Co., Ltd.' })]);
  });

  it('board-interlocks: people tied to more than one organisation', async () => {
    const r = await rows('board-interlocks', PARAMS['board-interlocks']);
    const qu = r.find((x) => x.person === 'Qu Heng');
    expect(qu!.organizations).toEqual(expect.arrayContaining(['Kingsoft Cloud Holdings Limited', 'Xiaomi Corporation', 'Beijing Kingsoft Corporation Limited']));
  });

  it('connection-paths: Qu Heng reaches Xiaomi Corporation directly (a tenure) and through Kingsoft Cloud', async () => {
    const direct = await rows('connection-paths', PARAMS['connection-paths']);
    expect(direct[0]).toMatchObject({ hops: 1, nodes: ['Qu Heng', 'Xiaomi Corporation'], relationships: ['HOLDS'] });
    const via = await rows('connection-paths', { a: 'Lei Jun', b: 'Qu Heng' });
    expect(via.length).toBeGreaterThan(0);
    expect((via[0].nodes as string[])[0]).toBe('Lei Jun');
    expect((via[0].nodes as string[]).at(-1)).toBe('Qu Heng');
    expect(via[0].nodes as string[]).toContain('Kingsoft Cloud Holdings Limited');
  });

  it('aliases: "Xunlei" is Shenzhen Xunlei Network Technology Co., Ltd., mentioned in the seed', async () => {
    const r = await rows('aliases', PARAMS.aliases);
    expect(r).toEqual([expect.objectContaining({ name: 'Shenzhen Xunlei Network Technology Co., Ltd.', documents: ['kingsoft-cloud-6k-2026-03-25.md'] })]);
  });

  it('fact-evidence: the quote, file, announcement and paragraph of the 20% transfer', async () => {
    const t = await rows('equity-transfers', PARAMS['equity-transfers']);
    const r = await rows('fact-evidence', { fact: String(t[0].fact) });
    expect(r.length).toBeGreaterThan(0);
    expect(r[0]).toMatchObject({ type: 'equity_transfer', file: 'kingsoft-cloud-6k-2026-03-25.md', section: 'SIGNIFICANT EVENTS AFTER THE REPORTING PERIOD' });
    expect(String(r[0].quote)).toContain('transfer 20% of the equity interest');
    expect(String(r[0].announcement)).toMatch(/^PRELIMINARY ANNOUNCEMENT OF ANNUAL RESULTS/);
  });
});

describe('kg query and kg lookup', () => {
  it('kg query --list lists every query with its description', async () => {
    const r = await kg(['query', '--list']);
    expect(r.code).toBe(0);
    for (const q of listQueries()) expect(r.stdout).toContain(q.name);
  });

  it('kg query prints a table, --json and --csv, with typed parameters', async () => {
    const table = await kg(['query', 'board-of-company', '--param', 'company=Kingsoft Cloud Holdings Limited', '--param', 'date=2026-03-24']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^person\s+roles\s+company/m);
    expect(table.stdout).toContain('Lei Jun');
    const json = JSON.parse((await kg(['query', 'share-issues', '--param', 'company=Kingsoft Cloud Holdings Limited', '--json'])).stdout);
    expect(json[0].quantity).toBe(17_300_000);
    const csv = (await kg(['query', 'equity-transfers', '--param', 'company=Xunlei', '--csv'])).stdout.split('\n');
    expect(csv[0]).toBe('transferor,transferee,target,percentage,consideration,currency,agreementDate,fact');
    expect(csv[1]).toContain('"Wuhan Kingsoft Cloud Information Technology Co., Ltd."');
    const missing = await kg(['query', 'board-of-company', '--param', 'company=x']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--param date=');
  });

  it('kg lookup "Qu Heng" prints Xiaomi Corporation with a citation and the quoted words', async () => {
    const r = await kg(['lookup', 'Qu Heng']);
    expect(r.code, r.stderr).toBe(0);
    const line = r.stdout.split('\n').findIndex((l) => l.includes('vice president of Xiaomi Corporation'));
    expect(line).toBeGreaterThan(0);
    const cite = r.stdout.split('\n')[line + 1];
    expect(cite).toMatch(/\[kingsoft-cloud-6k-2026-03-25\.md § .* ¶\d+ @\d+-\d+\] “Mr\. Qu Heng, aged 44, is currently a vice president/);
  });

  it('kg lookup tolerates honorifics, case and legal-form spellings, and lists candidates when ambiguous', async () => {
    expect((await kg(['lookup', 'mr. qu heng'])).stdout).toMatch(/^Qu Heng\s+\[Person\]/);
    expect((await kg(['lookup', 'Wuhan Kingsoft Cloud Information Technology Company Limited'])).stdout).toMatch(/^Wuhan Kingsoft Cloud Information Technology Co\., Ltd\./);
    expect((await kg(['lookup', 'Xunlei'])).stdout).toMatch(/^Shenzhen Xunlei Network Technology Co\., Ltd\./);
    const amb = await kg(['lookup', 'Qu']);
    expect(amb.code).toBe(2);
    expect(amb.stdout).toMatch(/ambiguous[\s\S]*Qu Heng[\s\S]*Qu Jingyuan|ambiguous[\s\S]*Qu Jingyuan[\s\S]*Qu Heng/);
    const json = JSON.parse((await kg(['lookup', 'Qu Heng', '--json'])).stdout);
    expect(json.entity.name).toBe('Qu Heng');
  });

  it('kg export writes GraphML and JSON of a neighbourhood', async () => {
    const g = await kg(['export', '--format', 'graphml', '--entity', 'Qu Heng']);
    expect(g.code, g.stderr).toBe(0);
    expect(g.stdout).toContain('<graphml');
    expect(g.stdout).toContain('Xiaomi Corporation');
    const j = JSON.parse((await kg(['export', '--format', 'json', '--entity', 'Qu Heng', '--depth', '1'])).stdout);
    expect(j.nodes.length).toBeGreaterThan(3);
    expect(j.edges.length).toBeGreaterThan(3);
  });
});

/** Alerts, confirms and prompts the page opens: document text must never cause one. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

describe('kg serve in a browser', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await serve(driver, { port: 0 });
    browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('searches "Qu Heng", shows Xiaomi Corporation, and clicking the relationship shows the quote', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const dialogs = watchDialogs(page);
    await page.goto(`http://127.0.0.1:${served.port}/`);
    await page.fill('#q', 'Qu Heng');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => Number(document.body.dataset.loaded ?? 0) > 3);
    const labels = await page.evaluate(() => (window as unknown as { cy: { nodes(): { map(f: (n: { data(k: string): string }) => string): string[] } } }).cy.nodes().map((n) => n.data('label')));
    expect(labels).toContain('Xiaomi Corporation');
    // Click the "vice president" relationship between Qu Heng and Xiaomi Corporation where it is drawn.
    const point = await page.evaluate(() => {
      const cy = (window as unknown as { cy: any }).cy;
      const edge = cy.edges().filter((e: any) => e.data('category') === 'role' && e.data('title').includes('vice president') && cy.getElementById(e.data('target')).data('label') === 'Xiaomi Corporation')[0];
      const m = edge.renderedMidpoint();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + m.x, y: box.top + m.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#details mark');
    const details = await page.textContent('#details');
    expect(details).toMatch(/Qu Heng — .* — Xiaomi Corporation/);
    expect(details).toContain('Qu Heng — vice president, Xiaomi Corporation');
    const marks = await page.locator('#details mark').allTextContents();
    expect(marks.some((m) => m.includes('is currently a vice president and chairman of the group technology committee of Xiaomi Corporation'))).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'serve-qu-heng.png') });
    expect(dialogs).toEqual([]);
  });

  it('shows an entity named with HTML as text and runs nothing', async () => {
    const page = await browser.newPage();
    const dialogs = watchDialogs(page);
    await page.goto(`http://127.0.0.1:${served.port}/`);
    await page.fill('#q', 'Scriptwise Holdings');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => Number(document.body.dataset.loaded ?? 0) >= 2);
    await page.evaluate(() => {
      const cy = (window as unknown as { cy: any }).cy;
      cy.nodes().filter((n: any) => n.data('label').startsWith('<img'))[0].emit('tap');
    });
    await page.waitForFunction((x) => document.querySelector('#details h2')?.textContent === x, XSS);
    expect(await page.locator('#details img').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});

// Using the graph with a 6-K we wrote and the examples loaded: every query in queries/ runs and
// returns asserted rows, `kg query` and `kg lookup` print what they should, the page finds Hou
// Zhenyu and shows the quote behind the Meridale Devices Corporation relationship, and document
// text never runs. (The seed filing of ../shared/corpus: corpus-graph.test.ts.)
// One file over ~300 lines on purpose: the loaded graph and the page are set up once for all.
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
import { EXAMPLES, OWN_6K } from './helpers/corpus.ts';
import { clearDatabase, testDriver } from './helpers/neo4j.ts';
import { kg } from './helpers/cli.ts';
import { launch } from './helpers/browser.ts';

const SHOTS = path.join(PROJECT_ROOT, 'test-output');
const XSS = '<img src=x onerror=alert(1)>';

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  const s = await ingest(driver, [OWN_6K, EXAMPLES]);
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

const ISSUER = 'Larkspur Cloud Holdings Limited';
const FILE = path.basename(OWN_6K);

const PARAMS: Record<string, Record<string, string>> = {
  'board-of-company': { company: ISSUER, date: '2026-02-11' },
  'person-roles': { person: 'Hou Zhenyu' },
  'company-appointments': { company: ISSUER, from: '2026-01-01', to: '2026-12-31' },
  'equity-transfers': { company: 'Ningbo Cobalt Analytics Co., Ltd.' },
  'share-issues': { company: ISSUER },
  subsidiaries: { company: ISSUER },
  'board-interlocks': { company: '' },
  'connection-paths': { a: 'Hou Zhenyu', b: 'Meridale Devices Corporation' },
  aliases: { name: 'Brightwater' },
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

  it('board-of-company: the six directors of the closing statement on 2026-02-11, roles from the chair down', async () => {
    const r = await rows('board-of-company', PARAMS['board-of-company']);
    expect(r.map((x) => x.person)).toEqual(['Daniel Okoro', 'Ferris Lam', 'Hou Zhenyu', 'Ku Yat Sing', 'Pan Xiaoyu', 'Wen Lihua']);
    expect(r.find((x) => x.person === 'Ku Yat Sing')!.roles).toEqual(['chairman', 'executive director']);
  });

  it('person-roles: Hou Zhenyu is a vice president of Meridale Devices Corporation and a non-executive director of the issuer', async () => {
    const r = await rows('person-roles', PARAMS['person-roles']);
    expect(r).toEqual(expect.arrayContaining([expect.objectContaining({ organization: 'Meridale Devices Corporation', role: 'vice president' })]));
    expect(r).toEqual(expect.arrayContaining([expect.objectContaining({ organization: ISSUER, role: 'non-executive director', from: '2026-02-10' })]));
  });

  it('company-appointments: Tam Wai Lok out, Ku Yat Sing and Hou Zhenyu in, on 2026-02-10', async () => {
    const r = await rows('company-appointments', PARAMS['company-appointments']);
    expect(r.every((x) => x.date === '2026-02-10')).toBe(true);
    expect(r.filter((x) => x.event === 'resignation').map((x) => x.person)).toEqual(expect.arrayContaining(['Tam Wai Lok']));
    expect(new Set(r.filter((x) => x.event === 'appointment').map((x) => x.person))).toEqual(new Set(['Ku Yat Sing', 'Hou Zhenyu']));
  });

  it('equity-transfers: the 15% of the target that moved, for RMB30 million', async () => {
    const r = await rows('equity-transfers', PARAMS['equity-transfers']);
    expect(r.map((x) => [x.transferor, x.transferee, x.percentage, x.consideration, x.currency])).toEqual([
      ['Hangzhou Brightwater Software Co., Ltd.', 'Beijing Larkspur Data Technology Co., Ltd.', 15, 30_000_000, 'CNY'],
    ]);
  });

  it('share-issues: the placing with its price, agent and net proceeds', async () => {
    const r = await rows('share-issues', PARAMS['share-issues']);
    expect(r.map((x) => x.kind)).toEqual(['placing']);
    expect(r[0]).toMatchObject({ quantity: 200_000_000, price: 6.15, currency: 'HKD', placingAgent: 'Sunward Securities Limited', netProceeds: 1_218_000_000 });
  });

  it('subsidiaries: Beijing Larkspur Data is a subsidiary of the issuer', async () => {
    const r = await rows('subsidiaries', PARAMS.subsidiaries);
    expect(r).toEqual([expect.objectContaining({ relation: 'subsidiary', organization: 'Beijing Larkspur Data Technology Co., Ltd.' })]);
  });

  it('board-interlocks: people tied to more than one organisation', async () => {
    const r = await rows('board-interlocks', PARAMS['board-interlocks']);
    const hou = r.find((x) => x.person === 'Hou Zhenyu');
    expect(hou!.organizations).toEqual(expect.arrayContaining([ISSUER, 'Meridale Devices Corporation']));
  });

  it('connection-paths: Hou Zhenyu reaches Meridale Devices directly (a tenure), Tam Wai Lok through the issuer', async () => {
    const direct = await rows('connection-paths', PARAMS['connection-paths']);
    expect(direct[0]).toMatchObject({ hops: 1, nodes: ['Hou Zhenyu', 'Meridale Devices Corporation'], relationships: ['HOLDS'] });
    const via = await rows('connection-paths', { a: 'Tam Wai Lok', b: 'Hou Zhenyu' });
    expect(via.length).toBeGreaterThan(0);
    expect((via[0].nodes as string[])[0]).toBe('Tam Wai Lok');
    expect((via[0].nodes as string[]).at(-1)).toBe('Hou Zhenyu');
    expect(via[0].nodes as string[]).toContain(ISSUER);
  });

  it('connection-paths: each route once (two seats on one board are one hop), no label padded with spaces', async () => {
    const seats = await rows('connection-paths', { a: 'Ku Yat Sing', b: ISSUER });
    expect(seats).toEqual([{ nodes: ['Ku Yat Sing', ISSUER], relationships: ['HOLDS'], hops: 1 }]);
    for (const [a, b] of [['Tam Wai Lok', 'Hou Zhenyu'], ['Hou Zhenyu', 'Hangzhou Brightwater Software Co., Ltd.'], ['Wen Lihua', 'Sunward Securities Limited']]) {
      const r = await rows('connection-paths', { a, b });
      expect(r.length, `${a} – ${b}`).toBeGreaterThan(0);
      expect(new Set(r.map((x) => JSON.stringify(x))).size, `${a} – ${b}`).toBe(r.length);
      for (const x of r) for (const label of x.nodes as string[]) expect(label, `${a} – ${b}`).toBe(label.trim());
    }
  });

  it('aliases: "Brightwater" is Hangzhou Brightwater Software Co., Ltd., mentioned in the 6-K', async () => {
    const r = await rows('aliases', PARAMS.aliases);
    expect(r).toEqual([expect.objectContaining({ name: 'Hangzhou Brightwater Software Co., Ltd.', documents: [FILE] })]);
  });

  it('fact-evidence: the quote, file, announcement and paragraph of the 15% transfer', async () => {
    const t = await rows('equity-transfers', PARAMS['equity-transfers']);
    const r = await rows('fact-evidence', { fact: String(t[0].fact) });
    expect(r.length).toBeGreaterThan(0);
    expect(r[0]).toMatchObject({ type: 'equity_transfer', file: FILE, section: 'SIGNIFICANT EVENTS AFTER THE REPORTING PERIOD' });
    expect(String(r[0].quote)).toContain('transfer 15% of the equity interest');
    expect(String(r[0].announcement)).toMatch(/^ANNOUNCEMENT OF ANNUAL RESULTS/);
  });
});

describe('kg query takes names as users write them', () => {
  it('a short name without legal form ("Meridale"), other spellings of legal forms, and an alias', async () => {
    const short = await kg(['query', 'board-interlocks', '--param', 'company=Meridale']);
    expect(short.code, short.stderr).toBe(0);
    expect(short.stdout).toContain('Hou Zhenyu');
    expect(short.stderr).toContain('company "Meridale" is Meridale Devices Corporation');
    const form = await kg(['query', 'equity-transfers', '--param', 'company=Ningbo Cobalt Analytics Company Limited', '--json']);
    expect(JSON.parse(form.stdout).map((x: { percentage: number }) => x.percentage)).toEqual([15]);
    const alias = await kg(['query', 'subsidiaries', '--param', 'company=Larkspur Data', '--json']);
    expect(JSON.parse(alias.stdout)).toEqual([expect.objectContaining({ relation: 'parent', organization: ISSUER })]);
  });

  it('a person with an honorific, and two entities as connection-paths takes them', async () => {
    const person = await kg(['query', 'person-roles', '--param', 'person=Mr. Hou', '--json']);
    expect(person.code, person.stderr).toBe(0);
    expect(JSON.parse(person.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ person: 'Hou Zhenyu', organization: 'Meridale Devices Corporation' })]));
    const paths = await kg(['query', 'connection-paths', '--param', 'a=mr hou zhenyu', '--param', 'b=Meridale', '--json']);
    expect(JSON.parse(paths.stdout)[0]).toMatchObject({ hops: 1, nodes: ['Hou Zhenyu', 'Meridale Devices Corporation'] });
  });

  it('an ambiguous name lists the candidates and exits 2; an unknown one says so and exits 1', async () => {
    const amb = await kg(['query', 'share-issues', '--param', 'company=Larkspur']);
    expect(amb.code).toBe(2);
    expect(amb.stdout).toMatch(/"Larkspur" is ambiguous; candidates:\n(  - .*\n){2,}/);
    expect(amb.stdout).toContain('Larkspur Cloud Holdings Limited');
    expect(amb.stdout).toContain('Beijing Larkspur Data Technology Co., Ltd.');
    const none = await kg(['query', 'share-issues', '--param', 'company=Quillfeather Holdings']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^kg: no company in the graph matches "Quillfeather Holdings"/);
  });
});

describe('kg query and kg lookup', () => {
  it('kg query --list lists every query with its description', async () => {
    const r = await kg(['query', '--list']);
    expect(r.code).toBe(0);
    for (const q of listQueries()) expect(r.stdout).toContain(q.name);
  });

  it('kg query prints a table, --json and --csv, with typed parameters', async () => {
    const table = await kg(['query', 'board-of-company', '--param', `company=${ISSUER}`, '--param', 'date=2026-02-09']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^person\s+roles\s+company/m);
    expect(table.stdout).toContain('Tam Wai Lok');
    const json = JSON.parse((await kg(['query', 'share-issues', '--param', `company=${ISSUER}`, '--json'])).stdout);
    expect(json[0].quantity).toBe(200_000_000);
    const csv = (await kg(['query', 'equity-transfers', '--param', 'company=Brightwater', '--csv'])).stdout.split('\n');
    expect(csv[0]).toBe('transferor,transferee,target,percentage,consideration,currency,agreementDate,fact');
    expect(csv[1]).toContain('"Beijing Larkspur Data Technology Co., Ltd."');
    const missing = await kg(['query', 'board-of-company', '--param', 'company=x']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--param date=');
  });

  it('kg lookup "Hou Zhenyu" prints Meridale Devices Corporation with a citation and the quoted words', async () => {
    const r = await kg(['lookup', 'Hou Zhenyu']);
    expect(r.code, r.stderr).toBe(0);
    const line = r.stdout.split('\n').findIndex((l) => l.includes('vice president of Meridale Devices Corporation'));
    expect(line).toBeGreaterThan(0);
    const cite = r.stdout.split('\n')[line + 1];
    expect(cite).toMatch(/\[larkspur-cloud-6k-2026-02-10\.md § .* ¶\d+ @\d+-\d+\] “Mr\. Hou Zhenyu, aged 45, is currently a vice president/);
  });

  it('kg lookup tolerates honorifics, case and legal-form spellings, and lists candidates when ambiguous', async () => {
    expect((await kg(['lookup', 'mr. hou zhenyu'])).stdout).toMatch(/^Hou Zhenyu\s+\[Person\]/);
    expect((await kg(['lookup', 'Beijing Larkspur Data Technology Company Limited'])).stdout).toMatch(/^Beijing Larkspur Data Technology Co\., Ltd\./);
    expect((await kg(['lookup', 'Brightwater'])).stdout).toMatch(/^Hangzhou Brightwater Software Co\., Ltd\./);
    const amb = await kg(['lookup', 'Lam']);
    expect(amb.code).toBe(2);
    expect(amb.stdout).toMatch(/ambiguous[\s\S]*Derek Lam Chi Keung[\s\S]*Ferris Lam|ambiguous[\s\S]*Ferris Lam[\s\S]*Derek Lam Chi Keung/);
    const json = JSON.parse((await kg(['lookup', 'Hou Zhenyu', '--json'])).stdout);
    expect(json.entity.name).toBe('Hou Zhenyu');
  });

  it('kg export writes GraphML and JSON of a neighbourhood', async () => {
    const g = await kg(['export', '--format', 'graphml', '--entity', 'Hou Zhenyu']);
    expect(g.code, g.stderr).toBe(0);
    expect(g.stdout).toContain('<graphml');
    expect(g.stdout).toContain('Meridale Devices Corporation');
    const j = JSON.parse((await kg(['export', '--format', 'json', '--entity', 'Hou Zhenyu', '--depth', '1'])).stdout);
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

  it('searches "Hou Zhenyu", shows Meridale Devices Corporation, and clicking the relationship shows the quote', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const dialogs = watchDialogs(page);
    await page.goto(`http://127.0.0.1:${served.port}/`);
    await page.fill('#q', 'Hou Zhenyu');
    await page.click('button[type=submit]');
    // Hou Zhenyu, the issuer and Meridale Devices: events between two entities are grouped into one relationship, not nodes.
    await page.waitForFunction(() => Number(document.body.dataset.loaded ?? 0) >= 3);
    const labels = await page.evaluate(() => (window as unknown as { cy: { nodes(): { map(f: (n: { data(k: string): string }) => string): string[] } } }).cy.nodes().map((n) => n.data('label')));
    expect(labels).toContain('Meridale Devices Corporation');
    // Click the "vice president" relationship between Hou Zhenyu and Meridale Devices Corporation where it is drawn.
    const point = await page.evaluate(() => {
      const cy = (window as unknown as { cy: any }).cy;
      const edge = cy.edges().filter((e: any) => e.data('category') === 'role' && e.data('title').includes('vice president') && cy.getElementById(e.data('target')).data('label') === 'Meridale Devices Corporation')[0];
      const m = edge.renderedMidpoint();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + m.x, y: box.top + m.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#details mark');
    const details = await page.textContent('#details');
    expect(details).toMatch(/Hou Zhenyu — .* — Meridale Devices Corporation/);
    expect(details).toContain('Hou Zhenyu — vice president, Meridale Devices Corporation');
    const marks = await page.locator('#details mark').allTextContents();
    expect(marks.some((m) => m.includes('is currently a vice president of Meridale Devices Corporation'))).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'serve-hou-zhenyu.png') });
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

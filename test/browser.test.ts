// The relationship browser in real Chromium over our own fixture announcements: the date
// filter on a person with past and current roles, legibility at more than 50 nodes, deep
// links with back and forward, grouped events, facts as sentences with their raw properties,
// the source paragraph view, timelines whose bars cite their evidence, exports, and document
// text that never runs. Screenshots go to test-output/.
// One file over ~300 lines on purpose: Chromium, the server and the fixture graph start once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { serve, type Served } from '../web/server.ts';
import { PROJECT_ROOT } from '../graph/server/local.ts';
import { orgKey, personKey } from '../pipeline/text/normalize.ts';
import { clearDatabase, testDriver } from './helpers/neo4j.ts';
import { loadFixtureSet } from './helpers/fixture-graph.ts';
import { launch } from './helpers/browser.ts';
import { kg } from './helpers/cli.ts';
import { cyEdges, cyNodes, labelReport, watchDialogs } from './helpers/page.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'browser');
const SHOTS = path.join(PROJECT_ROOT, 'test-output');
const VOSS = personKey('Elena Voss');
const LARK = orgKey('Larkmoor Holdings Limited');

let driver: Driver;
let served: Served;
let browser: Browser;
let base: string;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await loadFixtureSet(driver, FIXTURES);
  served = await serve(driver, { port: 0 });
  base = `http://127.0.0.1:${served.port}`;
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
// Every page a test opened is closed after it: idle pages still run cytoscape's render loop.
const pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close()));
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
  await driver?.close();
});

async function open(query: string, size = { width: 1400, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  pages.push(page);
  await page.goto(`${base}/${query}`);
  await rendered(page);
  return page;
}
const rendered = (page: Page) => page.waitForFunction(() => document.body.dataset.rendered === window.location.search && document.body.dataset.rendered !== undefined);
const q = (s: Record<string, string>) => `?${new URLSearchParams(s).toString()}`;
/** Titles of the relationships drawn between two entities, of one category. */
async function titles(page: Page, a: string, b: string, category = 'role'): Promise<string> {
  const edges = await cyEdges(page);
  return edges.filter((e) => e.visible && e.category === category && [e.source, e.target].sort().join() === [a, b].sort().join()).map((e) => e.title).join('; ');
}

describe('the date', () => {
  it('shows a person’s past and current roles only on the dates they hold', async () => {
    const page = await open(q({ e: VOSS, date: '2010-06-01' }));
    const dialogs = watchDialogs(page);
    expect(await titles(page, VOSS, orgKey('Pellmark Industries Limited'))).toContain('chief financial officer');
    expect(await titles(page, VOSS, LARK)).toBe('');
    expect(await titles(page, VOSS, orgKey('Ardent Crest Advisory LLP'))).toBe('');
    expect(await titles(page, VOSS, orgKey('Northgate Business School'), 'education')).toContain('master');

    await page.fill('#date', '2020-01-01');
    await page.dispatchEvent('#date', 'change');
    await rendered(page);
    expect(page.url()).toContain('date=2020-01-01');
    expect(await titles(page, VOSS, orgKey('Pellmark Industries Limited'))).toBe('');
    expect(await titles(page, VOSS, orgKey('Ardent Crest Advisory LLP'))).toContain('partner');
    expect(await titles(page, VOSS, LARK)).toContain('independent non-executive director');

    await page.fill('#date', '2023-01-01');
    await page.dispatchEvent('#date', 'change');
    await rendered(page);
    const now = await titles(page, VOSS, LARK);
    expect(now).toContain('chief executive officer');
    expect(now).not.toContain('independent non-executive director');
    expect(await titles(page, VOSS, orgKey('Ardent Crest Advisory LLP'))).toBe('');
    expect(dialogs).toEqual([]);
  });
  it('draws the date picked last when an earlier one is still loading', async () => {
    const page = await open(q({ e: VOSS, date: '2010-06-01' }));
    // The 2020 render has drawn and waits for its panel; 2023 is picked; the 2020 panel then
    // arrives while the 2023 graph is still on its way. The stale render must not mark the
    // page as showing 2023 with the 2020 drawing on it.
    const gate = () => { let open = () => {}; const shut = new Promise<void>((r) => { open = r; }); return { open: () => open(), shut }; };
    const panel2020 = gate();
    const panelHeld = gate();
    const graph2023 = gate();
    const graphHeld = gate();
    await page.route('**/api/entity?*', async (route) => {
      if (new URL(page.url()).searchParams.get('date') === '2020-01-01') { panelHeld.open(); await panel2020.shut; }
      await route.continue();
    });
    await page.route('**/api/graph?*date=2023-01-01*', async (route) => {
      graphHeld.open();
      await graph2023.shut;
      await route.continue();
    });
    await page.fill('#date', '2020-01-01');
    await page.dispatchEvent('#date', 'change');
    await panelHeld.shut;
    await page.fill('#date', '2023-01-01');
    await page.dispatchEvent('#date', 'change');
    await graphHeld.shut;
    panel2020.open();
    setTimeout(() => graph2023.open(), 500);
    await rendered(page);
    expect(page.url()).toContain('date=2023-01-01');
    const now = await titles(page, VOSS, LARK);
    expect(now).toContain('chief executive officer');
    expect(now).not.toContain('independent non-executive director');
  });
});

describe('legibility at more than 50 nodes', () => {
  it('draws labels of at least 11 px on screen, none over another, with fCoSE rather than a circle', async () => {
    const page = await open(q({ e: LARK, x: orgKey('Larkmoor Logistics Limited') }));
    const nodes = await cyNodes(page);
    expect(nodes.filter((n) => n.visible).length).toBeGreaterThan(50);
    const r = await labelReport(page);
    expect(r.shown.length).toBeGreaterThan(20);
    for (const l of r.shown) expect(l.px, l.label).toBeGreaterThanOrEqual(11);
    for (let i = 0; i < r.shown.length; i++)
      for (let j = i + 1; j < r.shown.length; j++) {
        const [a, b] = [r.shown[i].box, r.shown[j].box];
        const apart = a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;
        expect(apart, `${r.shown[i].label} over ${r.shown[j].label}`).toBe(true);
      }
    // The entity asked for and every person are named; the other labels show on hover.
    expect(r.shown.map((l) => l.label)).toContain('Larkmoor Holdings Limited');
    const hidden = r.hidden.find((h) => h.node);
    if (hidden) {
      await page.evaluate((id) => { (window as any).cy.getElementById(id).emit('mouseover'); }, hidden.id);
      expect(await page.evaluate((id) => Number((window as any).cy.getElementById(id).style('text-opacity')), hidden.id)).toBe(1);
    }
    // Not one circle: the distances from the centre spread.
    const radii = nodes.filter((n) => n.visible).map((n) => Math.hypot(n.x - r.centre.x, n.y - r.centre.y));
    const mean = radii.reduce((s, x) => s + x, 0) / radii.length;
    const sd = Math.sqrt(radii.reduce((s, x) => s + (x - mean) ** 2, 0) / radii.length);
    expect(sd / mean).toBeGreaterThan(0.15);
    await page.screenshot({ path: path.join(SHOTS, 'browser-50-nodes.png') });
  });

  it('draws the same picture each time a link is opened (the layout is seeded by the view)', async () => {
    const link = q({ e: LARK, x: orgKey('Larkmoor Logistics Limited') });
    const positions = async () => (await cyNodes(await open(link))).filter((n) => n.visible).map((n) => [n.id, Math.round(n.x), Math.round(n.y)]);
    const first = await positions();
    expect(first.length).toBeGreaterThan(50);
    expect(await positions()).toEqual(first);
  });

  it('filters by relationship kind, in the URL', async () => {
    const page = await open(q({ e: LARK }));
    const before = (await cyNodes(page)).filter((n) => n.visible).length;
    await page.uncheck('#filters input[value=subsidiary]');
    await rendered(page);
    expect(page.url()).toContain('hide=subsidiary');
    const after = await cyNodes(page);
    expect(after.filter((n) => n.visible).length).toBe(before - 30);
    expect((await cyEdges(page)).filter((e) => e.visible && e.category === 'subsidiary')).toEqual([]);
  });

  it('groups events of one kind between two entities into one relationship that opens into the list', async () => {
    const page = await open(q({ e: VOSS }));
    const group = (await cyEdges(page)).find((e) => e.category === 'appointment' && e.target === LARK)!;
    expect(group.label).toBe('4 appointments');
    await page.evaluate((id) => { (window as any).cy.getElementById(id).emit('tap'); }, group.id);
    await page.waitForFunction(() => document.querySelectorAll('#details .fact').length === 4);
    const sentences = await page.locator('#details .fact .sentence').allTextContents();
    expect(sentences).toContain('Elena Voss appointed chief executive officer, Larkmoor Holdings Limited (effective 2022-09-01)');
    // Raw properties, one click away.
    const raw = page.locator('#details .fact details.raw').first();
    expect(await raw.locator('table').isVisible()).toBe(false);
    await raw.locator('summary').click();
    expect(await raw.locator('table').textContent()).toMatch(/effectiveDate\s*\d{4}-\d{2}-\d{2}/);
  });
});

describe('links', () => {
  it('a deep link restores entity, date and expansion; back and forward work', async () => {
    const page = await open(q({ e: VOSS, date: '2020-01-01', x: LARK }));
    expect(await page.inputValue('#date')).toBe('2020-01-01');
    const nodes = await cyNodes(page);
    expect(nodes.find((n) => n.id === VOSS)!.focus).toBe(true);
    const ids = nodes.filter((n) => n.visible).map((n) => n.id);
    expect(ids).toContain(personKey('Hannah Brandt')); // through the expanded company
    expect(ids).not.toContain(personKey('Daniel Szeto')); // appointed in 2022
    await page.click('#clear-date');
    await rendered(page);
    expect(page.url()).not.toContain('date=');
    expect((await cyNodes(page)).map((n) => n.id)).toContain(personKey('Daniel Szeto'));
    await page.goBack();
    await rendered(page);
    expect(await page.inputValue('#date')).toBe('2020-01-01');
    expect((await cyNodes(page)).filter((n) => n.visible).map((n) => n.id)).not.toContain(personKey('Daniel Szeto'));
    await page.goForward();
    await rendered(page);
    expect(page.url()).not.toContain('date=');
  });

  it('opens a search from the URL (?q=) as the entity’s view', async () => {
    const page = await open('?q=Elena%20Voss');
    await page.waitForFunction(() => window.location.search.includes('e='));
    await rendered(page);
    expect(new URL(page.url()).searchParams.get('e')).toBe(VOSS);
  });

  it('every panel citation opens the source paragraph view with the quote marked', async () => {
    const page = await open(q({ e: VOSS }));
    const first = page.locator('#details a.cite').first();
    const quote = (await page.locator('#details .dossier .quote').first().textContent())!.replace(/^“|”$/g, '');
    const hrefs = await page.locator('#details a.cite').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(h).toMatch(/^\/source\?p=[^&]+&start=\d+&end=\d+$/);
    await first.click();
    await page.waitForFunction(() => document.body.dataset.rendered === 'source');
    expect(await page.locator('#stated mark').textContent()).toBe(quote);
    await page.goBack();
    await rendered(page);
  });

  it('kg lookup prints the link to the entity’s view, and each citation’s link to its paragraph', async () => {
    const r = await kg(['lookup', 'Elena Voss'], { env: { KG_SERVE_PORT: served.port.toString() } });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe(`  view: http://127.0.0.1:${served.port}/?e=${encodeURIComponent(VOSS)}`);
    // Every citation line is followed by its source link; the link opens that quote, marked.
    const cites = lines.flatMap((l, i) => (/^ {6}\[/.test(l) ? [[l, lines[i + 1]] as const] : []));
    expect(cites.length).toBeGreaterThan(3);
    for (const [, next] of cites) expect(next).toMatch(/^ {8}source: http:\/\/127\.0\.0\.1:\d+\/source\?p=[^&\s]+&start=\d+&end=\d+$/);
    const [cite, next] = cites[0];
    const page = await browser.newPage();
    pages.push(page);
    await page.goto(next.trim().slice('source: '.length));
    await page.waitForFunction(() => document.body.dataset.rendered === 'source');
    expect(cite).toContain(`“${await page.locator('#stated mark').textContent()}”`);
  });
});

describe('timelines', () => {
  it('a person: bars on one axis, each citing its evidence, notes linking to the source paragraph', async () => {
    const page = await open(q({ e: VOSS, view: 'timeline' }));
    const bars = await page.locator('.tl-bar').evaluateAll((bs) => bs.map((b) => ({ from: (b as HTMLElement).dataset.from, to: (b as HTMLElement).dataset.to, label: b.getAttribute('aria-label'), refs: Array.from(b.querySelectorAll("a.ref")).map((a) => a.getAttribute('href')) })));
    expect(bars).toEqual(expect.arrayContaining([
      expect.objectContaining({ from: '2008', to: '2015', label: 'chief financial officer: 2008 – 2015' }),
      expect.objectContaining({ from: '2019-05-10', to: '2022-09-01', label: 'independent non-executive director: 2019-05-10 – 2022-09-01' }),
      expect.objectContaining({ from: '2022-09-01', to: '', label: 'chief executive officer: since 2022-09-01' }),
    ]));
    for (const b of bars) expect(b.refs.length, b.label!).toBeGreaterThan(0);
    for (const href of bars.flatMap((b) => b.refs)) {
      const note = page.locator(href!);
      expect(await note.locator('a.cite').count(), href!).toBeGreaterThan(0);
      expect(await note.locator('a.cite').first().getAttribute('href')).toMatch(/^\/source\?p=/);
    }
    // The bars sit in date order on one axis.
    const x = async (label: string) => page.locator(`.tl-bar[aria-label^="${label}"]`).first().evaluate((b) => b.getBoundingClientRect().left);
    expect(await x('chief financial officer')).toBeLessThan(await x('independent non-executive director'));
    expect(await x('independent non-executive director')).toBeLessThan(await x('chief executive officer'));
    await page.screenshot({ path: path.join(SHOTS, 'timeline-person.png') });
  });

  it('a company: who sat on the board when', async () => {
    const page = await open(q({ e: LARK, view: 'timeline' }), { width: 1400, height: 1100 });
    const okafor = page.locator('.tl-row', { hasText: 'independent non-executive director' }).filter({ has: page.locator('.tl-bar[data-to="2022-09-01"]') });
    expect(await okafor.count()).toBeGreaterThan(0);
    expect(await page.locator('.tl-group a', { hasText: 'Felix Okafor' }).count()).toBe(1);
    expect(await page.locator('.tl-group', { hasText: 'Events' }).count()).toBe(1);
    // No citation marker over another, whether under a bar or beside an event's mark.
    const boxes = await page.locator('.tl-track .refs').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { text: e.textContent, x1: r.left, x2: r.right, y1: r.top, y2: r.bottom }; }));
    expect(boxes.length).toBeGreaterThan(20);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart = a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;
        expect(apart, `${a.text} over ${b.text}`).toBe(true);
      }
    await page.locator('.tl-bar').first().click();
    await page.waitForSelector('#details .fact .sentence');
    await page.screenshot({ path: path.join(SHOTS, 'timeline-company.png') });
  });
});

describe('export', () => {
  it('PNG and SVG of the drawing, a Markdown dossier with cited lines', async () => {
    const page = await open(q({ e: VOSS, date: '2023-01-01' }));
    const png = await page.evaluate(async () => { const b = (window as any).kg.pngOf() as Blob; return { type: b.type, size: b.size }; });
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(5000);
    const svg = await page.evaluate(() => (window as any).kg.svgOf() as string);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(svg).toContain('Elena Voss');
    expect(await page.getAttribute('#dossier', 'href')).toBe(`/api/dossier.md?key=${encodeURIComponent(VOSS)}&date=2023-01-01`);
    const md = await (await fetch(`${base}/api/dossier.md?key=${encodeURIComponent(VOSS)}&date=2023-01-01`)).text();
    expect(md).toMatch(/^# Elena Voss\n/);
    expect(md).toContain('- Elena Voss appointed chief executive officer, Larkmoor Holdings Limited (effective 2022-09-01)');
    expect(md).toMatch(/\n {2}- \[larkmoor-2022-09-01\.md [^\]]+\]\(http:\/\/127\.0\.0\.1:\d+\/source\?p=[^)]+\): “/);
    expect(md).not.toContain('Pellmark'); // not held on the date
  });
});

describe('document text stays text', () => {
  it('in the graph, the panel, the timeline, the source view, the SVG and the Markdown', async () => {
    await loadFixtureSet(driver, path.join(FIXTURES, 'hostile'));
    const evil = personKey('<img src=x onerror=alert(1)>');
    const page = await open(q({ e: evil }));
    const dialogs = watchDialogs(page);
    await page.waitForFunction((x) => document.querySelector('#details h2')?.textContent === x, '<img src=x onerror=alert(1)>');
    expect(await page.locator('#details .sentence').first().textContent()).toContain('director "><svg onload=alert(2)>');
    const svg = await page.evaluate(() => (window as any).kg.svgOf() as string);
    expect(svg).toContain('&lt;img src=x');
    expect(svg).not.toMatch(/<img|<script|onload=/);
    await page.click('#show-timeline');
    await rendered(page);
    expect(await page.locator('.tl-group a').first().textContent()).toBe('Scriptwise Holdings Limited');
    await page.locator('.tl-notes a.cite').first().click();
    await page.waitForFunction(() => document.body.dataset.rendered === 'source');
    expect(await page.locator('#stated').textContent()).toContain('Mr. <img src=x onerror=alert(1)> has served');
    const company = await open(q({ e: orgKey('Scriptwise Holdings Limited') }));
    const more = watchDialogs(company);
    expect((await cyNodes(company)).map((n) => n.label)).toContain('<script>alert(3)</script> Trading Limited');
    for (const p of [page, company]) {
      expect(await p.locator('img, script:not([src]), svg[onload]').count()).toBe(0);
    }
    const md = await (await fetch(`${base}/api/dossier.md?key=${encodeURIComponent(evil)}`)).text();
    expect(md).toContain('# &lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toMatch(/<img|<svg|<script/);
    await page.waitForTimeout(300);
    expect([...dialogs, ...more]).toEqual([]);
  });
});

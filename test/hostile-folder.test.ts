// The hostile folder: files we generate to cost a reader minutes and gigabytes (thousands of
// nested lists, quotes, brackets and elements; one sentence repeated over a long line), a
// symbolic link loop and a FIFO, beside two good announcements. Every file is reported with
// its reason, the good ones load as they do alone, what repeats is capped, and a file over
// its time or memory budget is stopped while the rest go on. (Time and peak memory of the
// whole run are measured by `npm run bench`, not here.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../graph/server/local.ts';
import { factDetails } from '../graph/facts.ts';
import { clearDatabase, testDriver } from './helpers/neo4j.ts';
import { kg } from './helpers/cli.ts';
import { hostileFiles, repeatedAnnouncement } from '../bench/hostile.ts';

const GOOD = ['harbourview-logistics-2026-06-30.md', 'crestmoor-resources-2026-05-12.md'];

let driver: Driver;
let dir: string;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  dir = mkdtempSync(path.join(tmpdir(), 'kg-hostile-folder-'));
  for (const [name, text] of Object.entries(hostileFiles())) writeFileSync(path.join(dir, name), text);
  for (const g of GOOD) copyFileSync(path.join(PROJECT_ROOT, 'examples', g), path.join(dir, g));
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync('..', path.join(dir, 'sub', 'up'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
});
afterAll(async () => {
  await driver?.close();
});

describe('the hostile folder', () => {
  it('reports every file with its reason, loads the good ones as they load alone, and caps what repeats', { timeout: 600_000 }, async () => {
    const r = await kg(['ingest', dir]);
    expect(r.code).toBe(1);
    const reasons: Array<[string, RegExp]> = [
      ['nested-lists.md', /nested too deeply: more than 100 levels of lists or block quotes/],
      ['nested-quotes.md', /nested too deeply: more than 100 levels of lists or block quotes/],
      ['nested-brackets.md', /nested too deeply: more than 100 levels of brackets/],
      ['nested-divs.html', /nested too deeply: more than 1000 levels of elements/],
      ['pipe.md', /FIFO/],
      ['up', /symbolic link loop/],
    ];
    for (const [name, reason] of reasons) expect(r.stderr.split('\n').some((l) => l.includes(name) && reason.test(l)), `${name}: ${reason}\n${r.stderr}`).toBe(true);
    expect(r.stderr).toMatch(/repeated\.md: one appointment fact is stated 400 times: the first 50 are kept as its evidence/);

    for (const g of GOOD) {
      const alone = (await kg(['extract', path.join(dir, g)])).stdout.trim().split('\n').length;
      const res = await driver.executeQuery('MATCH (d:Document {name: $g}) RETURN d.factCount AS n', { g });
      expect(Number(res.records[0]?.get('n')), g).toBe(alone);
    }

    const rep = await driver.executeQuery("MATCH (f:Appointment {source: 'repeated.md'}) RETURN f.id AS id, f.evidenceOmitted AS omitted");
    expect(rep.records.map((x) => Number(x.get('omitted')))).toEqual([350]);
    const [detail] = await factDetails(driver, [String(rep.records[0].get('id'))]);
    expect(detail.evidence).toHaveLength(50);
    // The long paragraph is sent around each quote, not whole once per citation.
    for (const c of detail.evidence) {
      expect(c.paragraphText.length).toBeLessThanOrEqual(4000 + c.quote.length);
      expect(c.paragraphText.slice(c.start - c.paragraphStart, c.end - c.paragraphStart)).toBe(c.quote);
    }
  });

  it('stops a file over its time budget, and one over its memory budget, and loads the rest', { timeout: 600_000 }, async () => {
    const big = mkdtempSync(path.join(tmpdir(), 'kg-budget-'));
    writeFileSync(path.join(big, 'long-repeat.md'), repeatedAnnouncement(9_300));
    copyFileSync(path.join(PROJECT_ROOT, 'examples', GOOD[0]), path.join(big, GOOD[0]));
    const slow = await kg(['ingest', big, '--force', '--file-seconds', '2']);
    expect(slow.code).toBe(1);
    expect(slow.stderr).toMatch(/long-repeat\.md: over the time budget: not read and extracted in 2 s; not loaded/);
    expect(slow.stderr).toMatch(new RegExp(`(?:replaced|loaded)\\s+\\S*${GOOD[0].replace(/\./g, '\\.')}`));
    const heavy = await kg(['ingest', big, '--force', '--file-memory', '128']);
    expect(heavy.code).toBe(1);
    expect(heavy.stderr).toMatch(/long-repeat\.md: over the memory budget of 128 MB; not loaded/);
    expect(heavy.stderr).toMatch(new RegExp(`(?:replaced|loaded)\\s+\\S*${GOOD[0].replace(/\./g, '\\.')}`));
  });
});

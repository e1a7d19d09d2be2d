// The smaller defects of issue 14, one test each: NUL bytes past the first 8 KiB, UTF-16
// without a byte-order mark, a FIFO in a folder, the same bytes under two names, a
// 1,500-word lookup, a stock code as a query parameter, a bad --depth, alias order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readSource } from '../pipeline/read/source.ts';
import { readDocument } from '../pipeline/process/index.ts';
import { extract } from '../pipeline/extract/index.ts';
import { loadDocument } from '../graph/load.ts';
import { findQuery, parseParam, runQuery } from '../graph/queries.ts';
import { ensureSchema } from '../graph/schema.ts';
import { serve } from '../web/server.ts';
import { clearDatabase, testDriver } from './helpers/neo4j.ts';
import { kg } from './helpers/cli.ts';

const NOTICE = (issuer: string, person: string) =>
  `${issuer}\n(Stock Code: 3998)\n\nAPPOINTMENT OF EXECUTIVE DIRECTOR\n\nThe board of directors of ${issuer} (the “Company”) announces that Mr. ${person} has been appointed as an executive Director with effect from 1 May 2026.\n`;

let driver: Driver;
let dir: string;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await ensureSchema(driver);
  dir = mkdtempSync(path.join(tmpdir(), 'kg-small-'));
});
afterAll(async () => {
  await driver?.close();
});

describe('reading', () => {
  it('refuses a NUL byte anywhere, also after the first 8 KiB, naming where', async () => {
    const file = path.join(dir, 'late-nul.md');
    writeFileSync(file, Buffer.concat([Buffer.from('An announcement. '.repeat(600)), Buffer.from([0]), Buffer.from(' More text.\n')]));
    await expect(readSource(file)).rejects.toMatchObject({ reason: 'binary file (a NUL byte at byte 10200)' });
  });

  it.each([
    ['utf-16le', 'UTF-16LE'],
    ['utf-16be', 'UTF-16BE'],
  ] as const)('reads %s without a byte-order mark as text, with a warning', async (encoding, label) => {
    const text = NOTICE('Quayside Lantern Holdings Limited', 'Tam Wing Kei');
    const le = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    const file = path.join(dir, `${encoding}.txt`);
    writeFileSync(file, bytes);
    const doc = await readDocument(file);
    expect(doc.text).toBe(text);
    expect(doc.messages.map((m) => m.reason)).toContain(`${label} without a byte-order mark; read as ${label}`);
    expect(extract(doc).facts.some((f) => f.type === 'appointment' && f.person === 'Tam Wing Kei')).toBe(true);
  });

  it('refuses UTF-16 that holds a NUL character', async () => {
    const file = path.join(dir, 'utf16-nul.txt');
    writeFileSync(file, Buffer.from('Plain words here\u0000 and more words after it.\n', 'utf16le'));
    await expect(readSource(file)).rejects.toMatchObject({ reason: 'binary file (a NUL character at character 16)' });
  });
});

describe('ingest', () => {
  it('reports a FIFO by name, loads the rest, and keeps every path of the same bytes', { timeout: 400_000 }, async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kg-fifo-'));
    const text = NOTICE('Copperleaf Harbour Holdings Limited', 'Yau Chun Hei');
    writeFileSync(path.join(folder, 'copy-a.md'), text);
    writeFileSync(path.join(folder, 'copy-b.md'), text);
    execFileSync('mkfifo', [path.join(folder, 'waiting.md')]);
    const r = await kg(['ingest', folder]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FAILED\s+\S*waiting\.md: a FIFO \(named pipe\), not a regular file; not read/);
    const docs = await driver.executeQuery("MATCH (d:Document) WHERE d.name IN ['copy-a.md', 'copy-b.md'] RETURN d.paths AS paths");
    expect(docs.records).toHaveLength(1);
    expect([...docs.records[0].get('paths')].sort()).toEqual([path.join(folder, 'copy-a.md'), path.join(folder, 'copy-b.md')]);
  });

  it('keeps aliases in one order whatever order the documents were loaded in', async () => {
    const a = path.join(dir, 'alias-a.md');
    const b = path.join(dir, 'alias-b.md');
    writeFileSync(a, 'Northwind Lattice Holdings Limited (“Northwind”) announces that Mr. Ko Siu Ming has been appointed as an executive Director of Northwind Lattice Holdings Limited.\n');
    writeFileSync(b, 'Northwind Lattice Holdings Limited (“Lattice”) announces that Mr. Ko Siu Ming has resigned as an executive Director of Northwind Lattice Holdings Limited.\n');
    const aliasesAfter = async (order: string[]) => {
      await clearDatabase(driver);
      for (const f of order) {
        const doc = await readDocument(f);
        await loadDocument(driver, doc, extract(doc), { extractorVersion: 'test' });
      }
      const r = await driver.executeQuery("MATCH (e:Organization) WHERE e.name = 'Northwind Lattice Holdings Limited' RETURN e.aliases AS aliases");
      return r.records[0].get('aliases') as string[];
    };
    const forward = await aliasesAfter([a, b]);
    expect(forward).toEqual(expect.arrayContaining(['Northwind', 'Lattice']));
    expect(await aliasesAfter([b, a])).toEqual(forward);
  });
});

describe('asking', () => {
  it('looks up a 1,500-word name without an error or a stack trace, in the CLI and the API', { timeout: 400_000 }, async () => {
    const long = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ');
    const r = await kg(['lookup', long]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg: nothing in the graph matches "word0 word1/);
    expect(r.stderr).not.toMatch(/TooManyClauses|\n\s+at /);
    const served = await serve(driver, { port: 0 });
    try {
      const res = await fetch(`http://127.0.0.1:${served.port}/api/search?q=${encodeURIComponent(long)}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual([]);
    } finally {
      await served.close();
    }
  });

  it('takes a stock code as a name: --param company=3998 is the string "3998"', async () => {
    const q = findQuery('share-issues');
    const params = Object.fromEntries([parseParam('company=3998', q.types)]);
    expect(params.company).toBe('3998');
    await expect(runQuery(driver, q, params)).resolves.toMatchObject({ rows: [] });
    expect(() => parseParam('limit=ten', { limit: 'integer' })).toThrow('--param limit must be a whole number, not "ten"');
  });

  it('refuses --depth abc, saying so on its first line, before touching the graph', { timeout: 300_000 }, async () => {
    const r = await kg(['export', '--depth', 'abc']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(/--depth.*'abc' is invalid\. It must be a whole number from 1 to 6/);
  });
});

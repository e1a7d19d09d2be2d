// Reliability against the real Neo4j: reruns, concurrent runs, a killed run, a lost
// server, and hostile names stored as plain values. The corpus is our own (the project's
// announcements and generated ones); the real corpus gets a rerun check in corpus-graph.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingest } from '../graph/ingest.ts';
import { loadDocument } from '../graph/load.ts';
import { createDriver } from '../graph/driver.ts';
import { start, stop } from '../graph/server/local.ts';
import { extractFile } from '../pipeline/process/index.ts';
import { OWN_6K, ownCorpus } from './helpers/corpus.ts';
import { clearDatabase, counts, testDriver } from './helpers/neo4j.ts';
import { kg, spawnKg } from './helpers/cli.ts';
import { factsOf } from './helpers/extract.ts';
import { entityKey } from '../pipeline/text/normalize.ts';
import { extraPorts } from './helpers/ports.ts';

const CORPUS = ownCorpus();
let driver: Driver;
let clean: Awaited<ReturnType<typeof counts>>;
let cleanFacts: string[];

async function factIds(d: Driver = driver): Promise<string[]> {
  const r = await d.executeQuery('MATCH (f:Fact) RETURN f.id AS id ORDER BY id');
  return r.records.map((x) => x.get('id'));
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
});
afterAll(async () => {
  await driver.close();
});

describe('idempotent loading', () => {
  it('ingesting the corpus twice leaves identical node and relationship counts', async () => {
    const first = await ingest(driver, [CORPUS.dir]);
    expect(first.failed).toBe(0);
    clean = await counts(driver);
    cleanFacts = await factIds();
    const second = await ingest(driver, [CORPUS.dir]);
    expect(second.unchanged).toBe(first.loaded);
    expect(first.loaded).toBe(CORPUS.files.length);
    expect(await counts(driver)).toEqual(clean);
  });

  it('two kg ingest processes at once over overlapping files give the same graph as one run', async () => {
    await clearDatabase(driver);
    const files = CORPUS.files;
    const half = Math.ceil(files.length / 2);
    // The first process takes the first two thirds, the second the last two thirds: the middle third overlaps.
    const a = kg(['ingest', ...files.slice(0, half + 4)]);
    const b = kg(['ingest', ...files.slice(half - 4)]);
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(await counts(driver)).toEqual(clean);
    expect(await factIds()).toEqual(cleanFacts);
  });

  it('an ingest killed with SIGKILL half-way, then rerun, gives the same graph as a clean run', { timeout: 600_000 }, async () => {
    await clearDatabase(driver);
    // One document per transaction, so the kill lands between commits of a run in progress.
    const child = spawnKg(['ingest', CORPUS.dir, '--batch', '1']);
    let loaded = 0;
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        loaded += (String(d).match(/\] loaded /g) ?? []).length;
        if (loaded >= 5 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('close', () => resolve());
    });
    await new Promise((r) => child.once('close', r));
    const partial = await counts(driver);
    expect(partial.nodes.Document ?? 0).toBeLessThan(clean.nodes.Document);
    const rerun = await kg(['ingest', CORPUS.dir]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await counts(driver)).toEqual(clean);
    expect(await factIds()).toEqual(cleanFacts);
  });
});

describe('a crash right after a commit', () => {
  it('leaves each committed document whole, tenures included: the rerun skips it and the graph equals a clean run', { timeout: 600_000 }, async () => {
    await clearDatabase(driver);
    const crashed = await kg(['ingest', CORPUS.dir, '--batch', '1'], { env: { KG_TEST_FAULT: 'after-commit:3' } });
    expect(crashed.code).not.toBe(0);
    // Two batches were reported; the third committed and the process died before saying so.
    expect((crashed.stderr.match(/\] loaded /g) ?? []).length).toBe(2);
    const docs = await driver.executeQuery("MATCH (d:Document {status: 'complete'}) RETURN count(d) AS n");
    expect(Number(docs.records[0].get('n'))).toBe(3);
    const rerun = await kg(['ingest', CORPUS.dir]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/, 3 unchanged,/);
    expect(await counts(driver)).toEqual(clean);
    expect(await factIds()).toEqual(cleanFacts);
  });
});

describe('losing the server during an ingest', () => {
  const server = { home: mkdtempSync(path.join(tmpdir(), 'kg-lost-')), boltPort: extraPorts(2).bolt, httpPort: extraPorts(2).http, heap: '512m', pageCache: '64m', log: () => {} };
  afterAll(async () => {
    await stop(server);
  });

  // Two server starts and two ingests: this one needs more than the default time.
  it('fails clearly, reports no file loaded that is not, and a rerun after restart completes', { timeout: 900_000 }, async () => {
    const s = await start(server);
    const env = { NEO4J_URI: s.uri, NEO4J_USER: s.config.user, NEO4J_PASSWORD: s.config.password };
    const child = spawnKg(['ingest', CORPUS.dir, '--batch', '1'], env);
    let stderr = '';
    let stopped: Promise<boolean> | null = null;
    child.stderr.on('data', (d: Buffer) => {
      stderr += String(d);
      if (!stopped && (stderr.match(/\] loaded /g) ?? []).length >= 3) stopped = stop(server);
    });
    const code = await new Promise<number | null>((r) => child.once('close', r));
    await stopped;
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/Neo4j is unreachable/);
    const reported = [...stderr.matchAll(/\] loaded\s+(\S+)/g)].map((m) => path.basename(m[1]));
    // Restart: every file reported loaded is there, complete.
    const again = await start(server);
    const d = createDriver(again.config);
    try {
      const docs = await d.executeQuery("MATCH (d:Document {status: 'complete'}) RETURN d.name AS name");
      const inGraph = docs.records.map((r) => r.get('name'));
      for (const name of reported) expect(inGraph).toContain(name);
      const rerun = await kg(['ingest', CORPUS.dir], { env });
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await counts(d)).toEqual(clean);
    } finally {
      await d.close();
      await stop(server);
    }
  });
});

describe('hostile names', () => {
  it('stores quotes, backticks, braces and Cypher in names as plain values and touches nothing else', async () => {
    await clearDatabase(driver);
    await ingest(driver, [OWN_6K]);
    const before = await counts(driver);
    const hostile = "x'}) DETACH DELETE n //";
    const text = `Evil \`Backtick\` {Brace} Holdings Limited\n(Stock Code: 6666)\n\nThe board of directors of Evil \`Backtick\` {Brace} Holdings Limited (the “Company”) announces that Mr. O'Hara "Quote" Smith has been appointed as an executive Director with effect from 1 May 2026.\n`;
    const facts = await factsOf(text, 'hostile.txt');
    expect(facts.length).toBeGreaterThan(0);
    // Beyond what the extractor finds, load a fact whose every name is Cypher.
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-hostile-'));
    const file = path.join(dir, 'hostile.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, text);
    const { doc, extraction } = await extractFile(file);
    const p = doc.paragraphs[doc.paragraphs.length - 1];
    extraction.entities.push({ key: entityKey('organization', hostile), kind: 'organization', name: hostile, aliases: ['`) MATCH (m) DETACH DELETE m //'], labels: ['Company'], codes: ["'; DROP"], mentions: [{ paragraph: p.id, start: p.start, end: p.start + 4, quote: doc.text.slice(p.start, p.start + 4) }] });
    extraction.facts.push({ type: 'listing', source: 'hostile.txt', organization: hostile, exchange: '${x}`} RETURN 1 //', code: "1'}) DELETE n", keys: { organization: entityKey('organization', hostile) }, evidence: [{ paragraph: p.id, start: p.start, end: p.end, quote: p.text }], confidence: 0.5 });
    await loadDocument(driver, doc, extraction, { extractorVersion: 'test' });
    const names = await driver.executeQuery('MATCH (e:Entity) WHERE e.name CONTAINS $s OR e.name CONTAINS "Backtick" RETURN e.name AS name ORDER BY name', { s: 'DETACH' });
    expect(names.records.map((r) => r.get('name'))).toEqual(expect.arrayContaining([hostile, 'Evil `Backtick` {Brace} Holdings Limited']));
    const after = await counts(driver);
    // Everything from the seed is still there.
    for (const [label, n] of Object.entries(before.nodes)) expect(after.nodes[label]).toBeGreaterThanOrEqual(n);
    const listing = await driver.executeQuery('MATCH (f:Listing {code: $code})-[:ORGANIZATION]->(o) RETURN o.name AS name', { code: "1'}) DELETE n" });
    expect(listing.records[0]?.get('name')).toBe(hostile);
  });
});

// npm run bench: throughput and latency figures, measured in one run and printed with
// ratios. No assertions: targets are read off the output (docs/performance.md).
//
//   npm run bench                      everything (large graph of 25,000 announcements)
//   npm run bench -- --large 5000      a smaller large graph
//   npm run bench -- --skip-large      extraction, loading and the hostile folder only
//   --extract-mb N (4), --generated N (2000), --load-docs N (400): smaller measurements;
//   --keep-neo4j: leave its server running
//
// It runs a Neo4j of its own (2 GB heap) under .kg/neo4j-bench on 127.0.0.1, ports
// KG_BENCH_BOLT_PORT / KG_BENCH_HTTP_PORT (7693 / 7480), and stops it when it ends, also on
// Ctrl-C. It never touches NEO4J_URI, the user's database: KG_BENCH_NEO4J_URI names another
// server for it, used only if empty or marked by an earlier run (the bench clears it).
// Extraction is measured on ../shared/corpus when it is there, and on a generated corpus always.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Driver } from 'neo4j-driver';
import { EXTRACTOR_VERSION } from '../pipeline/extract/index.ts';
import { extractFile, processFile } from '../pipeline/process/index.ts';
import { loadable } from '../pipeline/process/processed.ts';
import { loadDocuments, factProperties, factId, type LoadItem } from '../graph/load.ts';
import { countWrites, noWrites, totalWrites } from '../graph/load-rows.ts';
import { createDriver, probe, type Neo4jConfig } from '../graph/driver.ts';
import { start, stop, PROJECT_ROOT, type LocalServerOptions } from '../graph/server/local.ts';
import { claimScratch, clearScratch } from '../graph/scratch.ts';
import { ensureSchema, resetSchemaCache } from '../graph/schema.ts';
import { findEntities, dossier } from '../graph/lookup.ts';
import { findQuery, runQuery } from '../graph/queries.ts';
import { generateCorpus } from './generate.ts';
import { settle } from './machine.ts';
import { hostileFiles, repeatedAnnouncement } from './hostile.ts';
import { DEFAULT_BATCH_DOCS } from '../graph/ingest.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const LARGE = args.includes('--skip-large') ? 0 : opt('large', 25_000);
const LOAD_DOCS = opt('load-docs', 400);
const EXTRACT_BYTES = opt('extract-mb', 4) * 1e6;
const GENERATED = opt('generated', 2000);
const KEEP = args.includes('--keep-neo4j');
const SHARED_CORPUS = path.join(path.resolve(process.env.KG_SHARED ?? path.join(PROJECT_ROOT, '..', 'shared')), 'corpus');
const BENCH_SERVER: LocalServerOptions = {
  home: path.join(process.env.KG_HOME ?? path.join(PROJECT_ROOT, '.kg'), 'neo4j-bench'),
  boltPort: Number(process.env.KG_BENCH_BOLT_PORT ?? 7693),
  httpPort: Number(process.env.KG_BENCH_HTTP_PORT ?? 7480),
  heap: '2g',
  pageCache: '2g',
  log: () => {},
};

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(58)} ${value}\n`);
}
const mbps = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(md|txt|html?|pdf)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** The bench's database: its own server, or KG_BENCH_NEO4J_URI; `started` when this run started the server. */
async function neo4j(): Promise<{ driver: Driver; config: Neo4jConfig; started: boolean }> {
  const env = process.env;
  let config: Neo4jConfig;
  let started = false;
  if (env.KG_BENCH_NEO4J_URI) {
    config = { uri: env.KG_BENCH_NEO4J_URI, user: env.KG_BENCH_NEO4J_USER || undefined, password: env.KG_BENCH_NEO4J_PASSWORD || undefined };
    const p = await probe(config, 10_000);
    if (!p.ok) throw new Error(`KG_BENCH_NEO4J_URI=${config.uri} does not answer: ${p.error}`);
  } else {
    const s = await start(BENCH_SERVER);
    started = s.started;
    // Its own server, with the password generated for it.
    config = s.config;
  }
  const driver = createDriver(config);
  try {
    await claimScratch(driver, { owner: 'bench', where: env.KG_BENCH_NEO4J_URI ? `KG_BENCH_NEO4J_URI=${config.uri}` : config.uri, ours: !env.KG_BENCH_NEO4J_URI });
  } catch (err) {
    await driver.close();
    if (started) await stop(BENCH_SERVER);
    throw err;
  }
  return { driver, config, started };
}

async function clear(driver: Driver): Promise<void> {
  await clearScratch(driver);
  resetSchemaCache();
}

async function benchExtraction(label: string, inputs: string[], minBytes: number): Promise<void> {
  // A first, untimed pass: the figures are of warm code, as in a long ingest.
  for (const f of inputs.slice(0, 10)) await processFile(f);
  // Read once, repeat the list until the text reaches minBytes.
  const texts: string[] = [];
  let total = 0;
  let announcements = 0;
  let tRead = 0;
  let tExtract = 0;
  let tRemark = 0;
  const parser = unified().use(remarkParse);
  for (let round = 0; total < minBytes || round === 0; round++) {
    for (const f of inputs) {
      // The document path, timed by stage: extraction apart from reading and structure.
      const file = await processFile(f, { onStage: (stage, ms) => (stage === 'extract' ? (tExtract += ms) : (tRead += ms)) });
      const doc = file.doc!;
      const t = performance.now();
      parser.parse(doc.text);
      tRemark += performance.now() - t;
      texts.push(doc.text);
      total += Buffer.byteLength(doc.text);
      announcements += doc.announcements.length;
    }
  }
  const ours = tRead + tExtract;
  line(`extraction ${label}: text`, `${(total / 1e6).toFixed(1)} MB, ${announcements} announcements`);
  line(`extraction ${label}: read + structure + extract (1 thread)`, `${mbps(total, ours)} MB/s, ${(announcements / (ours / 1000)).toFixed(0)} announcements/s`);
  line(`extraction ${label}: of which extraction stages`, `${mbps(total, tExtract)} MB/s`);
  line(`extraction ${label}: remark-parse alone (the floor)`, `${mbps(total, tRemark)} MB/s`);
  line(`extraction ${label}: time vs remark-parse alone`, `${(ours / tRemark).toFixed(2)}x`);
}

/** The rows the loader writes, flattened: one query per node or relationship (writes counted by the server, as the loader's). */
function naiveRows(items: LoadItem[]): Array<{ q: string; p: Record<string, unknown> }> {
  const out: Array<{ q: string; p: Record<string, unknown> }> = [];
  for (const { doc, extraction } of items) {
    out.push({ q: 'MERGE (d:Document {id: $id}) SET d.name = $name, d.path = $path', p: { id: doc.sha256 + ':naive', name: doc.name, path: doc.path } });
    for (const p of doc.paragraphs) out.push({ q: 'MERGE (p:Paragraph {id: $id}) SET p.text = $text, p.start = $start, p.end = $end', p: { id: p.id + ':naive', text: p.text, start: p.start, end: p.end } });
    for (const e of extraction.entities) out.push({ q: 'MERGE (e:Entity {key: $key}) SET e.name = $name', p: { key: e.key + ':naive', name: e.name } });
    for (const e of extraction.entities) for (const m of e.mentions) out.push({ q: 'MATCH (e:Entity {key: $key}) MATCH (p:Paragraph {id: $p}) MERGE (e)-[r:MENTIONED_IN {start: $s, end: $e}]->(p) SET r.quote = $quote', p: { key: e.key + ':naive', p: m.paragraph + ':naive', s: m.start, e: m.end, quote: m.quote } });
    for (const f of extraction.facts) {
      const id = factId(doc.sha256, f) + ':naive';
      out.push({ q: 'MERGE (f:Fact {id: $id}) SET f += $props', p: { id, props: factProperties(f) } });
      for (const e of f.evidence) out.push({ q: 'MATCH (f:Fact {id: $id}) MATCH (p:Paragraph {id: $p}) MERGE (f)-[s:STATED_IN {start: $s, end: $e}]->(p) SET s.quote = $quote', p: { id, p: e.paragraph + ':naive', s: e.start, e: e.end, quote: e.quote } });
    }
  }
  return out;
}

async function benchLoading(driver: Driver, dir: string): Promise<void> {
  const items: LoadItem[] = [];
  for (const f of files(dir).slice(0, LOAD_DOCS)) {
    const { doc, extraction } = await extractFile(f);
    items.push({ doc: loadable(doc), extraction });
  }
  await clear(driver);
  await ensureSchema(driver);
  // Warm the query cache with one small batch, then measure.
  await loadDocuments(driver, items.slice(0, 5), { extractorVersion: 'bench-warm' });
  await clear(driver);
  let rate = 0;
  for (const size of [1, 25, 100]) {
    await clear(driver);
    await ensureSchema(driver);
    let writes = 0;
    const t0 = performance.now();
    for (let i = 0; i < items.length; i += size) {
      writes += (await loadDocuments(driver, items.slice(i, i + size), { extractorVersion: EXTRACTOR_VERSION })).total;
    }
    const ms = performance.now() - t0;
    const r = writes / (ms / 1000);
    if (size === DEFAULT_BATCH_DOCS) rate = r;
    line(`loading: project loader, ${size} docs per transaction`, `${writes} writes in ${(ms / 1000).toFixed(1)} s = ${r.toFixed(0)} writes/s`);
  }
  // One query per row, on the first tenth of the same documents.
  const naive = naiveRows(items.slice(0, Math.max(5, Math.floor(items.length / 10))));
  const naiveWrites = noWrites();
  const t1 = performance.now();
  for (const r of naive) countWrites(naiveWrites, (await driver.executeQuery(r.q, r.p)).summary);
  const ms1 = performance.now() - t1;
  const rate1 = totalWrites(naiveWrites) / (ms1 / 1000);
  line('loading: one query per row (same kind of rows)', `${totalWrites(naiveWrites)} writes in ${(ms1 / 1000).toFixed(1)} s = ${rate1.toFixed(0)} writes/s`);
  line(`loading: project loader (${DEFAULT_BATCH_DOCS} docs/tx, the default) vs one query per row`, `${(rate / rate1).toFixed(1)}x`);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** The real CLI over a folder, as a user runs it: its own process, so its peak RSS is its own. */
async function ingestCli(config: Neo4jConfig, dir: string): Promise<{ code: number | null; secs: number; rss: string | undefined }> {
  const t1 = performance.now();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'kg.js'), 'ingest', dir], { env: { ...process.env, NEO4J_URI: config.uri, NEO4J_USER: config.user ?? '', NEO4J_PASSWORD: config.password ?? '', NEO4J_DATABASE: '', KG_REPORT_RSS: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
    if (stderr.length > 1e6) stderr = stderr.slice(-1e5);
  });
  const code = await new Promise<number | null>((r) => child.once('close', r));
  return { code, secs: (performance.now() - t1) / 1000, rss: /peak RSS (\d+) MB/.exec(stderr)?.[1] };
}

/** The hostile folder: deep nesting of every kind, a 1 MB repeated line, a loop and a FIFO, beside the examples. */
async function benchHostile(driver: Driver, config: Neo4jConfig): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-bench-hostile-'));
  for (const [name, text] of Object.entries(hostileFiles())) writeFileSync(path.join(dir, name), text);
  writeFileSync(path.join(dir, 'long-repeat.md'), repeatedAnnouncement(9_300));
  for (const f of readdirSync(path.join(PROJECT_ROOT, 'examples'))) copyFileSync(path.join(PROJECT_ROOT, 'examples', f), path.join(dir, f));
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync('..', path.join(dir, 'sub', 'up'));
  spawnSync('mkfifo', [path.join(dir, 'pipe.md')]);
  await clear(driver);
  const { code, secs, rss } = await ingestCli(config, dir);
  line('hostile folder: kg ingest (refuses 6 entries, loads 5 files)', `exit ${code}, ${secs.toFixed(1)} s`);
  line('hostile folder: peak RSS of that ingest', rss ? `${rss} MB` : 'not reported');
  rmSync(dir, { recursive: true, force: true });
}

async function benchLarge(driver: Driver, config: Neo4jConfig): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-bench-large-'));
  const t0 = performance.now();
  const g = generateCorpus(dir, LARGE, 7);
  line('large: generated corpus', `${g.files} announcements, ${(g.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  await clear(driver);
  const { code, secs, rss } = await ingestCli(config, dir);
  line('large: kg ingest of the generated corpus', `exit ${code}, ${secs.toFixed(0)} s, ${(LARGE / secs).toFixed(1)} announcements/s, ${(g.bytes / 1e6 / secs).toFixed(2)} MB/s`);
  line('large: peak RSS of that ingest', rss ? `${rss} MB` : 'not reported');
  line('large: projected time for 100,000 announcements', `${((100_000 / (LARGE / secs)) / 60).toFixed(0)} min`);
  const counts = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
  line('large: graph size', `${counts.records[0].get('n')} nodes, ${rels.records[0].get('n')} relationships`);
  rmSync(dir, { recursive: true, force: true });

  // Lookup latency: the lookup's full-text query plus dossier, and three library queries.
  const names = (await driver.executeQuery('MATCH (p:Person) RETURN p.name AS n LIMIT 200')).records.map((r) => String(r.get('n')));
  const orgs = (await driver.executeQuery('MATCH (o:Organization)<-[:ISSUER|ORGANIZATION]-() RETURN DISTINCT o.name AS n LIMIT 200')).records.map((r) => String(r.get('n')));
  const time = async (label: string, f: (i: number) => Promise<unknown>, n = 200) => {
    for (let i = 0; i < 10; i++) await f(i); // warm
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await f(i);
      ms.push(performance.now() - t);
    }
    line(`lookup: ${label}`, `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms`);
  };
  await time('kg lookup full-text search', (i) => findEntities(driver, names[i % names.length]));
  await time('kg lookup search + dossier', async (i) => {
    const c = await findEntities(driver, names[i % names.length]);
    if (c[0]) await dossier(driver, c[0].key);
  });
  const board = findQuery('board-of-company');
  const roles = findQuery('person-roles');
  const issues = findQuery('share-issues');
  await time('query board-of-company', (i) => runQuery(driver, board, { company: orgs[i % orgs.length], date: '2024-06-30' }));
  await time('query person-roles', (i) => runQuery(driver, roles, { person: names[i % names.length] }));
  await time('query share-issues', (i) => runQuery(driver, issues, { company: orgs[i % orgs.length] }));
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown';
  line('machine', `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  if (process.env.NEO4J_URI) line('neo4j: NEO4J_URI', `${process.env.NEO4J_URI} is not used (the bench clears its database; KG_BENCH_NEO4J_URI names one for it)`);
  // The database first: a refusal comes before minutes of measuring.
  const { driver, config, started } = await neo4j();
  // Ctrl-C or a kill ends the run; the server it started goes with it.
  const stopOnSignal = async (signal: NodeJS.Signals) => {
    if (started && !KEEP) await stop(BENCH_SERVER);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const gen = mkdtempSync(path.join(tmpdir(), 'kg-bench-gen-'));
  try {
    await settle(line);
    if (existsSync(SHARED_CORPUS)) await benchExtraction('shared corpus', files(SHARED_CORPUS).filter((f) => !f.endsWith('SOURCES.md')), EXTRACT_BYTES);
    else line('extraction shared corpus', `skipped: no ${SHARED_CORPUS} beside the project; the generated corpus follows`);
    generateCorpus(gen, GENERATED, 3);
    await benchExtraction('generated corpus', files(gen), EXTRACT_BYTES);
    const v = await driver.getServerInfo();
    line('neo4j', `${v.agent} at ${config.uri}`);
    await benchLoading(driver, gen);
    await benchHostile(driver, config);
    if (LARGE) await benchLarge(driver, config);
  } finally {
    rmSync(gen, { recursive: true, force: true });
    await driver.close();
    if (started && !KEEP) {
      await stop(BENCH_SERVER);
      line('neo4j', `bench server stopped (--keep-neo4j keeps it)`);
    } else if (started) line('neo4j', `bench server left running at ${config.uri} (--keep-neo4j); stop it with KG_NEO4J_HOME=${BENCH_SERVER.home} npx kg neo4j stop`);
  }
}

try {
  await main();
} catch (err) {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  if (process.env.KG_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
  process.exitCode = 1;
}

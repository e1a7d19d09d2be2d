// What README.md, docs/facts-format.md, the queries' headers and docker-compose.yml claim,
// tried as written on a clone's own files: the README's examples run on the graph `npm start`
// loads (examples/), every query's example runs, `npm start` gives hints true to the server in
// use, the jar size is what .kg/neo4j/lib holds, and the compose file parses, binds to
// 127.0.0.1 and has a health check that `up --wait` can rely on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Driver } from 'neo4j-driver';
import { listQueries, queryParams, resolveParams, runQuery } from '../graph/queries.ts';
import { PROJECT_ROOT } from '../graph/server/local.ts';
import { OPTIONAL, REQUIRED } from '../pipeline/facts/types.ts';
import { kg } from './helpers/cli.ts';
import { EXAMPLES } from './helpers/corpus.ts';
import { graphOf, testEnv } from './helpers/neo4j.ts';

const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');
const README = read('README.md');
let driver: Driver;

beforeAll(async () => {
  driver = await graphOf([EXAMPLES]);
});
afterAll(async () => {
  await driver.close();
});

/** The `$ npx kg ...` examples of a Markdown text: the command line and the output below it. */
function shellExamples(md: string): Array<{ command: string; output: string[] }> {
  return [...md.matchAll(/```\n\$ (npx kg [^\n]+)\n([\s\S]*?)```/g)].map((m) => ({ command: m[1], output: m[2].split('\n').filter((l) => l.trim()) }));
}

/** A README line run by a shell, as a user pastes it, against the test server. */
function sh(command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command.replace(/^npx kg /, `"${process.execPath}" bin/kg.js `)], { cwd: PROJECT_ROOT, env: testEnv() });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('README.md', () => {
  it('links the facts format inside the project, nothing beside it', () => {
    expect(README).toContain('(docs/facts-format.md)');
    expect(README).not.toMatch(/\]\(\.\.\//);
    expect(README).not.toMatch(/Qu Heng|Kingsoft|Xunlei/);
  });

  it('its examples run as written on the graph of examples/, and begin as shown', { timeout: 600_000 }, async () => {
    const examples = shellExamples(README);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const { command, output } of examples) {
      const r = await sh(command);
      const ambiguous = output.some((l) => /is ambiguous/.test(l));
      expect(r.code, `${command}\n${r.stderr}`).toBe(ambiguous ? 2 : 0);
      const shown = output.filter((l) => !l.startsWith('kg: '));
      // The first line of standard output is the README's: a table header, a name, a question back.
      expect(r.stdout.split('\n')[0], command).toBe(shown[0]);
      for (const l of output.filter((x) => x.startsWith('kg: '))) expect(r.stderr, command).toContain(l);
    }
  });

  it('states the size of the Neo4j download as .kg/neo4j/lib holds it', () => {
    const lib = path.join(process.env.KG_HOME ?? path.join(PROJECT_ROOT, '.kg'), 'neo4j', 'lib');
    const jars = readdirSync(lib).filter((f) => f.endsWith('.jar'));
    const mb = jars.reduce((n, f) => n + statSync(path.join(lib, f)).size, 0) / 2 ** 20;
    const m = /about (\d+) MB: (\d+) jars/.exec(README);
    expect(m, 'README states "about N MB: M jars"').not.toBeNull();
    expect(Math.abs(Number(m![1]) - mb) / mb).toBeLessThan(0.1);
    expect(Number(m![2])).toBe(jars.length);
  });

  it('npm start with NEO4J_URI set points at that server, not at a local one without password', async () => {
    const r = await kg(['start']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`at ${testEnv().NEO4J_URI} (NEO4J_URI)`);
    expect(r.stdout).toContain('Neo4j Browser: your server');
    expect(r.stdout).not.toContain('no password');
    expect(r.stdout).not.toContain('kg neo4j stop');
  });
});

describe('docs/facts-format.md', () => {
  it('describes every fact type with its required and optional arguments', () => {
    const md = read('docs/facts-format.md');
    for (const [type, required] of Object.entries(REQUIRED)) {
      const row = md.split('\n').find((l) => l.startsWith(`| \`${type}\` |`));
      expect(row, type).toBeDefined();
      const [, , req, opt] = row!.split('|');
      for (const a of required) expect(req, `${type}.${a}`).toContain(`\`${a}\``);
      for (const a of OPTIONAL[type as keyof typeof OPTIONAL]) expect(opt, `${type}.${a}`).toContain(`\`${a}\``);
    }
  });
});

describe('the queries’ headers', () => {
  it('every Example: runs on the graph of examples/ and returns rows', async () => {
    const transfer = String((await runQuery(driver, listQueries().find((q) => q.name === 'equity-transfers')!, { company: 'Northgate Metals Corporation' })).rows[0].fact);
    for (const q of listQueries()) {
      expect(q.declared.map((p) => p.name).sort(), `${q.name}: every parameter declared with its kind`).toEqual([...q.parameters].sort());
      const pairs = [...q.example!.matchAll(/--param (\w+)=(?:"([^"]*)"|(\S+))/g)].map((m) => `${m[1]}=${m[2] ?? m[3]}`);
      const raw = queryParams(q, pairs.map((p) => (p.startsWith('fact=<') ? `fact=${transfer}` : p)));
      const r = await runQuery(driver, q, await resolveParams(driver, q, raw));
      expect(r.rows.length, q.example).toBeGreaterThan(0);
    }
  });
});

describe('docker-compose.yml', () => {
  const compose = parseYaml(read('docker-compose.yml')) as { services: { neo4j: Record<string, any> } };
  const neo4j = compose.services.neo4j;
  /** Compose's interpolation of ${VAR:-default} and $$, with no variables set. */
  const interpolate = (s: string) => s.replace(/\$\{(\w+):-([^}]*)\}/g, '$2').replace(/\$\$/g, '$');

  it('runs Neo4j Community 5.26 on 127.0.0.1:7687 and :7474 by default, the password from the git-ignored .env.neo4j', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect((neo4j.ports as string[]).map(interpolate).sort()).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(neo4j.env_file).toEqual(['.env.neo4j']);
    expect(read('.gitignore').split('\n')).toContain('.env.neo4j');
  });

  it('has a health check for `up --wait` that queries Bolt with the password of NEO4J_AUTH', () => {
    const test = neo4j.healthcheck.test as string[];
    expect(test[0]).toBe('CMD-SHELL');
    // Run the check's shell line with a stand-in cypher-shell that prints what it was given.
    const bin = mkdtempSync(path.join(tmpdir(), 'kg-compose-'));
    writeFileSync(path.join(bin, 'cypher-shell'), '#!/bin/sh\necho "$@" > "$(dirname "$0")/args"\n');
    chmodSync(path.join(bin, 'cypher-shell'), 0o755);
    const r = spawnSync('sh', ['-c', interpolate(test[1])], { env: { PATH: `${bin}:/usr/bin:/bin`, NEO4J_AUTH: 'neo4j/s3cret-pw' } });
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(bin, 'args'), 'utf8').trim()).toBe('-a bolt://localhost:7687 -u neo4j -p s3cret-pw RETURN 1');
    expect(README).toContain('docker compose up -d --wait');
    expect(README).toMatch(/echo "NEO4J_AUTH=neo4j\/\$pw" > \.env\.neo4j[\s\S]*NEO4J_PASSWORD=\$pw/);
  });
});

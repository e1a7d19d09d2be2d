// The user's database is never touched by the tests or the benchmark: a second server of our
// own plays the user's Neo4j (NEO4J_URI), holding a graph loaded as a user would; `npm test`
// (on files that clear and load their database) and `npm run bench` run with NEO4J_URI set,
// and the user's data is byte for byte what it was. Named explicitly (KG_TEST_NEO4J_URI,
// KG_BENCH_NEO4J_URI), a database holding data they did not create is refused, untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../graph/driver.ts';
import { PROJECT_ROOT, portInUse, start, stop } from '../graph/server/local.ts';
import { kg } from './helpers/cli.ts';
import { EXAMPLES } from './helpers/corpus.ts';
import { extraPorts } from './helpers/ports.ts';

const USER_SERVER = { home: mkdtempSync(path.join(tmpdir(), 'kg-user-db-')), boltPort: extraPorts(3).bolt, httpPort: extraPorts(3).http, heap: '512m', pageCache: '64m', log: () => {} };
const BENCH_PORTS = extraPorts(4);
let userUri: string;
// The user's server runs with authentication on, as kg's local servers do: its password travels with its address.
let creds: { user: string; password: string };
let user: Driver;

/** Every node and relationship with its labels or type and properties, hashed: "as it was" means equal. */
async function fingerprint(): Promise<{ nodes: number; relationships: number; hash: string }> {
  const n = await user.executeQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const r = await user.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, coalesce(a.id, a.key, a.name) AS a, coalesce(b.id, b.key, b.name) AS b');
  const lines = [
    ...n.records.map((x) => JSON.stringify([x.get('l'), sorted(x.get('p'))])),
    ...r.records.map((x) => JSON.stringify([x.get('t'), x.get('a'), x.get('b'), sorted(x.get('p'))])),
  ].sort();
  return { nodes: n.records.length, relationships: r.records.length, hash: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

function sorted(o: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}

/** A command in the project folder as a user types it; resolves with its exit code and output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    // The environment of a shell, not of this test worker (no VITEST_* variables).
    const shell = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST' && k !== 'NODE_ENV'));
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...shell, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

beforeAll(async () => {
  const s = await start(USER_SERVER);
  userUri = s.uri;
  creds = { user: s.config.user ?? 'neo4j', password: s.config.password ?? '' };
  user = createDriver(s.config);
  // The user's graph, loaded as a user loads it.
  const r = await kg(['ingest', EXAMPLES], { env: { NEO4J_URI: userUri, NEO4J_USER: creds.user, NEO4J_PASSWORD: creds.password } });
  expect(r.code, r.stderr).toBe(0);
});

afterAll(async () => {
  await user?.close();
  await stop(USER_SERVER);
});

describe("the user's database (NEO4J_URI)", () => {
  it('npm test with NEO4J_URI set leaves its data as it was', { timeout: 900_000 }, async () => {
    const before = await fingerprint();
    expect(before.nodes).toBeGreaterThan(50);
    // Files that clear their database, load into it and run kg as a child process.
    const r = await run('npm', ['test', '--', 'test/graph-load.test.ts', 'test/ingest-inputs.test.ts'], { NEO4J_URI: userUri, NEO4J_USER: creds.user, NEO4J_PASSWORD: creds.password });
    expect(r.code, r.out.slice(-3000)).toBe(0);
    expect(r.out).toContain(`NEO4J_URI=${userUri} is ignored`);
    expect(await fingerprint()).toEqual(before);
  });

  it('npm run bench with NEO4J_URI set leaves its data as it was, and stops its own server', { timeout: 900_000 }, async () => {
    const before = await fingerprint();
    // Small figures, generated corpus only: what is measured here is what the bench touches.
    const r = await run('npm', ['run', 'bench', '--', '--skip-large', '--extract-mb', '0.01', '--generated', '8', '--load-docs', '8'], {
      NEO4J_URI: userUri,
      NEO4J_USER: creds.user,
      NEO4J_PASSWORD: creds.password,
      KG_SHARED: path.join(USER_SERVER.home, 'no-shared'),
      KG_BENCH_BOLT_PORT: String(BENCH_PORTS.bolt),
      KG_BENCH_HTTP_PORT: String(BENCH_PORTS.http),
    });
    expect(r.code, r.out.slice(-3000)).toBe(0);
    expect(r.out).toMatch(/loading: project loader, 1 docs per transaction\s+\d+ writes/);
    expect(r.out).toContain(`at bolt://127.0.0.1:${BENCH_PORTS.bolt}`);
    expect(r.out).toContain('bench server stopped');
    expect(r.out).toContain('extraction shared corpus');
    expect(r.out).toMatch(/skipped: no .*no-shared\/corpus beside the project/);
    expect(await portInUse(BENCH_PORTS.bolt)).toBe(false);
    expect(await fingerprint()).toEqual(before);
  });

  it('named explicitly for tests or bench, a database holding data they did not create is refused and untouched', { timeout: 600_000 }, async () => {
    const before = await fingerprint();
    const t = await run('npm', ['test', '--', 'test/graph-load.test.ts'], { KG_TEST_NEO4J_URI: userUri, KG_TEST_NEO4J_USER: creds.user, KG_TEST_NEO4J_PASSWORD: creds.password });
    expect(t.code).not.toBe(0);
    expect(t.out).toMatch(/KG_TEST_NEO4J_URI=bolt:\/\/127\.0\.0\.1:\d+ holds \d+ nodes that kg's tests did not create/);
    const b = await run('npm', ['run', 'bench', '--', '--skip-large'], { KG_BENCH_NEO4J_URI: userUri, KG_BENCH_NEO4J_USER: creds.user, KG_BENCH_NEO4J_PASSWORD: creds.password });
    expect(b.code).not.toBe(0);
    expect(b.out).toMatch(/KG_BENCH_NEO4J_URI=bolt:\/\/127\.0\.0\.1:\d+ holds \d+ nodes that kg's bench did not create/);
    expect(await fingerprint()).toEqual(before);
  });
});

// `kg neo4j start | status | stop` on ports and a home of its own: one server however
// often it is started, and the port free again after stop.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, realpathSync, statSync, symlinkSync } from 'node:fs';
import { createDriver } from '../graph/driver.ts';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import net from 'node:net';
import { portInUse } from '../graph/server/local.ts';
import path from 'node:path';
import { kg } from './helpers/cli.ts';
import { OWN_6K } from './helpers/corpus.ts';
import { extraPorts } from './helpers/ports.ts';

const PORTS = extraPorts(1);

const env = {
  NEO4J_URI: '',
  KG_NEO4J_HOME: mkdtempSync(path.join(tmpdir(), 'kg-neo4j-')),
  KG_NEO4J_BOLT_PORT: String(PORTS.bolt),
  KG_NEO4J_HTTP_PORT: String(PORTS.http),
  KG_NEO4J_HEAP: '512m',
  KG_NEO4J_PAGECACHE: '64m',
};

function realJava(): string {
  return realpathSync(execFileSync('sh', ['-c', 'command -v java']).toString().trim());
}

describe('kg neo4j', () => {
  afterAll(async () => {
    await kg(['neo4j', 'stop'], { env });
  });

  // Several kg processes and a server start: on a busy machine this takes minutes.
  it('starts once, says so the second time, reports status, and stop frees the port', { timeout: 600_000 }, async () => {
    const first = await kg(['neo4j', 'start'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Neo4j\/5\.26\.\d+ community started \(pid (\d+)\) at bolt:\/\/127\.0\.0\.1:(\d+)/);
    expect(first.stdout).toContain(`at bolt://127.0.0.1:${PORTS.bolt}`);
    const pid = /pid (\d+)/.exec(first.stdout)![1];
    const second = await kg(['neo4j', 'start'], { env });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`already running (pid ${pid})`);
    const status = await kg(['neo4j', 'status'], { env });
    expect(status.stdout).toContain(`running (pid ${pid})`);
    // Authentication on: the password is generated into the server's folder, readable by the user only.
    const pwFile = path.join(env.KG_NEO4J_HOME, 'password');
    expect(statSync(pwFile).mode & 0o777).toBe(0o600);
    expect(status.stdout).toContain(`Neo4j Browser: http://127.0.0.1:${PORTS.http}/browser/ (connect to bolt://127.0.0.1:${PORTS.bolt} as user neo4j, password in ${pwFile})`);
    // kg stats uses that password itself: a script compares counts without handling it.
    const d = createDriver({ uri: `bolt://127.0.0.1:${PORTS.bolt}`, user: 'neo4j', password: readFileSync(pwFile, 'utf8').trim() });
    await d.executeQuery('CREATE (:Probe)-[:TOUCHES]->(:Probe)');
    await d.close();
    const stats = await kg(['stats', '--json'], { env });
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout)).toEqual({ nodes: { Probe: 2 }, relationships: { TOUCHES: 1 } });
    expect((await kg(['stats'], { env })).stdout).toMatch(/Nodes by label:\n\s+Probe\s+2\nRelationships by type:\n\s+TOUCHES\s+1/);
    expect(await portInUse(PORTS.bolt)).toBe(true);
    const stop = await kg(['neo4j', 'stop'], { env });
    expect(stop.stdout).toContain('Neo4j stopped');
    expect(await portInUse(PORTS.bolt)).toBe(false);
    const after = await kg(['neo4j', 'status'], { env });
    expect(after.code).not.toBe(0);
    expect(after.stdout).toContain('not running');
  });

  it('kg ingest starts the local server when none answers and stops it when done, unless --keep-neo4j', { timeout: 600_000 }, async () => {
    const first = await kg(['ingest', OWN_6K], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('starting the local one');
    expect(first.stderr).toContain('stopped the local Neo4j this command started');
    expect(await portInUse(PORTS.bolt)).toBe(false);
    // The graph outlives the server: the same file is unchanged the next time.
    const kept = await kg(['ingest', OWN_6K, '--keep-neo4j'], { env });
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stderr).toMatch(/0 loaded, 1 unchanged/);
    expect(kept.stderr).not.toContain('stopped the local Neo4j');
    expect(await portInUse(PORTS.bolt)).toBe(true);
    expect((await kg(['neo4j', 'stop'], { env })).stdout).toContain('Neo4j stopped');
  });

  it('says clearly when Java or Maven is missing', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'kg-nojava-'));
    const noJava = await kg(['neo4j', 'start'], { env: { ...env, KG_HOME: home, KG_NEO4J_HOME: path.join(home, 'neo4j'), PATH: home, JAVA_HOME: '' } });
    expect(noJava.code).not.toBe(0);
    expect(noJava.stderr).toMatch(/Java was not found/);
    // Java on the PATH, Maven not, and no jars cached yet.
    const javaOnly = mkdtempSync(path.join(tmpdir(), 'kg-nomvn-'));
    symlinkSync(realJava(), path.join(javaOnly, 'java'));
    const noMaven = await kg(['neo4j', 'start'], { env: { ...env, KG_HOME: home, KG_NEO4J_HOME: path.join(home, 'neo4j'), PATH: javaOnly, JAVA_HOME: '' } });
    expect(noMaven.code).not.toBe(0);
    expect(noMaven.stderr).toMatch(/Maven \(mvn\) was not found/);
  });

  it('refuses to start when the port is held by something else, and says which', async () => {
    const server = net.createServer().listen(PORTS.bolt, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const r = await kg(['neo4j', 'start'], { env });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`port ${PORTS.bolt} on 127.0.0.1 is held by another process`);
    } finally {
      server.close();
    }
  });
});

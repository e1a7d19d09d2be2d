// Ordinary mistakes get one clear line and an exit code, never a stack trace (KG_DEBUG=1 adds
// one): the real `kg` binary, each mistake as a user makes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { kg, type CliResult } from './helpers/cli.ts';
import { EXAMPLES, OWN_6K } from './helpers/corpus.ts';
import { graphOf } from './helpers/neo4j.ts';

let driver: Driver;

beforeAll(async () => {
  driver = await graphOf([OWN_6K, EXAMPLES]);
});
afterAll(async () => {
  await driver.close();
});

/** Failed with this exit code, and said why in one line on stderr (commander may add a hint line). */
function oneLine(r: CliResult, code: number, reason: RegExp): void {
  const lines = r.stderr.split('\n').filter((l) => l.trim() && !/--help shows how to use it/.test(l));
  expect(r.code, r.stderr).toBe(code);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^kg: /);
  expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

describe('one line and an exit code for each ordinary mistake', () => {
  it('an unknown query name', async () => {
    oneLine(await kg(['query', 'board-of-companies', '--param', 'company=x']), 1, /no query named "board-of-companies" \(kg query --list shows them\)/);
  });

  it('a missing --param, and one the query does not take', async () => {
    oneLine(await kg(['query', 'board-of-company', '--param', 'company=Larkspur Cloud']), 1, /query "board-of-company" needs --param date=<date>/);
    oneLine(await kg(['query', 'subsidiaries', '--param', 'company=Larkspur Cloud', '--param', 'when=2026']), 1, /query "subsidiaries" has no parameter "when"; it takes company/);
  });

  it('a parameter of the wrong type: --param date=yesterday', async () => {
    oneLine(await kg(['query', 'board-of-company', '--param', 'company=Larkspur Cloud', '--param', 'date=yesterday']), 1, /--param date=yesterday is not a date: write it as YYYY-MM-DD/);
    oneLine(await kg(['query', 'board-of-company', '--param', 'company=Larkspur Cloud', '--param', 'date=2026-02-30']), 1, /date=2026-02-30 is not a date/);
  });

  it('an unknown --format, and a --depth that is not a number', async () => {
    oneLine(await kg(['export', '--format', 'gexf']), 1, /argument 'gexf' is invalid\. Allowed choices are graphml, json/);
    oneLine(await kg(['export', '--depth', 'deep']), 1, /argument 'deep' is invalid\. It must be a whole number from 1 to 6/);
  });

  it('export --entity matching nothing (exit 1) or several entities (the candidates, exit 2)', async () => {
    oneLine(await kg(['export', '--entity', 'Nobody Anywhere Limited']), 1, /no entity in the graph matches "Nobody Anywhere Limited"/);
    const several = await kg(['export', '--entity', 'Larkspur']);
    oneLine(several, 2, /"Larkspur" is ambiguous: name one of the candidates above/);
    expect(several.stdout).toContain('Larkspur Cloud Holdings Limited');
    expect(several.stdout).toContain('Beijing Larkspur Data Technology Co., Ltd.');
  });

  it('serve on a port in use', async () => {
    const holder = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => holder.once('listening', r));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      oneLine(await kg(['serve', '--port', String(port)]), 1, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use: choose another with --port`));
    } finally {
      holder.close();
    }
  });

  it('NEO4J_URI with an http:// scheme, and with no scheme at all', async () => {
    oneLine(await kg(['lookup', 'Hou Zhenyu'], { env: { NEO4J_URI: 'http://127.0.0.1:7474' } }), 1, /NEO4J_URI=http:\/\/127\.0\.0\.1:7474 is an HTTP address .*use bolt:\/\/127\.0\.0\.1:7687/);
    oneLine(await kg(['lookup', 'Hou Zhenyu'], { env: { NEO4J_URI: 'localhost:7687' } }), 1, /NEO4J_URI=localhost:7687 is not a Neo4j address/);
  });

  it('an unknown command or option, in the same form', async () => {
    oneLine(await kg(['lokup', 'x']), 1, /unknown command 'lokup'/);
    oneLine(await kg(['ingest', EXAMPLES, '--workers', 'many']), 1, /argument 'many' is invalid/);
  });

  it('the stack only with KG_DEBUG=1', async () => {
    const r = await kg(['query', 'nope'], { env: { KG_DEBUG: '1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg: no query named "nope"/);
    expect(r.stderr).toMatch(/^\s+at /m);
  });
});

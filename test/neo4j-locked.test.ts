// The local Neo4j is locked down: listening on 127.0.0.1 does not keep out a web page the
// user opens, so the suite's own server (started like the user's) must refuse a page of
// another origin, over its HTTP API and over Bolt's WebSocket, and refuse anyone without
// the password generated into its folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { createDriver } from '../graph/driver.ts';
import { passwordFile } from '../graph/server/password.ts';
import { TEST_SERVER } from './global-setup.ts';
import { testDriver } from './helpers/neo4j.ts';
import { launch } from './helpers/browser.ts';

const require = createRequire(import.meta.url);
const BOLT = TEST_SERVER.boltPort!;
const HTTP = TEST_SERVER.httpPort!;
// These tests are about the server kg starts; a configured NEO4J_URI is somebody else's.
const ours = inject('neo4jUri') === `bolt://127.0.0.1:${BOLT}`;

let driver: Driver;

async function evilNodes(): Promise<number> {
  const r = await driver.executeQuery('MATCH (n:Evil) RETURN count(n) AS n');
  return Number(r.records[0].get('n'));
}

beforeAll(async () => {
  driver = testDriver();
  await driver.executeQuery('MATCH (n:Evil) DETACH DELETE n');
});
afterAll(async () => {
  await driver?.close();
});

describe.runIf(ours)('the local Neo4j, locked down', () => {
  it('has a password of its own in its folder, readable by the user only, and refuses a connection without it', async () => {
    const file = passwordFile(TEST_SERVER.home!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{36}$/);
    const anonymous = createDriver({ uri: `bolt://127.0.0.1:${BOLT}` }, 5000);
    try {
      await expect(anonymous.executeQuery('CREATE (n:Evil) RETURN n')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await anonymous.close();
    }
    const guessed = createDriver({ uri: `bolt://127.0.0.1:${BOLT}`, user: 'neo4j', password: 'neo4j' }, 5000);
    try {
      await expect(guessed.executeQuery('CREATE (n:Evil) RETURN n')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await guessed.close();
    }
    // A success resets the count of failed logins (three in a row would lock the user for a while).
    expect(await evilNodes()).toBe(0);
  });

  it('answers a POST from another origin with 401 and a CORS header only for its own origin', async () => {
    const body = JSON.stringify({ statements: [{ statement: 'CREATE (n:Evil {via: "http"}) RETURN n' }] });
    const res = await fetch(`http://127.0.0.1:${HTTP}/db/neo4j/tx/commit`, { method: 'POST', headers: { origin: 'http://rebind.test', 'content-type': 'application/json' }, body });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(`http://127.0.0.1:${HTTP}`);
    const preflight = await fetch(`http://127.0.0.1:${HTTP}/db/neo4j/tx/commit`, { method: 'OPTIONS', headers: { origin: 'http://rebind.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(preflight.headers.get('access-control-allow-origin')).not.toMatch(/^\*$|rebind/);
    expect(await evilNodes()).toBe(0);
  });

  describe('a page of another origin in a real browser', () => {
    let browser: Browser;
    let page: http.Server;
    let origin: string;
    beforeAll(async () => {
      // The attacker's page: any origin but Neo4j's own (another port is another origin), with the driver's browser build.
      const bundle = readFileSync(require.resolve('neo4j-driver/lib/browser/neo4j-web.min.js'));
      page = http.createServer((req, res) => {
        if (req.url === '/neo4j-web.min.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
        else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>elsewhere</title><script src="/neo4j-web.min.js"></script>');
      });
      await new Promise<void>((r) => page.listen(0, '127.0.0.1', () => r()));
      origin = `http://127.0.0.1:${(page.address() as { port: number }).port}`;
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await new Promise((r) => page?.close(r));
    });

    it('cannot write through the HTTP API (CORS and authentication) nor through a Bolt WebSocket', async () => {
      const tab = await browser.newPage();
      await tab.goto(origin + '/');
      const outcome = await tab.evaluate(
        async ({ http, bolt }) => {
          const statement = JSON.stringify({ statements: [{ statement: 'CREATE (n:Evil {via: "page"}) RETURN n' }] });
          const result: Record<string, string> = {};
          // A JSON POST needs a preflight; the answer names only Neo4j's own origin.
          try {
            const r = await fetch(`${http}/db/neo4j/tx/commit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: statement });
            result.json = `read ${r.status}: ${await r.text()}`;
          } catch (e) {
            result.json = `refused: ${(e as Error).message}`;
          }
          // A "simple" POST goes out without a preflight; the server must refuse it on its own.
          await fetch(`${http}/db/neo4j/tx/commit`, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: statement }).catch(() => {});
          // Bolt over a WebSocket (no CORS there): without the password, and with the default one.
          const neo4j = (window as unknown as { neo4j: typeof import('neo4j-driver').default }).neo4j;
          for (const [name, auth] of [['none', undefined], ['default', neo4j.auth.basic('neo4j', 'neo4j')]] as const) {
            const d = neo4j.driver(`bolt://127.0.0.1:${bolt}`, auth, { connectionTimeout: 5000 });
            try {
              await d.executeQuery('CREATE (n:Evil {via: "bolt"}) RETURN n');
              result[name] = 'written';
            } catch (e) {
              result[name] = `refused: ${(e as { code?: string }).code ?? ''} ${(e as Error).message}`;
            } finally {
              await d.close();
            }
          }
          return result;
        },
        { http: `http://127.0.0.1:${HTTP}`, bolt: BOLT },
      );
      expect(outcome.json).toMatch(/^refused/);
      expect(outcome.none).toMatch(/^refused: Neo\.ClientError\.Security\.Unauthorized/);
      expect(outcome.default).toMatch(/^refused: Neo\.ClientError\.Security\.Unauthorized/);
      expect(await evilNodes()).toBe(0);
    });
  });
});

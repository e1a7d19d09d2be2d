// kg serve answers only its own origin: a page of another name pointed at 127.0.0.1 (DNS
// rebinding) is refused by its Host header, other methods get 405, no page may frame it,
// and a failure says no more than that it failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { ensureSchema } from '../graph/schema.ts';
import { serve, type Served } from '../web/server.ts';
import { testDriver } from './helpers/neo4j.ts';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with a Host header of our choosing (fetch does not let one set it). */
function request(port: number, path: string, options: { host?: string; method?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let driver: Driver;
let served: Served;

beforeAll(async () => {
  driver = testDriver();
  await ensureSchema(driver);
  served = await serve(driver, { port: 0 });
});
afterAll(async () => {
  await served?.close();
  await driver?.close();
});

describe('kg serve', () => {
  it('answers its own Host (127.0.0.1 or localhost on its port) and refuses any other', async () => {
    const port = served.port;
    expect((await request(port, '/api/search?q=anything')).status).toBe(200);
    expect((await request(port, '/api/search?q=anything', { host: `localhost:${port}` })).status).toBe(200);
    for (const host of [`rebind.test:${port}`, 'rebind.test', `127.0.0.1:${port + 1}`, `localhost.rebind.test:${port}`]) {
      for (const path of ['/', '/api/search?q=a', '/api/graph?e=org:x', '/api/facts?ids=x', '/api/dossier.md?key=org:x']) {
        const r = await request(port, path, { host });
        expect(r.status, `${host} ${path}`).toBe(403);
        expect(r.body).not.toMatch(/<html|\[\{/);
      }
    }
  });

  it('answers 405 to methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const r = await request(served.port, '/api/search?q=a', { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
    const head = await request(served.port, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('may not be framed by another page', async () => {
    for (const path of ['/', '/app.js', '/api/search?q=a', '/nowhere']) {
      const r = await request(served.port, path);
      expect(r.headers['x-frame-options'], path).toBe('DENY');
      expect(String(r.headers['content-security-policy']), path).toContain("frame-ancestors 'none'");
    }
  });

  it('returns no internal error text', async () => {
    // A database that does not exist: every query fails inside, with the server's own message.
    const s = await serve(driver, { port: 0, database: 'nosuchdatabase' });
    try {
      for (const path of ['/api/search?q=Qu', '/api/graph?e=person:qu', '/api/facts?ids=a,b', '/api/entity?key=x', '/api/timeline?key=x']) {
        const r = await request(s.port, path);
        expect(r.status, path).toBe(500);
        expect(JSON.parse(r.body)).toEqual({ error: 'internal error: the graph could not answer this request' });
        expect(r.body).not.toMatch(/nosuchdatabase|Neo\./);
      }
    } finally {
      await s.close();
    }
  });
});

// `kg serve`: a small HTTP server on 127.0.0.1 with a JSON API over the graph and a page
// that draws an entity's neighbourhood with cytoscape. Document text only ever reaches
// the page as JSON and is put in the DOM as text, never as HTML.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { findEntities } from '../graph/lookup.ts';
import { entityByKey } from '../graph/read.ts';
import { view } from '../graph/view.ts';
import { factDetails } from '../graph/facts.ts';
import { timeline } from '../graph/timeline.ts';
import { sourceView } from '../graph/source.ts';
import { markdownDossier } from '../graph/dossier-md.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const JS = 'text/javascript; charset=utf-8';

/** Every file the page may load: our own, and the vendored cytoscape with its extensions. */
const STATIC: Record<string, [string, string]> = {
  '/': [path.join(here, 'index.html'), 'text/html; charset=utf-8'],
  '/source': [path.join(here, 'source.html'), 'text/html; charset=utf-8'],
  '/style.css': [path.join(here, 'style.css'), 'text/css; charset=utf-8'],
  ...Object.fromEntries(['app', 'dom', 'state', 'graph', 'labels', 'panel', 'timeline', 'export', 'source'].map((m) => [`/${m}.js`, [path.join(here, `${m}.js`), JS]])),
  '/vendor/cytoscape.min.js': [require.resolve('cytoscape/dist/cytoscape.min.js'), JS],
  '/vendor/layout-base.js': [require.resolve('layout-base/layout-base.js'), JS],
  '/vendor/cose-base.js': [require.resolve('cose-base/cose-base.js'), JS],
  '/vendor/cytoscape-fcose.js': [require.resolve('cytoscape-fcose/cytoscape-fcose.js'), JS],
  '/vendor/cytoscape-svg.js': [require.resolve('cytoscape-svg/cytoscape-svg.js'), JS],
};

const DATE = /^\d{4}(-\d{2}){0,2}$/;

/** Whether a Host header names this server: 127.0.0.1 or localhost on its port. */
export function ownHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export interface Served {
  port: number;
  close(): Promise<void>;
}

export async function serve(driver: Driver, options: { port?: number; database?: string } = {}): Promise<Served> {
  const db = options.database;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const q = (k: string) => url.searchParams.get(k);
    // Never to be framed by another page (clickjacking), whatever the response.
    res.setHeader('x-frame-options', 'DENY');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'", ...headers });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
    };
    // DNS rebinding: a page at evil.example whose name now points at 127.0.0.1 sends its own Host. Only ours is served.
    if (!ownHost(req.headers.host, port)) return json(403, { error: `this server answers only http://127.0.0.1:${port} and http://localhost:${port}` });
    // Everything here is a read: writes and other methods are not answered as reads.
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(405, { error: `method ${req.method} not allowed` }, { allow: 'GET, HEAD' });
    const dateParam = (): string | null | Error => {
      const d = q('date') || null;
      return d && !DATE.test(d) ? new Error('date must be ISO (YYYY, YYYY-MM or YYYY-MM-DD)') : d;
    };
    try {
      const file = STATIC[url.pathname];
      if (file) {
        res.writeHead(200, {
          'content-type': file[1],
          'x-content-type-options': 'nosniff',
          // No inline script may run: everything the page does comes from our own files.
          'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'",
        });
        res.end(req.method === 'HEAD' ? undefined : readFileSync(file[0]));
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (url.pathname === '/api/search') {
        const text = q('q') ?? '';
        return json(200, text.trim() ? await findEntities(driver, text, db) : []);
      }
      if (url.pathname === '/api/graph') {
        const key = q('e');
        const date = dateParam();
        if (!key) return json(400, { error: 'e (an entity key) is required' });
        if (date instanceof Error) return json(400, { error: date.message });
        const expanded = (q('x') ?? '').split(',').filter(Boolean).slice(0, 50);
        return json(200, await view(driver, [key, ...expanded.filter((k) => k !== key)], date, db));
      }
      if (url.pathname === '/api/facts') {
        const ids = (q('ids') ?? '').split(',').filter(Boolean).slice(0, 200);
        return json(200, ids.length ? await factDetails(driver, ids, db) : []);
      }
      if (url.pathname === '/api/entity') {
        const e = await entityByKey(driver, q('key') ?? '', db);
        return e ? json(200, { key: e.key, name: e.name, aliases: e.aliases, codes: e.codes, labels: e.labels }) : json(404, { error: 'not found' });
      }
      if (url.pathname === '/api/timeline') {
        const t = await timeline(driver, q('key') ?? '', db);
        return t ? json(200, t) : json(404, { error: 'not found' });
      }
      if (url.pathname === '/api/source') {
        const s = await sourceView(driver, q('p') ?? '', db);
        return s ? json(200, s) : json(404, { error: 'no such paragraph' });
      }
      if (url.pathname === '/api/dossier.md') {
        const date = dateParam();
        if (date instanceof Error) return json(400, { error: date.message });
        const base = `http://${req.headers.host && /^[\w.:[\]-]+$/.test(req.headers.host) ? req.headers.host : `127.0.0.1:${port}`}`;
        const md = await markdownDossier(driver, q('key') ?? '', { date, base, database: db });
        if (md === null) return json(404, { error: 'not found' });
        res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8', 'x-content-type-options': 'nosniff', 'content-disposition': 'attachment; filename="dossier.md"' });
        res.end(md);
        return;
      }
      json(404, { error: 'not found' });
    } catch (err) {
      // The cause goes to our log, one line; the page gets no internals (queries, paths, server messages).
      process.stderr.write(`kg serve: ${req.method} ${url.pathname}: ${String((err as Error).message ?? err).split('\n')[0]}\n`);
      json(500, { error: 'internal error: the graph could not answer this request' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 7070, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 7070;
  return {
    port,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

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
import { entityByKey, evidenceOfFacts, factsById, factsNaming, paragraphsById, tenuresOf } from '../graph/read.ts';
import { factSpec, relType, type FactType } from '../pipeline/facts/schema.ts';
import { caption, valuesOf } from '../pipeline/facts/caption.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

interface GraphNode {
  id: string;
  label: string;
  kind: 'person' | 'organization' | 'event' | 'committee';
  type?: string;
  key?: string;
}

interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  factIds: string[];
  labels?: string[];
  from?: string | null;
  to?: string | null;
}

/** A fact's short label, from its type's caption template in the schema. */
function label(f: Record<string, unknown>): string {
  const type = String(f.type);
  return factSpec(type) ? caption(type, valuesOf(type as FactType, f)) : type;
}

/** An entity's neighbourhood: events as nodes, state facts and tenures as labelled relationships. */
export async function neighbourhood(driver: Driver, key: string, date: string | null, database?: string): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const facts = await factsNaming(driver, key, date, database);
  const holds = await tenuresOf(driver, key, date, database);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const entity = (k: string, name: string, person: boolean) => {
    if (!nodes.has(k)) nodes.set(k, { id: k, key: k, label: name, kind: person ? 'person' : 'organization' });
  };
  for (const { fact: f, args } of facts) {
    for (const a of args) entity(a.key, a.name, a.person);
    const spec = factSpec(String(f.type));
    if (spec?.temporal === 'state' && !spec.edge) continue;
    const a = spec?.edge && args.find((x) => x.rel === relType(spec.edge!.source));
    const b = spec?.edge && args.find((x) => x.rel === relType(spec.edge!.target));
    if (a && b) {
      // States the schema draws as edges: one relationship per pair of entities, labelled with every title and role between them.
      const id = `${a.key}|${b.key}`;
      const edge = edges.get(id) ?? { id, source: a.key, target: b.key, label: '', factIds: [], labels: [] as string[] };
      edge.factIds.push(String(f.id));
      const l = label(f);
      if (!edge.labels!.includes(l)) edge.labels!.push(l);
      edge.label = edge.labels!.join(' · ');
      edges.set(id, edge);
      continue;
    }
    const fid = `fact:${f.id}`;
    nodes.set(fid, { id: fid, label: label(f), kind: 'event', type: String(f.type) });
    for (const a of args) edges.set(`${fid}|${a.key}|${a.rel}`, { id: `${fid}|${a.key}|${a.rel}`, source: fid, target: a.key, label: a.rel.toLowerCase().replace(/_/g, ' '), factIds: [String(f.id)] });
  }
  for (const h of holds) {
    entity(h.source, h.sourceName, true);
    entity(h.target, h.targetName, false);
    const label = `${h.role}${h.committee ? `, ${h.committee}` : ''}`;
    const id = `${h.source}|${h.target}`;
    const edge = edges.get(id) ?? { id, source: h.source, target: h.target, label: '', factIds: [], labels: [] as string[] };
    edge.factIds = [...new Set([...edge.factIds, ...h.facts])];
    if (!edge.labels!.includes(label)) edge.labels!.push(label);
    edge.label = edge.labels!.join(' · ');
    edges.set(id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Facts with their evidence: the paragraph text and the quoted span inside it. */
export async function evidenceOf(driver: Driver, factIds: string[], database?: string) {
  const facts = await factsById(driver, factIds, database);
  const evidence = await evidenceOfFacts(driver, facts.map((f) => f.id), database);
  const paragraphs = await paragraphsById(driver, [...new Set([...evidence.values()].flat().map((e) => e.paragraphId))], database);
  return facts.map((f) => ({
    ...f,
    evidence: (evidence.get(f.id) ?? []).map((e) => ({
      quote: e.quote, start: e.start, end: e.end, paragraphText: paragraphs.get(e.paragraphId)?.text, paragraphStart: paragraphs.get(e.paragraphId)?.start,
      paragraph: e.paragraph, page: e.page, file: e.file, announcement: e.announcement,
    })),
  }));
}

const STATIC: Record<string, [string, string]> = {
  '/': [path.join(here, 'index.html'), 'text/html; charset=utf-8'],
  '/app.js': [path.join(here, 'app.js'), 'text/javascript; charset=utf-8'],
  '/style.css': [path.join(here, 'style.css'), 'text/css; charset=utf-8'],
  '/vendor/cytoscape.min.js': [require.resolve('cytoscape/dist/cytoscape.min.js'), 'text/javascript; charset=utf-8'],
};

export interface Served {
  port: number;
  close(): Promise<void>;
}

export async function serve(driver: Driver, options: { port?: number; database?: string } = {}): Promise<Served> {
  const db = options.database;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    try {
      const file = STATIC[url.pathname];
      if (file) {
        res.writeHead(200, {
          'content-type': file[1],
          'x-content-type-options': 'nosniff',
          // No inline script may run: everything the page does comes from our own files.
          'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
        });
        res.end(readFileSync(file[0]));
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (url.pathname === '/api/search') {
        const q = url.searchParams.get('q') ?? '';
        return json(200, q.trim() ? await findEntities(driver, q, db) : []);
      }
      if (url.pathname === '/api/neighbourhood') {
        const key = url.searchParams.get('key');
        if (!key) return json(400, { error: 'key is required' });
        const date = url.searchParams.get('date') || null;
        if (date && !/^\d{4}(-\d{2}){0,2}$/.test(date)) return json(400, { error: 'date must be ISO (YYYY-MM-DD)' });
        return json(200, await neighbourhood(driver, key, date, db));
      }
      if (url.pathname === '/api/facts') {
        const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean).slice(0, 200);
        return json(200, await evidenceOf(driver, ids, db));
      }
      if (url.pathname === '/api/entity') {
        const e = await entityByKey(driver, url.searchParams.get('key') ?? '', db);
        return e ? json(200, { name: e.name, aliases: e.aliases, codes: e.codes, labels: e.labels }) : json(404, { error: 'not found' });
      }
      json(404, { error: 'not found' });
    } catch (err) {
      json(500, { error: (err as Error).message });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 7070, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port ?? 7070,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

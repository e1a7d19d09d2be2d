// docs/schema.md describes every label, relationship type and property the loader writes:
// its fact tables are the ones the fact schema (pipeline/facts/schema.ts) gives, and the
// live graph (our own announcements, a PDF, and the real corpus when it is there) is
// compared with the document's tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingest } from '../graph/ingest.ts';
import { PROJECT_ROOT } from '../graph/server/local.ts';
import { HAVE_SHARED, SHARED_CORPUS, ownFiles } from './helpers/corpus.ts';
import { SCRATCH_LABEL } from '../graph/scratch.ts';
import { clearDatabase, testDriver } from './helpers/neo4j.ts';
import { makePdf } from './helpers/pdf.ts';
import { FACT_BOOKKEEPING, SCHEMA_DOC, updateSchemaDoc } from '../graph/schema-doc.ts';
import { ENTITY_RELS, FACT_LABELS, ORG_LABELS } from '../pipeline/facts/schema.ts';

let driver: Driver;

interface Documented {
  labels: Map<string, Set<string>>;
  types: Map<string, Set<string>>;
}

function documented(): Documented {
  const md = readFileSync(SCHEMA_DOC, 'utf8');
  const section = (title: string) => md.split(`## ${title}`)[1].split('\n## ')[0];
  const rows = (text: string) => text.split('\n').filter((l) => /^\| `/.test(l)).map((l) => l.split('|').map((c) => c.trim()));
  const names = (cell: string) => [...cell.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1]);
  const labels = new Map<string, Set<string>>();
  for (const r of rows(section('Node labels'))) labels.set(names(r[1])[0], new Set(names(r[2])));
  // Typed fact labels carry the Fact bookkeeping too.
  for (const [, props] of labels) if (props.has('Fact')) for (const b of FACT_BOOKKEEPING) props.add(b);
  const types = new Map<string, Set<string>>();
  for (const r of rows(section('Relationship types'))) types.set(names(r[1])[0], new Set(names(r[3] ?? '')));
  return { labels, types };
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-schema-'));
  writeFileSync(path.join(dir, 'paged.pdf'), await makePdf([{ lines: ['Harbour Tech Limited', '(Stock Code: 1111)', '', 'Mr. Ian Wu has been appointed as an executive Director with effect from 1 May 2026.'] }]));
  const s = await ingest(driver, [...ownFiles(), dir, ...(HAVE_SHARED ? [SHARED_CORPUS] : [])]);
  expect(s.failed).toBe(0);
});
afterAll(async () => {
  await driver.close();
});

describe('docs/schema.md', () => {
  it('documents every label and every property the loader wrote', async () => {
    const doc = documented();
    const live = await driver.executeQuery(`MATCH (n) WHERE NOT n:${SCRATCH_LABEL} UNWIND labels(n) AS l UNWIND keys(n) AS k RETURN l, collect(DISTINCT k) AS ks`);
    expect(live.records.length).toBeGreaterThan(20);
    for (const r of live.records) {
      const label = r.get('l') as string;
      expect(doc.labels.has(label), `label ${label} is not in docs/schema.md`).toBe(true);
      for (const k of r.get('ks') as string[]) expect(doc.labels.get(label)!.has(k), `${label}.${k} is not in docs/schema.md`).toBe(true);
    }
  });

  it('documents every relationship type and its properties', async () => {
    const doc = documented();
    const live = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS t, collect(DISTINCT keys(r)) AS ks');
    for (const r of live.records) {
      const type = r.get('t') as string;
      expect(doc.types.has(type), `relationship ${type} is not in docs/schema.md`).toBe(true);
      for (const k of (r.get('ks') as string[][]).flat()) expect(doc.types.get(type)!.has(k), `${type}.${k} is not in docs/schema.md`).toBe(true);
    }
  });

  it('has the fact tables the schema gives (npm run schema-doc writes them)', () => {
    const md = readFileSync(SCHEMA_DOC, 'utf8');
    expect(md, 'docs/schema.md disagrees with pipeline/facts/schema.ts: run npm run schema-doc').toBe(updateSchemaDoc(md));
  });

  it('documents nothing the loader can never write', async () => {
    const doc = documented();
    // The loader in its parts: graph/load.ts, load-*.ts, tenure.ts.
    const parts = readdirSync(path.join(PROJECT_ROOT, 'graph')).filter((f) => /^load(?:-[a-z]+)?\.ts$/.test(f) || f === 'tenure.ts');
    const loadSource = parts.map((f) => readFileSync(path.join(PROJECT_ROOT, 'graph', f), 'utf8')).join('\n');
    const schemaLabels = new Set<string>([...Object.values(FACT_LABELS), ...ORG_LABELS, 'Entity', 'Fact', 'Person', 'Organization']);
    const schemaTypes = new Set<string>(ENTITY_RELS.map((r) => r.rel));
    for (const label of doc.labels.keys()) expect(schemaLabels.has(label) || loadSource.includes(label), `${label} documented but never written`).toBe(true);
    for (const type of doc.types.keys()) expect(schemaTypes.has(type) || loadSource.includes(type), `${type} documented but never written`).toBe(true);
  });
});

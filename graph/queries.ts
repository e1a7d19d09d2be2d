// The Cypher library in queries/: each file a question, its header comment the description,
// parameters and an example. Queries run in read sessions with typed parameters.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from './server/local.ts';

export const QUERY_DIR = path.join(PROJECT_ROOT, 'queries');

export interface LibraryQuery {
  name: string;
  file: string;
  cypher: string;
  description: string;
  parameters: string[];
  example?: string;
}

export function parseQuery(file: string): LibraryQuery {
  const cypher = readFileSync(file, 'utf8');
  const header = cypher.split('\n').filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, ''));
  const description: string[] = [];
  for (const l of header) {
    if (/^(Parameters|Example):/.test(l)) break;
    description.push(l.trim());
  }
  return {
    name: path.basename(file, '.cypher'),
    file,
    cypher,
    description: description.join(' ').trim(),
    parameters: [...new Set([...cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))],
    example: header.find((l) => l.startsWith('Example:'))?.replace(/^Example:\s*/, ''),
  };
}

export function listQueries(dir = QUERY_DIR): LibraryQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseQuery(path.join(dir, f)));
}

export function findQuery(name: string, dir = QUERY_DIR): LibraryQuery {
  const q = listQueries(dir).find((x) => x.name === name || x.name === name.replace(/\.cypher$/, ''));
  if (!q) throw new Error(`no query named "${name}" in ${dir} (kg query --list shows them)`);
  return q;
}

export type ParamValue = string | number | boolean | ReturnType<typeof neo4j.int> | null;

/** "key=value" to a typed parameter: integers, decimals, booleans, null; ISO dates stay strings (the schema stores dates as ISO strings). */
export function parseParam(kv: string): [string, ParamValue] {
  const i = kv.indexOf('=');
  if (i <= 0) throw new Error(`parameter "${kv}" is not key=value`);
  const key = kv.slice(0, i);
  const raw = kv.slice(i + 1);
  if (/^-?\d+$/.test(raw) && !/^0\d/.test(raw)) return [key, neo4j.int(raw)];
  if (/^-?\d+\.\d+$/.test(raw)) return [key, Number(raw)];
  if (raw === 'true' || raw === 'false') return [key, raw === 'true'];
  if (raw === 'null') return [key, null];
  return [key, raw];
}

export interface QueryResult {
  columns: string[];
  rows: Array<Record<string, unknown>>;
}

function plain(v: unknown): unknown {
  if (neo4j.isInt(v as never)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    if ('properties' in (v as object) && 'labels' in (v as object)) return plain((v as { properties: unknown }).properties);
    if (typeof (v as { toString?: unknown }).toString === 'function' && (v as object).constructor?.name?.match(/^(Date|DateTime|LocalDateTime|Time|Duration)$/)) return String(v);
    return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

export async function runQuery(driver: Driver, q: LibraryQuery, params: Record<string, ParamValue>, database?: string): Promise<QueryResult> {
  const missing = q.parameters.filter((p) => !(p in params));
  if (missing.length) throw new Error(`query "${q.name}" needs ${missing.map((m) => `--param ${m}=...`).join(' ')}`);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.executeRead((tx) => tx.run(q.cypher, params));
    const columns = res.records[0]?.keys.map(String) ?? [];
    return { columns, rows: res.records.map((r) => Object.fromEntries(columns.map((c) => [c, plain(r.get(c))]))) };
  } finally {
    await session.close();
  }
}

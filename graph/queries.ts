// The Cypher library in queries/: each file a question, its header comment the description,
// parameters and an example. Queries run in read sessions with typed parameters.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from './server/local.ts';

export const QUERY_DIR = path.join(PROJECT_ROOT, 'queries');

/** A parameter is a string unless the query's header declares it `(integer)`, `(number)` or `(boolean)`. */
export type ParamType = 'string' | 'integer' | 'number' | 'boolean';

export interface LibraryQuery {
  name: string;
  file: string;
  cypher: string;
  description: string;
  parameters: string[];
  types: Record<string, ParamType>;
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
    types: Object.fromEntries(header.flatMap((l) => [...l.matchAll(/\$([A-Za-z_]\w*)\s+\((integer|number|boolean)\)/g)].map((m) => [m[1], m[2] as ParamType]))),
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

/**
 * "key=value" to a parameter. Values are strings (names such as "3998", ISO dates), except
 * for parameters the query's header declares (integer), (number) or (boolean).
 */
export function parseParam(kv: string, types: Record<string, ParamType> = {}): [string, ParamValue] {
  const i = kv.indexOf('=');
  if (i <= 0) throw new Error(`parameter "${kv}" is not key=value`);
  const key = kv.slice(0, i);
  const raw = kv.slice(i + 1);
  switch (types[key] ?? 'string') {
    case 'integer':
      if (!/^-?\d+$/.test(raw)) throw new Error(`--param ${key} must be a whole number, not "${raw}"`);
      return [key, neo4j.int(raw)];
    case 'number':
      if (!/^-?\d+(?:\.\d+)?$/.test(raw)) throw new Error(`--param ${key} must be a number, not "${raw}"`);
      return [key, Number(raw)];
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new Error(`--param ${key} must be true or false, not "${raw}"`);
      return [key, raw === 'true'];
    default:
      return [key, raw];
  }
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

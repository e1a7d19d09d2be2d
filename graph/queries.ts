// The Cypher library in queries/: each file a question, its header comment the description,
// parameters (each with its kind) and an example. Parameters are checked against their kind,
// names are resolved like `kg lookup` resolves them, and queries run in read sessions.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from './server/local.ts';
import { resolveName, type NameKind } from './resolve.ts';

export const QUERY_DIR = path.join(PROJECT_ROOT, 'queries');

/** What a parameter holds: a name resolved to one entity of a kind, an ISO date, a number, or text as is. */
export type ParamKind = NameKind | 'date' | 'text' | 'fact' | 'integer' | 'number' | 'boolean';
const KINDS: readonly ParamKind[] = ['company', 'person', 'entity', 'date', 'text', 'fact', 'integer', 'number', 'boolean'];

/** A parameter is a string unless the query's header declares it integer, number or boolean. */
export type ParamType = 'string' | 'integer' | 'number' | 'boolean';

export interface QueryParameter {
  name: string;
  kind: ParamKind;
  description: string;
}

export interface LibraryQuery {
  name: string;
  file: string;
  cypher: string;
  description: string;
  parameters: string[];
  /** Each parameter as the header declares it: `$name  kind: description`. */
  declared: QueryParameter[];
  /** Parameters that are not strings: declared `integer:`, `number:` or `boolean:` (or `(integer)`...). */
  types: Record<string, ParamType>;
  example?: string;
}

/** A mistake in a query's name or parameters: one line for the user. */
export class QueryError extends Error {}

export function parseQuery(file: string): LibraryQuery {
  const cypher = readFileSync(file, 'utf8');
  const header = cypher.split('\n').filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, ''));
  const description: string[] = [];
  for (const l of header) {
    if (/^(Parameters|Example):/.test(l)) break;
    description.push(l.trim());
  }
  const declared: QueryParameter[] = header.flatMap((l) => {
    const m = /\$([A-Za-z_]\w*)\s+([a-z]+):\s*(.*)$/.exec(l);
    return m && (KINDS as readonly string[]).includes(m[2]) ? [{ name: m[1], kind: m[2] as ParamKind, description: m[3].trim() }] : [];
  });
  return {
    name: path.basename(file, '.cypher'),
    file,
    cypher,
    description: description.join(' ').trim(),
    parameters: [...new Set([...cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))],
    declared,
    types: {
      ...Object.fromEntries(header.flatMap((l) => [...l.matchAll(/\$([A-Za-z_]\w*)\s+\((integer|number|boolean)\)/g)].map((m) => [m[1], m[2] as ParamType]))),
      ...Object.fromEntries(declared.filter((p) => p.kind === 'integer' || p.kind === 'number' || p.kind === 'boolean').map((p) => [p.name, p.kind as ParamType])),
    },
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
  if (!q) throw new QueryError(`no query named "${name}" (kg query --list shows them)`);
  return q;
}

export type ParamValue = string | number | boolean | ReturnType<typeof neo4j.int> | null;

/**
 * "key=value" to a parameter. Values are strings (names such as "3998", ISO dates), except
 * for parameters the query's header declares (integer), (number) or (boolean).
 */
export function parseParam(kv: string, types: Record<string, ParamType> = {}): [string, ParamValue] {
  const i = kv.indexOf('=');
  if (i <= 0) throw new QueryError(`--param ${kv}: write it as name=value`);
  const key = kv.slice(0, i);
  const raw = kv.slice(i + 1);
  switch (types[key] ?? 'string') {
    case 'integer':
      if (!/^-?\d+$/.test(raw)) throw new QueryError(`--param ${key} must be a whole number, not "${raw}"`);
      return [key, neo4j.int(raw)];
    case 'number':
      if (!/^-?\d+(?:\.\d+)?$/.test(raw)) throw new QueryError(`--param ${key} must be a number, not "${raw}"`);
      return [key, Number(raw)];
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new QueryError(`--param ${key} must be true or false, not "${raw}"`);
      return [key, raw === 'true'];
    default:
      return [key, raw];
  }
}

/** A real calendar date written YYYY-MM-DD. */
function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * `--param name=value` pairs for a query, checked against what its header declares: every
 * parameter known, present, and of its kind (dates ISO). Values stay strings: names are
 * resolved by resolveParams, dates compare as the ISO strings the graph stores.
 */
export function queryParams(q: LibraryQuery, pairs: string[]): Record<string, string> {
  const kinds = new Map(q.declared.map((p) => [p.name, p]));
  const takes = () => q.parameters.map((p) => `${p} (${kinds.get(p)?.kind ?? 'text'})`).join(', ') || 'none';
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const i = pair.indexOf('=');
    if (i <= 0) throw new QueryError(`--param ${pair}: write it as name=value`);
    const [key, value] = [pair.slice(0, i), pair.slice(i + 1)];
    if (!q.parameters.includes(key)) throw new QueryError(`query "${q.name}" has no parameter "${key}"; it takes ${takes()}`);
    if (kinds.get(key)?.kind === 'date' && !isIsoDate(value)) throw new QueryError(`--param ${key}=${value} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-26`);
    parseParam(pair, q.types);
    out[key] = value;
  }
  const missing = q.parameters.filter((p) => !(p in out));
  if (missing.length) throw new QueryError(`query "${q.name}" needs ${missing.map((m) => `--param ${m}=<${kinds.get(m)?.kind ?? 'value'}>`).join(' ')}`);
  return out;
}

/**
 * Company, person and entity parameters resolved to the name of the one entity they mean, as
 * `kg lookup` finds it ("Larkspur Cloud", "Mr. Hou", "… Company Limited" for "… Co., Ltd.");
 * an empty value stays empty ("any"). Throws UnknownNameError or AmbiguousNameError.
 */
export async function resolveParams(driver: Driver, q: LibraryQuery, params: Record<string, string>, database?: string): Promise<Record<string, ParamValue>> {
  const out: Record<string, ParamValue> = { ...params };
  for (const [k, v] of Object.entries(params)) if (q.types[k]) out[k] = parseParam(`${k}=${v}`, q.types)[1];
  for (const p of q.declared) {
    const value = params[p.name];
    if ((p.kind === 'company' || p.kind === 'person' || p.kind === 'entity') && value) out[p.name] = (await resolveName(driver, value, p.kind, database)).name;
  }
  return out;
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
  if (missing.length) throw new QueryError(`query "${q.name}" needs ${missing.map((m) => `--param ${m}=...`).join(' ')}`);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.executeRead((tx) => tx.run(q.cypher, params));
    const columns = res.records[0]?.keys.map(String) ?? [];
    return { columns, rows: res.records.map((r) => Object.fromEntries(columns.map((c) => [c, plain(r.get(c))]))) };
  } finally {
    await session.close();
  }
}

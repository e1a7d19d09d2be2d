// A driver to the test Neo4j (see global-setup.ts) and a way to start each file clean.
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, type Neo4jConfig } from '../../graph/driver.ts';
import { resetSchemaCache } from '../../graph/schema.ts';
import { SCRATCH_LABEL, clearScratch } from '../../graph/scratch.ts';

export function testConfig(): Neo4jConfig {
  return {
    uri: inject('neo4jUri'),
    user: inject('neo4jUser') || undefined,
    password: inject('neo4jPassword') || undefined,
    database: inject('neo4jDatabase') || undefined,
  };
}

export function testDriver(): Driver {
  return createDriver(testConfig());
}

/** Environment for child `kg` processes so they talk to the test server. */
export function testEnv(): NodeJS.ProcessEnv {
  const c = testConfig();
  return { ...process.env, NEO4J_URI: c.uri, NEO4J_USER: c.user ?? '', NEO4J_PASSWORD: c.password ?? '', NEO4J_DATABASE: c.database ?? '' };
}

/** Everything but the scratch marker the global setup left (graph/scratch.ts). */
export async function clearDatabase(driver: Driver): Promise<void> {
  await clearScratch(driver, inject('neo4jDatabase') || undefined);
  resetSchemaCache();
}

export async function counts(driver: Driver): Promise<{ nodes: Record<string, number>; rels: Record<string, number> }> {
  const db = inject('neo4jDatabase') || undefined;
  const nodes: Record<string, number> = {};
  const rels: Record<string, number> = {};
  const a = await driver.executeQuery(`MATCH (n) WHERE NOT n:${SCRATCH_LABEL} UNWIND labels(n) AS l RETURN l, count(*) AS c`, {}, { database: db });
  for (const r of a.records) nodes[r.get('l')] = Number(r.get('c'));
  const b = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c', {}, { database: db });
  for (const r of b.records) rels[r.get('t')] = Number(r.get('c'));
  return { nodes, rels };
}

/** A driver to a database holding just these inputs, loaded as `kg ingest` loads them. */
export async function graphOf(inputs: string[]): Promise<Driver> {
  const driver = testDriver();
  await clearDatabase(driver);
  const { ingest } = await import('../../graph/ingest.ts');
  const s = await ingest(driver, inputs);
  if (s.failed) throw new Error(`could not load ${s.outcomes.filter((o) => !o.ok).map((o) => o.file).join(', ')}`);
  return driver;
}

// Tests run against a real Neo4j of their own: a test server on other ports (KG_TEST_BOLT_PORT,
// KG_TEST_HTTP_PORT) under .kg/neo4j-test, started here and stopped afterwards. NEO4J_URI, the
// user's database, is never used: only KG_TEST_NEO4J_URI names another server for the tests,
// and they use it only when it is empty or carries the marker they left there (graph/scratch.ts).
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver, probe, type Neo4jConfig } from '../graph/driver.ts';
import { claimScratch } from '../graph/scratch.ts';
import { PROJECT_ROOT, start, stop, type LocalServerOptions } from '../graph/server/local.ts';
import { HAVE_SHARED, SKIPPED_WITHOUT_SHARED } from './helpers/corpus.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string;
  }
}

export const TEST_SERVER: LocalServerOptions = {
  home: path.join(process.env.KG_HOME ?? path.join(PROJECT_ROOT, '.kg'), 'neo4j-test'),
  boltPort: Number(process.env.KG_TEST_BOLT_PORT ?? 7688),
  httpPort: Number(process.env.KG_TEST_HTTP_PORT ?? 7475),
  heap: '1g',
  pageCache: '256m',
};

/** The server named by KG_TEST_NEO4J_URI and its credentials, if any. */
function explicitTestServer(env = process.env): Neo4jConfig | null {
  if (!env.KG_TEST_NEO4J_URI) return null;
  return { uri: env.KG_TEST_NEO4J_URI, user: env.KG_TEST_NEO4J_USER || undefined, password: env.KG_TEST_NEO4J_PASSWORD || undefined, database: env.KG_TEST_NEO4J_DATABASE || undefined };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) console.log(`[neo4j] NEO4J_URI=${process.env.NEO4J_URI} is ignored: tests never touch a database you configured (KG_TEST_NEO4J_URI names one for them)`);
  if (!HAVE_SHARED) console.log(`[corpus] ${SKIPPED_WITHOUT_SHARED}`);
  const explicit = explicitTestServer();
  let stopAfter = false;
  let config: Neo4jConfig;
  if (explicit) {
    const p = await probe(explicit, 10_000);
    if (!p.ok) throw new Error(`KG_TEST_NEO4J_URI=${explicit.uri} does not answer: ${p.error}`);
    config = explicit;
    console.log(`[neo4j] KG_TEST_NEO4J_URI ${config.uri}: ${p.version} ${p.edition}`);
  } else {
    // Our own server runs with authentication on, like the user's: its password is generated into its folder.
    const s = await start({ ...TEST_SERVER, log: (l) => console.log(`[neo4j] ${l}`) });
    stopAfter = s.started;
    config = s.config;
    console.log(`[neo4j] test server at ${s.uri}: ${s.version} ${s.edition}`);
  }
  const driver = createDriver(config);
  try {
    await claimScratch(driver, { database: config.database, owner: 'tests', where: explicit ? `KG_TEST_NEO4J_URI=${config.uri}` : config.uri, ours: !explicit });
  } catch (err) {
    if (stopAfter) await stop(TEST_SERVER);
    throw err;
  } finally {
    await driver.close();
  }
  // Anything in the test processes that reads the usual variables reaches the test server too.
  Object.assign(process.env, { NEO4J_URI: config.uri, NEO4J_USER: config.user ?? '', NEO4J_PASSWORD: config.password ?? '', NEO4J_DATABASE: config.database ?? '' });
  project.provide('neo4jUri', config.uri);
  project.provide('neo4jUser', config.user ?? '');
  project.provide('neo4jPassword', config.password ?? '');
  project.provide('neo4jDatabase', config.database ?? '');
  return async () => {
    if (stopAfter && !process.env.KG_TEST_KEEP_NEO4J) {
      await stop(TEST_SERVER);
      console.log('[neo4j] test server stopped');
    }
  };
}

// Tests run against a real Neo4j: the configured one (NEO4J_URI) when it answers,
// otherwise a test server of our own on other ports (so the user's data is never
// touched), started here and stopped afterwards.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { configFromEnv, isConfigured, probe, type Neo4jConfig } from '../graph/driver.ts';
import { PROJECT_ROOT, start, stop, type LocalServerOptions } from '../graph/server/local.ts';

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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = configFromEnv();
  let stopAfter = false;
  let config: Neo4jConfig;
  if (isConfigured()) {
    const p = await probe(env, 10_000);
    if (!p.ok) throw new Error(`NEO4J_URI=${env.uri} is set but does not answer: ${p.error}`);
    config = env;
    console.log(`[neo4j] using configured ${env.uri}: ${p.version} ${p.edition} (tests clear this database)`);
  } else {
    // Our own server runs with authentication on, like the user's: its password is generated into its folder.
    const s = await start({ ...TEST_SERVER, log: (l) => console.log(`[neo4j] ${l}`) });
    stopAfter = s.started;
    config = { ...s.config, database: env.database };
    console.log(`[neo4j] test server at ${s.uri}: ${s.version} ${s.edition}`);
  }
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

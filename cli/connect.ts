// Which Neo4j a command talks to: the configured one (NEO4J_URI), else the local one,
// started for the user when a command needs a database and none answers.
import type { Driver } from 'neo4j-driver';
import { configFromEnv, getDriver, isConfigured, probe, type Neo4jConfig } from '../graph/driver.ts';
import { localConfig, start } from '../graph/server/local.ts';

export class ConnectError extends Error {}

export async function connect(options: { startLocal: boolean; log?: (s: string) => void }): Promise<{ driver: Driver; config: Neo4jConfig; version: string }> {
  const log = options.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const env = configFromEnv();
  if (isConfigured()) {
    const p = await probe(env, 10_000);
    if (!p.ok) throw new ConnectError(`Neo4j at ${env.uri} (NEO4J_URI) does not answer: ${p.error}`);
    return { driver: getDriver(env), config: env, version: p.version };
  }
  // The local server: its address and the password generated for it (NEO4J_USER/NEO4J_PASSWORD are for NEO4J_URI).
  const local: Neo4jConfig = { ...localConfig(), database: env.database };
  const p = await probe(local, 3000);
  if (p.ok) return { driver: getDriver(local), config: local, version: p.version };
  if (!options.startLocal) {
    if (/Unauthorized|authentication/i.test(p.error)) throw new ConnectError(`the Neo4j at ${local.uri} refuses kg's password (${local.password ? 'the one generated for the local server' : 'none generated yet'}): is it a server kg did not start? Set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD for it`);
    throw new ConnectError(`no Neo4j answers at ${local.uri}: start one with \`kg neo4j start\` or set NEO4J_URI`);
  }
  log(`kg: no Neo4j configured (NEO4J_URI) or answering at ${local.uri}; starting the local one`);
  const s = await start({ log });
  const config: Neo4jConfig = { ...s.config, database: env.database };
  return { driver: getDriver(config), config, version: s.version ?? 'unknown' };
}

// Which Neo4j a command talks to: the configured one (NEO4J_URI), else the local one,
// started for the user when a command needs a database and none answers.
import type { Driver } from 'neo4j-driver';
import { configFromEnv, getDriver, isConfigured, probe, uriProblem, type Neo4jConfig } from '../graph/driver.ts';
import { localConfig, start } from '../graph/server/local.ts';

export class ConnectError extends Error {}

export interface Connection {
  driver: Driver;
  config: Neo4jConfig;
  version: string;
  /** NEO4J_URI named the server (kg did not start it and will not stop it). */
  configured: boolean;
  /** This command started the local server: it stops it at the end unless asked to keep it. */
  startedLocal: boolean;
}

export async function connect(options: { startLocal: boolean; log?: (s: string) => void }): Promise<Connection> {
  const log = options.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const env = configFromEnv();
  if (isConfigured()) {
    const problem = uriProblem(env.uri);
    if (problem) throw new ConnectError(`NEO4J_URI=${problem}`);
    const p = await probe(env, 10_000);
    if (!p.ok) throw new ConnectError(`Neo4j at ${env.uri} (NEO4J_URI) does not answer: ${p.error.split('\n')[0]}`);
    return { driver: getDriver(env), config: env, version: p.version, configured: true, startedLocal: false };
  }
  // The local server: its address and the password generated for it (NEO4J_USER/NEO4J_PASSWORD are for NEO4J_URI).
  const local: Neo4jConfig = { ...localConfig(), database: env.database };
  const p = await probe(local, 3000);
  if (p.ok) return { driver: getDriver(local), config: local, version: p.version, configured: false, startedLocal: false };
  // A server that refuses the password generated for kg's local one is not kg's (Docker's, say): name the way to use it.
  if (/unauthori[sz]ed|authentication/i.test(p.error)) throw new ConnectError(`the Neo4j at ${local.uri} refuses kg's password (${local.password ? 'the one generated for the local server' : 'none generated yet'}): is it a server kg did not start (Docker's?)? Set NEO4J_URI=${local.uri}, NEO4J_USER and NEO4J_PASSWORD to use it`);
  if (!options.startLocal) throw new ConnectError(`no Neo4j answers at ${local.uri}: start the local one with \`kg neo4j start\` (the graph is kept between runs) or set NEO4J_URI`);
  log(`kg: no Neo4j configured (NEO4J_URI) or answering at ${local.uri}; starting the local one`);
  const s = await start({ log });
  const config: Neo4jConfig = { ...s.config, database: env.database };
  return { driver: getDriver(config), config, version: s.version ?? 'unknown', configured: false, startedLocal: s.started };
}

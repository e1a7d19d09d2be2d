// Connection settings from the environment and the one driver a process uses.
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export const DEFAULT_URI = 'bolt://127.0.0.1:7687';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI || DEFAULT_URI,
    user: env.NEO4J_USER || undefined,
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
  };
}

const BOLT_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** Why a URI cannot be a Bolt address (the driver speaks only Bolt), or null when it can. */
export function uriProblem(uri: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (scheme && BOLT_SCHEMES.includes(scheme)) return null;
  if (scheme === 'http' || scheme === 'https') {
    let host = '127.0.0.1';
    try {
      host = new URL(uri).hostname || host;
    } catch {
      // keep the default host in the hint
    }
    return `${uri} is an HTTP address (Neo4j Browser's); kg speaks Bolt: use bolt://${host}:7687 (the Bolt port, 7687 unless changed)`;
  }
  return `${uri} is not a Neo4j address: write it as bolt://host:7687 or neo4j://host:7687`;
}

/** True when the user pointed us at a Neo4j of their own (we then never start one). */
export function isConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.NEO4J_URI);
}

export function createDriver(config: Neo4jConfig, connectionTimeout = 30_000): Driver {
  const auth = config.password ? neo4j.auth.basic(config.user ?? 'neo4j', config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout,
    maxConnectionPoolSize: 20,
    connectionAcquisitionTimeout: 30_000,
    logging: { level: 'error', logger: () => {} },
  });
}

let shared: { driver: Driver; config: Neo4jConfig } | null = null;

/** The process-wide driver, created on first use and closed by closeDriver(). */
export function getDriver(config: Neo4jConfig = configFromEnv()): Driver {
  if (!shared) shared = { driver: createDriver(config), config };
  return shared.driver;
}

export function sharedConfig(): Neo4jConfig {
  return shared?.config ?? configFromEnv();
}

export async function closeDriver(): Promise<void> {
  const s = shared;
  shared = null;
  if (s) await s.driver.close();
}

/** Whether a Bolt server answers at the URI, with its version when it does. */
export async function probe(config: Neo4jConfig, timeoutMs = 3000): Promise<{ ok: true; version: string; edition: string } | { ok: false; error: string }> {
  const driver = createDriver(config, timeoutMs);
  try {
    const info = await Promise.race([
      driver.getServerInfo({ database: config.database }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
    ]);
    let edition = 'unknown';
    try {
      const r = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN edition', {}, { database: config.database });
      edition = String(r.records[0]?.get('edition') ?? 'unknown');
    } catch {
      // Older servers or restricted users: the version is enough.
    }
    return { ok: true, version: info.agent ?? 'unknown', edition };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  } finally {
    // A server that is not Bolt may never answer the handshake: do not wait on it.
    await Promise.race([driver.close().catch(() => {}), new Promise((r) => setTimeout(r, 1000))]);
  }
}

// A local Neo4j Community 5.26 without Docker: the server's jars come from Maven Central
// through the machine's Maven (the dependency closure of org.neo4j:neo4j), and the real
// entry point runs in the background on 127.0.0.1. State lives under .kg/neo4j.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { probe, type Neo4jConfig } from '../driver.ts';
import { ensurePassword, LOCAL_USER, passwordFile, readPassword } from './password.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(here, '..', '..');
const POM = path.join(here, 'pom.xml');

export class ServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerError';
  }
}

export interface LocalServerOptions {
  /** Folder for the database, logs and pid. Default: <project>/.kg/neo4j, or $KG_HOME/neo4j. */
  home?: string;
  /** Folder for the server's jars, shared by every home. Default: <project>/.kg/neo4j/lib. */
  lib?: string;
  boltPort?: number;
  httpPort?: number;
  heap?: string;
  pageCache?: string;
  log?: (line: string) => void;
}

interface Resolved {
  home: string;
  lib: string;
  dbHome: string;
  pidFile: string;
  logFile: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  log: (line: string) => void;
}

function resolve(o: LocalServerOptions = {}): Resolved {
  const kgHome = process.env.KG_HOME ?? path.join(PROJECT_ROOT, '.kg');
  const base = o.home ?? process.env.KG_NEO4J_HOME ?? path.join(kgHome, 'neo4j');
  return {
    home: base,
    lib: o.lib ?? path.join(kgHome, 'neo4j', 'lib'),
    dbHome: path.join(base, 'home'),
    pidFile: path.join(base, 'neo4j.pid'),
    logFile: path.join(base, 'server.log'),
    boltPort: o.boltPort ?? Number(process.env.KG_NEO4J_BOLT_PORT ?? 7687),
    httpPort: o.httpPort ?? Number(process.env.KG_NEO4J_HTTP_PORT ?? 7474),
    heap: o.heap ?? process.env.KG_NEO4J_HEAP ?? '1g',
    pageCache: o.pageCache ?? process.env.KG_NEO4J_PAGECACHE ?? '512m',
    log: o.log ?? ((l) => process.stderr.write(l + '\n')),
  };
}

export function localUri(o: LocalServerOptions = {}): string {
  return `bolt://127.0.0.1:${resolve(o).boltPort}`;
}

/** How to connect to the local server: its address, user and the password generated for it. */
export function localConfig(o: LocalServerOptions = {}): Neo4jConfig {
  return { uri: localUri(o), user: LOCAL_USER, password: readPassword(resolve(o).home) };
}

/** How a person logs in to the local server's Neo4j Browser. */
export function browserLogin(o: LocalServerOptions = {}): string {
  const r = resolve(o);
  return `Neo4j Browser: http://127.0.0.1:${r.httpPort}/browser/ (connect to bolt://127.0.0.1:${r.boltPort} as user ${LOCAL_USER}, password in ${passwordFile(r.home)})`;
}

function neo4jVersion(): string {
  const m = /<neo4j\.version>([^<]+)</.exec(readFileSync(POM, 'utf8'));
  return m ? m[1] : 'unknown';
}

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home && existsSync(path.join(home, 'bin', 'java')) ? path.join(home, 'bin', 'java') : 'java';
}

function checkJava(): void {
  const r = spawnSync(javaBinary(), ['-version'], { encoding: 'utf8' });
  if (r.error) throw new ServerError('Java was not found: install Java 17 or 21 (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME');
  const m = /version "(\d+)/.exec(r.stderr + r.stdout);
  const major = m ? Number(m[1]) : 0;
  if (major && major < 17) throw new ServerError(`Java ${major} found; Neo4j 5.26 needs Java 17 or 21 (set JAVA_HOME)`);
}

/** Fetch the server's jars once; a marker file records which version they are. */
export function ensureJars(o: LocalServerOptions = {}): string {
  const r = resolve(o);
  const version = neo4jVersion();
  const marker = path.join(r.lib, '.version');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === version) return r.lib;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) throw new ServerError('Maven (mvn) was not found: install it (e.g. apt-get install maven) to fetch Neo4j from Maven Central, or point NEO4J_URI at a running Neo4j');
  r.log(`kg: fetching Neo4j Community ${version} from Maven Central (once; cached in ${r.lib})`);
  rmSync(r.lib, { recursive: true, force: true });
  mkdirSync(r.lib, { recursive: true });
  const run = spawnSync('mvn', ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${r.lib}`, '-DincludeScope=runtime'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    const out = (run.stdout + run.stderr).split('\n').filter((l) => /ERROR|Could not|resolve|transfer/i.test(l)).slice(0, 6).join('\n');
    const network = /Could not transfer|UnknownHost|Connection|timed out|resolve dependencies/i.test(out);
    throw new ServerError(
      `Maven could not fetch org.neo4j:neo4j:${version}${network ? ' (is Maven Central reachable from this machine?)' : ''}:\n${out || 'mvn exited with ' + run.status}`,
    );
  }
  if (!readdirSync(r.lib).some((f) => f.startsWith('neo4j-server-'))) throw new ServerError(`Maven finished but no neo4j-server jar is in ${r.lib}`);
  writeFileSync(marker, version + '\n');
  return r.lib;
}

function readPid(r: Resolved): number | null {
  if (!existsSync(r.pidFile)) return null;
  const pid = Number(readFileSync(r.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A recycled pid is not ours: check the command line names the Neo4j entry point.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('CommunityEntryPoint');
  } catch {
    return true;
  }
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      done(false);
    });
  });
}

export interface Status {
  running: boolean;
  pid: number | null;
  uri: string;
  /** Address, user and password: what a driver needs. */
  config: Neo4jConfig;
  version?: string;
  edition?: string;
}

export async function status(o: LocalServerOptions = {}): Promise<Status> {
  const r = resolve(o);
  const pid = readPid(r);
  const uri = localUri(o);
  const config = localConfig(o);
  if (!pid || !alive(pid)) return { running: false, pid: null, uri, config };
  const p = await probe(config);
  return p.ok ? { running: true, pid, uri, config, version: p.version, edition: p.edition } : { running: true, pid, uri, config };
}

async function waitForBolt(r: Resolved, pid: number, config: Neo4jConfig, timeoutMs: number): Promise<{ version: string; edition: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      const tail = existsSync(r.logFile) ? readFileSync(r.logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
      throw new ServerError(`Neo4j exited during start-up; the end of ${r.logFile}:\n${tail}`);
    }
    const p = await probe(config, 2000);
    if (p.ok) return { version: p.version, edition: p.edition };
    if (/Unauthorized|authentication failure/i.test(p.error)) {
      throw new ServerError(
        `the local Neo4j in ${r.dbHome} refuses the password in ${passwordFile(r.home)} (its password was set before that file was made): restore the file, or remove ${path.join(r.dbHome, 'data')} to start again with an empty graph`,
      );
    }
    await new Promise((res) => setTimeout(res, 500));
  }
  throw new ServerError(`Neo4j did not answer on ${config.uri} within ${timeoutMs / 1000} s; see ${r.logFile}`);
}

/** Start the local server unless ours is running. Idempotent. */
export async function start(o: LocalServerOptions = {}): Promise<Status & { started: boolean }> {
  const r = resolve(o);
  const existing = readPid(r);
  if (existing && alive(existing)) {
    const s = await status(o);
    r.log(`kg: Neo4j is already running (pid ${existing}) at ${s.uri}`);
    return { ...s, started: false };
  }
  if (existing) rmSync(r.pidFile, { force: true });
  for (const port of [r.boltPort, r.httpPort]) {
    if (await portInUse(port)) {
      const p = port === r.boltPort ? await probe({ uri: `bolt://127.0.0.1:${port}` }) : { ok: false as const, error: '' };
      // A Neo4j with authentication on answers, but refuses us: it is a Neo4j all the same.
      const neo4jThere = p.ok || /Unauthorized|authentication/i.test(p.error);
      throw new ServerError(
        neo4jThere
          ? `port ${port} is held by another Neo4j${p.ok ? ` (${p.version})` : ''} that kg did not start: use it with NEO4J_URI=bolt://127.0.0.1:${port}, or stop it`
          : `port ${port} on 127.0.0.1 is held by another process: free it or set KG_NEO4J_BOLT_PORT / KG_NEO4J_HTTP_PORT`,
      );
    }
  }
  checkJava();
  const lib = ensureJars(o);
  mkdirSync(r.dbHome, { recursive: true });
  let password: string;
  try {
    ({ password } = ensurePassword({ home: r.home, dbHome: r.dbHome, lib, java: javaBinary() }));
  } catch (err) {
    throw new ServerError((err as Error).message);
  }
  const args = [
    `-Xmx${r.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${lib}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${r.dbHome}`,
    '--console-mode',
    '-c', `server.bolt.listen_address=127.0.0.1:${r.boltPort}`,
    '-c', `server.http.listen_address=127.0.0.1:${r.httpPort}`,
    '-c', 'server.https.enabled=false',
    // Loopback is not enough: any web page the user opens can reach 127.0.0.1. Authentication
    // on (the password generated into our home), and the HTTP API answers no other origin.
    '-c', 'dbms.security.auth_enabled=true',
    '-c', `dbms.security.http_access_control_allow_origin=http://127.0.0.1:${r.httpPort}`,
    '-c', `server.memory.pagecache.size=${r.pageCache}`,
    '-c', 'dbms.usage_report.enabled=false',
    '-c', 'db.transaction.timeout=0',
  ];
  const out = openSync(r.logFile, 'a');
  const child = spawn(javaBinary(), args, { detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  if (!child.pid) throw new ServerError('could not start java');
  child.unref();
  writeFileSync(r.pidFile, String(child.pid));
  r.log(`kg: starting Neo4j Community ${neo4jVersion()} (pid ${child.pid}) on 127.0.0.1:${r.boltPort}; log ${r.logFile}`);
  try {
    const config: Neo4jConfig = { uri: localUri(o), user: LOCAL_USER, password };
    const info = await waitForBolt(r, child.pid, config, Number(process.env.KG_NEO4J_START_TIMEOUT_MS ?? 180_000));
    return { running: true, pid: child.pid, uri: config.uri, config, ...info, started: true };
  } catch (err) {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(r.pidFile, { force: true });
    throw err;
  }
}

/** Stop the server this project started, by its recorded pid; nothing else is touched. */
export async function stop(o: LocalServerOptions = {}): Promise<boolean> {
  const r = resolve(o);
  const pid = readPid(r);
  if (!pid || !alive(pid)) {
    rmSync(r.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 250));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  while (alive(pid)) await new Promise((res) => setTimeout(res, 100));
  rmSync(r.pidFile, { force: true });
  return true;
}

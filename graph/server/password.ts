// The local server's password. Listening on 127.0.0.1 does not keep out the user's own
// browser (any page may POST to localhost or open a WebSocket to it), so the local Neo4j
// runs with authentication on: a random password is generated once into the server's
// folder under KG_HOME (mode 0600), set as the neo4j user's initial password with Neo4j's
// own admin tool, and read from there by every kg command that talks to that server.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCAL_USER = 'neo4j';

/** Where the password of the server whose folder is `home` lives. */
export function passwordFile(home: string): string {
  return path.join(home, 'password');
}

/** The password of the server in `home`, or undefined before its first start. */
export function readPassword(home: string): string | undefined {
  const file = passwordFile(home);
  if (!existsSync(file)) return undefined;
  const pw = readFileSync(file, 'utf8').trim();
  return pw || undefined;
}

/**
 * The password, generated on first use. A new one becomes the initial password of the
 * database in `dbHome` (Neo4j applies it on the next start, also to a database created
 * earlier with authentication off, whose neo4j user still has the default password).
 */
export function ensurePassword(options: { home: string; dbHome: string; lib: string; java: string }): { password: string; created: boolean } {
  const file = passwordFile(options.home);
  const existing = readPassword(options.home);
  if (existing) {
    // Someone may have copied it with looser permissions: it is a secret.
    chmodSync(file, 0o600);
    return { password: existing, created: false };
  }
  const password = randomBytes(18).toString('hex');
  try {
    writeFileSync(file, password + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another kg process created it a moment ago: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST' && readPassword(options.home)) return { password: readPassword(options.home)!, created: false };
    throw err;
  }
  // The password reaches the tool through an @file argument (picocli), never the command line.
  const run = spawnSync(options.java, ['-cp', `${options.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${file}`], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: options.dbHome, NEO4J_CONF: path.join(options.dbHome, 'conf') },
  });
  if (run.status !== 0) {
    rmSync(file, { force: true });
    const why = (run.stderr || run.stdout || String(run.error ?? '')).trim().split('\n').slice(-3).join(' ');
    throw new Error(`could not set the local Neo4j's password with neo4j-admin: ${why || `exit ${run.status}`}`);
  }
  return { password, created: true };
}

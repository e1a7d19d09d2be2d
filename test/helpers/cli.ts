// Running the real `kg` binary as a user would, against the test Neo4j.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../graph/server/local.ts';
import { testEnv } from './neo4j.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function kg(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'kg.js'), ...args], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...testEnv(), ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function spawnKg(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'kg.js'), ...args], { cwd: PROJECT_ROOT, env: { ...testEnv(), ...env } });
}

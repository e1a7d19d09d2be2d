// Expanding the command line's files and folders into input files; a path that cannot be
// used is a fatal message on that path (the others go on).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatOfExtension } from './read/source.ts';
import { errnoReason, message, type Message } from './messages.ts';

export interface Expanded {
  files: string[];
  /** One fatal message per path that could not be used. */
  problems: Message[];
}

export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const files: string[] = [];
  const problems: Message[] = [];
  const problem = (file: string, reason: string, ruleId: string) => message({ path: file, messages: problems }, reason, { ruleId, fatal: true });
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      problem(dir, `cannot read folder: ${errnoReason((err as NodeJS.ErrnoException).code)}`, 'input:folder');
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && formatOfExtension(p)) files.push(p);
      else if (e.isSymbolicLink()) {
        // A link is followed; a broken one is reported rather than silently skipped.
        try {
          const target = await fs.stat(p);
          if (target.isDirectory()) await walk(p);
          else if (formatOfExtension(p)) files.push(p);
        } catch {
          problem(p, 'broken symbolic link', 'input:link');
        }
      }
    }
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      problem(input, errnoReason((err as NodeJS.ErrnoException).code, 'access'), 'input:fs');
      continue;
    }
    if (stat.isDirectory()) await walk(input);
    else files.push(input);
  }
  return { files: [...new Set(files.map((f) => path.resolve(f)))], problems };
}

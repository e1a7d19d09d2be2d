// Expanding the command line's files and folders into input files, problems kept per path.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatOfExtension } from './read/source.ts';

export interface Expanded {
  files: string[];
  problems: Array<{ file: string; reason: string }>;
}

export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const files: string[] = [];
  const problems: Expanded['problems'] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ file: dir, reason: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
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
          problems.push({ file: p, reason: 'broken symbolic link' });
        }
      }
    }
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({ file: input, reason: code === 'ENOENT' ? 'no such file or directory' : `cannot access (${code})` });
      continue;
    }
    if (stat.isDirectory()) await walk(input);
    else files.push(input);
  }
  return { files: [...new Set(files.map((f) => path.resolve(f)))], problems };
}

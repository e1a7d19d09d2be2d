// Expanding the command line's files and folders into input files, problems kept per path.
// Each real folder is read once (a set of real paths), so symbolic links that lead back
// up the tree are reported as loops instead of being followed for ever; anything that is
// not a regular file (FIFO, device, socket) is reported rather than opened, since opening
// a FIFO waits for a writer that never comes.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { formatOfExtension } from './read/source.ts';

export interface Expanded {
  files: string[];
  problems: Array<{ file: string; reason: string }>;
}

/** What a path is when it is neither a folder nor a regular file, or null. */
export function specialKind(s: Stats): string | null {
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return null;
}

function notRegular(s: Stats): string {
  const kind = specialKind(s);
  return kind ? `${kind}, not a regular file; not read` : 'not a regular file; not read';
}

export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const files: string[] = [];
  const problems: Expanded['problems'] = [];
  // Real path of every folder read, and the path it was first read at.
  const seen = new Map<string, string>();
  // Links to folders are followed after the real folders, so a folder is read at its own path.
  const links: Array<{ dir: string; ancestors: string[] }> = [];
  const walk = async (dir: string, ancestors: string[], viaLink: boolean) => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (err) {
      problems.push({ file: dir, reason: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      return;
    }
    if (ancestors.includes(real)) {
      problems.push({ file: dir, reason: `symbolic link loop: leads back to ${seen.get(real) ?? real}, a folder it is inside of` });
      return;
    }
    const first = seen.get(real);
    if (first !== undefined) {
      // A second link to a folder read already: its files are in; say why they are not read twice.
      if (viaLink) problems.push({ file: dir, reason: `symbolic link to a folder already read as ${first}; not read twice` });
      return;
    }
    seen.set(real, dir);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ file: dir, reason: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const inside = [...ancestors, real];
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) await walk(p, inside, false);
      else if (e.isFile()) {
        if (formatOfExtension(p)) files.push(p);
      } else if (e.isSymbolicLink()) {
        let target: Stats;
        try {
          target = await fs.stat(p);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          problems.push({ file: p, reason: code === 'ELOOP' ? 'symbolic link loop: the link leads back to itself' : code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : `cannot follow symbolic link (${code})` });
          continue;
        }
        if (target.isDirectory()) links.push({ dir: p, ancestors: inside });
        else if (target.isFile()) {
          if (formatOfExtension(p)) files.push(p);
        } else problems.push({ file: p, reason: `symbolic link to ${notRegular(target)}` });
      } else {
        const s = await fs.lstat(p).catch(() => null);
        problems.push({ file: p, reason: s ? notRegular(s) : 'not a regular file; not read' });
      }
    }
  };
  for (const input of inputs) {
    let stat: Stats;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({ file: input, reason: code === 'ENOENT' ? 'no such file or directory' : code === 'ELOOP' ? 'symbolic link loop' : `cannot access (${code})` });
      continue;
    }
    if (stat.isDirectory()) await walk(input, [], false);
    else if (stat.isFile()) files.push(input);
    else problems.push({ file: input, reason: notRegular(stat) });
  }
  for (let i = 0; i < links.length; i++) await walk(links[i].dir, links[i].ancestors, true);
  return { files: [...new Set(files.map((f) => path.resolve(f)))], problems };
}

// Expanding the command line's files and folders into input files, problems kept per path.
// Each real folder is read once (a set of real paths), so symbolic links that lead back
// up the tree are reported as loops instead of being followed for ever; anything that is
// not a regular file (FIFO, device, socket) is reported rather than opened, since opening
// a FIFO waits for a writer that never comes.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { formatOfExtension } from './read/source.ts';
import { errnoReason, message, type Message } from './messages.ts';

export interface Expanded {
  files: string[];
  /** One fatal message per path that could not be used. */
  problems: Message[];
  /** Files inside the folders given that kg does not read (by extension: images, spreadsheets...). */
  ignored: number;
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
  const problems: Message[] = [];
  let ignored = 0;
  const problem = (file: string, reason: string, ruleId: string) => message({ path: file, messages: problems }, reason, { ruleId, fatal: true });
  // Real path of every folder read, and the path it was first read at.
  const seen = new Map<string, string>();
  // Links to folders are followed after the real folders, so a folder is read at its own path.
  const links: Array<{ dir: string; ancestors: string[] }> = [];
  const walk = async (dir: string, ancestors: string[], viaLink: boolean) => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (err) {
      problem(dir, `cannot read folder: ${errnoReason((err as NodeJS.ErrnoException).code)}`, 'input:folder');
      return;
    }
    if (ancestors.includes(real)) {
      problem(dir, `symbolic link loop: leads back to ${seen.get(real) ?? real}, a folder it is inside of`, 'input:link');
      return;
    }
    const first = seen.get(real);
    if (first !== undefined) {
      // A second link to a folder read already: its files are in; say why they are not read twice.
      if (viaLink) problem(dir, `symbolic link to a folder already read as ${first}; not read twice`, 'input:link');
      return;
    }
    seen.set(real, dir);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      problem(dir, `cannot read folder: ${errnoReason((err as NodeJS.ErrnoException).code)}`, 'input:folder');
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
        else ignored++;
      } else if (e.isSymbolicLink()) {
        let target: Stats;
        try {
          target = await fs.stat(p);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          problem(p, code === 'ELOOP' ? 'symbolic link loop: the link leads back to itself' : code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : `cannot follow symbolic link: ${errnoReason(code)}`, 'input:link');
          continue;
        }
        if (target.isDirectory()) links.push({ dir: p, ancestors: inside });
        else if (target.isFile()) {
          if (formatOfExtension(p)) files.push(p);
          else ignored++;
        } else problem(p, `symbolic link to ${notRegular(target)}`, 'input:special');
      } else {
        const s = await fs.lstat(p).catch(() => null);
        problem(p, s ? notRegular(s) : 'not a regular file; not read', 'input:special');
      }
    }
  };
  for (const input of inputs) {
    let stat: Stats;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problem(input, code === 'ELOOP' ? 'symbolic link loop' : errnoReason(code, 'access'), 'input:fs');
      continue;
    }
    if (stat.isDirectory()) await walk(input, [], false);
    else if (stat.isFile()) files.push(input);
    else problem(input, notRegular(stat), 'input:special');
  }
  for (let i = 0; i < links.length; i++) await walk(links[i].dir, links[i].ancestors, true);
  return { files: [...new Set(files.map((f) => path.resolve(f)))], problems, ignored };
}

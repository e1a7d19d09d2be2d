// Folder expansion over hostile trees: symbolic links that lead back up the tree are
// loops (reported as such, followed once), a folder is read once however many links
// lead to it, and FIFOs and devices are reported, never opened.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expandInputs } from '../pipeline/files.ts';

function tree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-tree-'));
  writeFileSync(path.join(dir, 'a.md'), 'Alpha Holdings Limited announces nothing.\n');
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'b.md'), 'Beta Holdings Limited announces nothing.\n');
  return dir;
}

const reasonOf = (problems: Array<{ file: string; reason: string }>, name: string) => problems.find((p) => path.basename(p.file) === name)?.reason;

describe('folder expansion', () => {
  it('reports links back up the tree as loops and lists each file once, even with two loops per folder', { timeout: 20_000 }, async () => {
    const dir = tree();
    symlinkSync('.', path.join(dir, 'l1'));
    symlinkSync('.', path.join(dir, 'l2'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync('self', path.join(dir, 'self'));
    const { files, problems } = await expandInputs([dir]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.md', path.join('sub', 'b.md')]);
    for (const name of ['l1', 'l2', 'up']) expect(reasonOf(problems, name), name).toMatch(/^symbolic link loop: leads back to /);
    expect(reasonOf(problems, 'self')).toMatch(/^symbolic link loop/);
    expect(problems.map((p) => p.reason).join('\n')).not.toMatch(/broken/);
  });

  it('reads a folder once however many links lead to it, and says so for the second link', async () => {
    const dir = tree();
    symlinkSync('sub', path.join(dir, 'again'));
    const { files, problems } = await expandInputs([dir, path.join(dir, 'sub')]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.md', path.join('sub', 'b.md')]);
    expect(reasonOf(problems, 'again')).toMatch(/symbolic link to a folder already read as .*sub; not read twice/);
    // The same folder named twice on the command line is not a problem.
    expect(problems).toHaveLength(1);
  });

  it('stays linear in a chain of folders each linking twice to the next (no 2^depth walk)', { timeout: 20_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-chain-'));
    for (let i = 0; i < 30; i++) {
      mkdirSync(path.join(dir, `d${i}`));
      writeFileSync(path.join(dir, `d${i}`, `f${i}.md`), `Gamma ${i} Limited announces nothing.\n`);
    }
    for (let i = 0; i < 29; i++) {
      symlinkSync(path.join(dir, `d${i + 1}`), path.join(dir, `d${i}`, 'x'));
      symlinkSync(path.join(dir, `d${i + 1}`), path.join(dir, `d${i}`, 'y'));
    }
    const { files } = await expandInputs([path.join(dir, 'd0')]);
    expect(files).toHaveLength(30);
  });

  it('reports FIFOs, devices and broken links by name and never opens them', { timeout: 20_000 }, async () => {
    const dir = tree();
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    symlinkSync('pipe.md', path.join(dir, 'to-pipe.md'));
    symlinkSync('nowhere.md', path.join(dir, 'dangling.md'));
    const { files, problems } = await expandInputs([dir, '/dev/null']);
    expect(files.map((f) => path.basename(f))).toEqual(['a.md', 'b.md']);
    expect(reasonOf(problems, 'pipe.md')).toBe('a FIFO (named pipe), not a regular file; not read');
    expect(reasonOf(problems, 'to-pipe.md')).toBe('symbolic link to a FIFO (named pipe), not a regular file; not read');
    expect(reasonOf(problems, 'dangling.md')).toMatch(/^broken symbolic link/);
    expect(reasonOf(problems, 'null')).toBe('a character device, not a regular file; not read');
  });
});

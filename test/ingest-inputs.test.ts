// A folder of Markdown, HTML and PDF announcements mixed with bad inputs: every good file
// loads, every bad one is reported by name and reason, the exit code says so, and a rerun
// changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../graph/server/local.ts';
import { readDocument } from '../pipeline/process/index.ts';
import { clearDatabase, counts, testDriver } from './helpers/neo4j.ts';
import { kg } from './helpers/cli.ts';
import { makeEncryptedLookingPdf, makePdf } from './helpers/pdf.ts';
import { corpusFiles, ownFiles } from './helpers/corpus.ts';

let driver: Driver;
let dir: string;

const PDF_PAGES = [
  {
    lines: [
      'Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility',
      'for the contents of this announcement.',
      '',
      '**Lumen Harbour Holdings Limited',
      '(Incorporated in the Cayman Islands with limited liability)',
      '(Stock Code: 8812)',
      '',
      '**APPOINTMENT OF EXECUTIVE DIRECTOR',
      '',
      'The board of directors (the "Board") of Lumen Harbour Holdings Limited (the "Company") announces that Mr. Kwan',
      'Tak Shing has been appointed as an executive Director with effect from 1 May 2026. Mr. Kwan has extensive experi-',
      'ence in shipping finance.',
    ],
  },
  { lines: ['Mr. Kwan Tak Shing, aged 39, joined the Group in 2015.', '', 'By Order of the Board', 'Lumen Harbour Holdings Limited', '', 'Hong Kong, 30 April 2026'] },
  { lines: ['As at the date of this announcement, the Board comprises Mr. Kwan Tak Shing as executive Director.'] },
];

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  dir = mkdtempSync(path.join(tmpdir(), 'kg-inputs-'));
  // Good files: our examples (Markdown, HTML) and a PDF made here.
  for (const f of readdirSync(path.join(PROJECT_ROOT, 'examples'))) copyFileSync(path.join(PROJECT_ROOT, 'examples', f), path.join(dir, f));
  writeFileSync(path.join(dir, 'lumen-harbour.pdf'), await makePdf(PDF_PAGES, { header: 'LUMEN HARBOUR HOLDINGS LIMITED - ANNOUNCEMENT', footer: true }));
  // UTF-16 with a BOM is read, not refused.
  const utf16 = '\ufeffWestbay Holdings Limited\n(Stock Code: 7001)\n\nThe Board announces that Ms. Ada Lum has been appointed as a non-executive Director with effect from 1 May 2026.\n';
  writeFileSync(path.join(dir, 'utf16.md'), Buffer.from(utf16, 'utf16le'));
  // An extension that lies: HTML in a .pdf.
  writeFileSync(path.join(dir, 'mislabelled.pdf'), '<html><body><p>Eastwind Limited announces that Mr. Kit Chan has resigned as a Director with effect from 2 May 2026.</p></body></html>');
  // Bad files.
  writeFileSync(path.join(dir, 'empty.md'), '');
  writeFileSync(path.join(dir, 'picture.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Line one\nThe caf'), Buffer.from([0xe9]), Buffer.from(' announces.\n')]));
  writeFileSync(path.join(dir, 'huge.txt'), 'A'.repeat(300_000));
  writeFileSync(path.join(dir, 'corrupt.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('garbage '.repeat(200))]));
  writeFileSync(path.join(dir, 'locked.pdf'), await makeEncryptedLookingPdf());
  writeFileSync(path.join(dir, 'scripts-only.html'), '<html><head><script>alert(1)</script><style>p{}</style></head><body><script>var x=1</script></body></html>');
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'secret.md'), 'Hidden.');
  chmodSync(path.join(dir, 'sub', 'secret.md'), 0o000);
  symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
});

afterAll(async () => {
  await driver.close();
});

describe('kg ingest over good and bad inputs', () => {
  it('loads every good file, names every bad one with its reason, and exits non-zero', async () => {
    const r = await kg(['ingest', dir, path.join(dir, 'does-not-exist.md'), '--max-bytes', '200000']);
    const out = r.stderr;
    expect(r.code).not.toBe(0);
    const reasons: Array<[string, RegExp]> = [
      ['empty.md', /empty file/],
      ['picture.md', /binary file \(PNG image\)/],
      ['latin1.txt', /invalid UTF-8 at byte 16 \(line 2, column 8\)/],
      ['huge.txt', /over the size limit of 200000 bytes/],
      ['corrupt.pdf', /corrupt PDF/],
      ['locked.pdf', /encrypted PDF/],
      ['scripts-only.html', /no visible text/],
      ['does-not-exist.md', /no such file or directory/],
      ['dangling.md', /broken symbolic link/],
    ];
    for (const [name, reason] of reasons) {
      const line = out.split('\n').find((l) => l.includes(name) && /FAILED|failed|:/.test(l) && reason.test(l));
      expect(line, `${name} should be reported with ${reason}\n${out}`).toBeDefined();
    }
    if (process.getuid?.() !== 0) expect(out).toMatch(/secret\.md.*permission denied/);
    for (const good of ['harbourview-logistics-2026-06-30.md', 'crestmoor-resources-2026-05-12.md', 'tidewater-analytics-8k-2026-04-02.html', 'lumen-harbour.pdf', 'utf16.md', 'mislabelled.pdf']) {
      expect(out).toMatch(new RegExp(`loaded\\s+\\S*${good.replace('.', '\\.')}`));
    }
    expect(out).toMatch(/mislabelled\.pdf: extension says PDF but the content is HTML/);
    const docs = await driver.executeQuery('MATCH (d:Document) RETURN d.name AS name ORDER BY name');
    expect(docs.records.map((x) => x.get('name'))).toEqual(expect.arrayContaining(['lumen-harbour.pdf', 'utf16.md', 'mislabelled.pdf']));
  });

  it('keeps each PDF paragraph’s page, drops running heads and page numbers, and undoes hyphenation', async () => {
    const res = await driver.executeQuery("MATCH (d:Document {name: 'lumen-harbour.pdf'})-[*3]->(p:Paragraph) RETURN p.text AS text, p.page AS page ORDER BY p.ordinal");
    const paras = res.records.map((r) => [r.get('page'), r.get('text')] as [number, string]);
    expect(paras.some(([, t]) => t.includes('extensive experience in shipping finance'))).toBe(true);
    expect(paras.some(([, t]) => t.includes('LUMEN HARBOUR HOLDINGS LIMITED - ANNOUNCEMENT'))).toBe(false);
    expect(paras.find(([, t]) => t.startsWith('Mr. Kwan Tak Shing, aged 39'))?.[0]).toBe(2);
    const facts = await driver.executeQuery("MATCH (f:Appointment)-[:PERSON]->(p:Person {name: 'Kwan Tak Shing'}) RETURN f.role AS role, f.effectiveDate AS date");
    expect(facts.records.map((r) => [r.get('role'), r.get('date')])).toEqual([['executive director', '2026-05-01']]);
  });

  it('a rerun over the same folder changes no count', async () => {
    const before = await counts(driver);
    const r = await kg(['ingest', dir, '--max-bytes', '200000']);
    expect(r.code).not.toBe(0);
    expect(await counts(driver)).toEqual(before);
  });
});

describe('kg ingest says what it found as it goes', () => {
  it('a folder with nothing kg reads exits non-zero with a hint', async () => {
    const pics = mkdtempSync(path.join(tmpdir(), 'kg-pictures-'));
    writeFileSync(path.join(pics, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    writeFileSync(path.join(pics, 'figures.xlsx'), 'PK');
    const r = await kg(['ingest', pics]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => !l.startsWith('kg: st'))).toEqual([`kg: nothing to ingest in ${pics}: no .md, .txt, .html, .htm or .pdf files (2 other files skipped)`]);
  });

  it('reports each file as extracted before its batch commits, and a file with no facts as such', async () => {
    const mixed = mkdtempSync(path.join(tmpdir(), 'kg-mixed-'));
    copyFileSync(path.join(PROJECT_ROOT, 'examples', 'harbourview-logistics-2026-06-30.md'), path.join(mixed, 'harbourview.md'));
    writeFileSync(path.join(mixed, 'README.md'), '# About this folder\n\nDrafts and notes kept for later reading.\n');
    const r = await kg(['ingest', mixed, '--force']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n');
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    // One batch: both files are reported extracted before either is committed.
    const firstCommit = at(/\] (?:loaded|replaced) /);
    expect(at(/\] extracted \S*harbourview\.md \(\d+ paragraphs, \d+ facts; loads with its batch\)/)).toBeLessThan(firstCommit);
    expect(at(/\] extracted \S*README\.md/)).toBeLessThan(firstCommit);
    expect(r.stderr).toMatch(/README\.md: no facts found/);
    expect(r.stderr).toMatch(/2 loaded \(1 with no facts found\)/);
  });
});

describe('reading every file of every format', () => {
  it('stores each paragraph as the exact slice of the extracted text, for our own files (and the real corpus when it is there)', async () => {
    const files = [...ownFiles(), path.join(dir, 'lumen-harbour.pdf'), path.join(dir, 'utf16.md'), ...corpusFiles()];
    for (const f of files) {
      const doc = await readDocument(f);
      expect(doc.paragraphs.length, f).toBeGreaterThan(0);
      for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end), f).toBe(p.text);
      for (const t of doc.tables) for (const r of t.rows) for (const c of r.cells) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

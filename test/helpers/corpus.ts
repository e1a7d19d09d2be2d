// Inputs for tests. The project's own announcements (examples/ and test/fixtures/, all written
// for the project with made-up issuers and people) are always there and cover every behaviour;
// the real filings of ../shared/corpus (with hand-made gold) sit beside the project in CI and on
// developers' machines only, so suites over them run when it is there and are skipped otherwise.
import path from 'node:path';
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe } from 'vitest';
import { PROJECT_ROOT } from '../../graph/server/local.ts';
import { generateCorpus } from '../../bench/generate.ts';

/** The shared, read-only corpus beside the project (KG_SHARED overrides where). */
export const SHARED = path.resolve(process.env.KG_SHARED ?? path.join(PROJECT_ROOT, '..', 'shared'));
export const SHARED_CORPUS = path.join(SHARED, 'corpus');
export const SHARED_GOLD = path.join(SHARED, 'gold');
export const HAVE_SHARED = existsSync(SHARED_CORPUS) && existsSync(SHARED_GOLD);
export const SKIPPED_WITHOUT_SHARED = `no ${SHARED_CORPUS} beside the project: the suites over the real corpus are skipped (they run where ../shared is, as in CI); the project's own fixtures are tested`;

/** A suite over the real corpus: skipped, and named so, when ../shared is not there. */
export const describeCorpus = (name: string, body: () => void | Promise<void>) =>
  describe.skipIf(!HAVE_SHARED)(`${name} (real corpus${HAVE_SHARED ? '' : ': skipped, no ../shared'})`, body);

const INPUT = /\.(md|txt|html?|pdf)$/i;

/** The real corpus's announcement files ([] without ../shared). */
export function corpusFiles(): string[] {
  if (!HAVE_SHARED) return [];
  return readdirSync(SHARED_CORPUS)
    .filter((f) => INPUT.test(f) && f !== 'SOURCES.md')
    .map((f) => path.join(SHARED_CORPUS, f));
}

export const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');
/** A 6-K we wrote in the genre: a cover, a results announcement with a definitions table, a board change. */
export const OWN_6K = path.join(FIXTURES, 'graph', 'larkspur-cloud-6k-2026-02-10.md');

function inputsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => INPUT.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Every announcement the project wrote: examples/, test/fixtures/graph/ and test/fixtures/extract/. */
export function ownFiles(): string[] {
  return [...inputsIn(EXAMPLES), ...inputsIn(path.join(FIXTURES, 'graph')), ...inputsIn(path.join(FIXTURES, 'extract'))];
}

/**
 * A folder of our own to ingest as a corpus: every announcement the project wrote and `generated`
 * more from the bench's generator (bench/generate.ts), in a sub-folder.
 */
export function ownCorpus(generated = 30): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-own-corpus-'));
  for (const f of ownFiles()) copyFileSync(f, path.join(dir, path.basename(f)));
  generateCorpus(path.join(dir, 'generated'), generated, 11);
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => INPUT.test(f)).sort().map((f) => path.join(dir, f));
  return { dir, files };
}

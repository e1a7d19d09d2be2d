import path from 'node:path';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The shared, read-only corpus beside the project. */
export const SHARED = path.resolve(here, '..', '..', '..', 'shared');
export const SHARED_CORPUS = path.join(SHARED, 'corpus');
export const SHARED_GOLD = path.join(SHARED, 'gold');

export function corpusFiles(): string[] {
  return readdirSync(SHARED_CORPUS)
    .filter((f) => /\.(md|txt|html?|pdf)$/i.test(f) && f !== 'SOURCES.md')
    .map((f) => path.join(SHARED_CORPUS, f));
}

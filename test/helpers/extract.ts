import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile } from '../../pipeline/process/index.ts';
import type { Fact } from '../../pipeline/facts/types.ts';

/** Extract from a small announcement written inline in a test. */
export async function factsOf(text: string, name = 'fixture.md'): Promise<Fact[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-fixture-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return (await extractFile(file)).extraction.facts;
}

/** A fact without evidence, confidence, rule and entity keys, for comparing with expectations. */
export function bare(f: Fact): Record<string, unknown> {
  const { evidence: _e, confidence: _c, source: _s, rule: _r, keys: _k, ...rest } = f;
  return rest;
}

import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDocument } from '../../pipeline/read/document.ts';
import { extract } from '../../pipeline/extract/index.ts';
import type { Fact } from '../../pipeline/facts/types.ts';

/** Extract from a small announcement written inline in a test. */
export async function factsOf(text: string, name = 'fixture.md'): Promise<Fact[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-fixture-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const doc = await readDocument(file);
  return extract(doc).facts;
}

/** A fact without evidence and confidence, for comparing with expectations. */
export function bare(f: Fact): Record<string, unknown> {
  const { evidence: _e, confidence: _c, source: _s, rule: _r, ...rest } = f;
  return rest;
}

// Each event construction declares a cue, a cheap test its trigger cannot pass without; the
// trigger's search runs only where the cue is found. A cue that missed a trigger's match would
// silently lose events: every sentence of the project's tables and fixtures that a trigger
// matches must hold its cue.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../pipeline/extract/index.ts';
import { APPOINTMENT_CONSTRUCTIONS } from '../pipeline/extract/rules/events-appointment.ts';
import { RESIGNATION_CONSTRUCTIONS } from '../pipeline/extract/rules/events-resignation.ts';
import { SUCCESSION_CONSTRUCTIONS } from '../pipeline/extract/rules/events-succession.ts';
import { REDESIGNATION_CONSTRUCTIONS } from '../pipeline/extract/rules/events-redesignation.ts';
import { ELECTION_CONSTRUCTIONS } from '../pipeline/extract/rules/events-election.ts';

const CONSTRUCTIONS = [...REDESIGNATION_CONSTRUCTIONS, ...SUCCESSION_CONSTRUCTIONS, ...RESIGNATION_CONSTRUCTIONS, ...ELECTION_CONSTRUCTIONS, ...APPOINTMENT_CONSTRUCTIONS];
const HERE = path.dirname(new URL(import.meta.url).pathname);

/** The sentences of the rule tables (string literals of 20 characters or more) and the fixture announcements' lines. */
function sentences(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(HERE).filter((f) => /^(?:rules|extract)-.*\.test\.ts$/.test(f))) {
    for (const m of readFileSync(path.join(HERE, f), 'utf8').matchAll(/'((?:[^'\\\n]|\\.){20,})'|"((?:[^"\\\n]|\\.){20,})"/g)) out.push((m[1] ?? m[2]).replace(/\\(['"])/g, '$1'));
  }
  const fixtures = path.join(HERE, 'fixtures', 'extract');
  for (const f of readdirSync(fixtures).filter((f) => /\.(?:md|html)$/.test(f))) out.push(...readFileSync(path.join(fixtures, f), 'utf8').split('\n'));
  return out;
}

describe('event constructions: cues', () => {
  it('every sentence a trigger matches holds that construction’s cue', () => {
    const texts = sentences();
    let matched = 0;
    const missed: string[] = [];
    for (const t of texts) {
      for (const c of CONSTRUCTIONS) {
        if (![...t.matchAll(c.trigger)].length) continue;
        matched++;
        if (!c.cue.test(t)) missed.push(`${c.rule}: ${t}`);
      }
    }
    expect(missed).toEqual([]);
    // The tables exercise the triggers (a check that the sentences were read at all).
    expect(matched).toBeGreaterThan(100);
  });

  it('cues are cheap: one word or a few alternatives, no lookaround', () => {
    for (const c of CONSTRUCTIONS) {
      expect(c.cue.source.length, c.rule).toBeLessThan(60);
      expect(c.cue.source, c.rule).not.toMatch(/\(\?[=!<]/);
    }
  });
});

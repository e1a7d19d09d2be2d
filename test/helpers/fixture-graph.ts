// Loads a fixture set: announcements we wrote, each with a `<name>.facts.jsonl` beside it that
// states its facts by hand (spec format plus the exact `quote` that states each). Reading and
// loading are the real ones; extraction is not involved, so tests of what is drawn from a
// graph do not move when the extraction rules change.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readDocument } from '../../pipeline/process/index.ts';
import { loadDocument } from '../../graph/load.ts';
import { ENTITY_ARGS, type Fact } from '../../pipeline/facts/types.ts';
import type { EntityRecord } from '../../pipeline/extract/types.ts';
import { orgLabelOf } from '../../pipeline/facts/schema.ts';
import { entityKey } from '../../pipeline/text/normalize.ts';

export async function loadFixtureSet(driver: Driver, dir: string, database?: string): Promise<number> {
  let facts = 0;
  for (const name of readdirSync(dir).sort()) {
    const factsFile = path.join(dir, name.replace(/\.(md|txt|html?)$/, '.facts.jsonl'));
    if (!/\.(md|txt|html?)$/.test(name) || !existsSync(factsFile)) continue;
    const doc = await readDocument(path.join(dir, name));
    const entities = new Map<string, EntityRecord>();
    const list: Fact[] = readFileSync(factsFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((line) => {
        const { quote, ...body } = JSON.parse(line) as Record<string, unknown> & { quote: string; type: Fact['type'] };
        const start = doc.text.indexOf(quote);
        const para = doc.paragraphs.find((p) => p.start <= start && start + quote.length <= p.end);
        if (start < 0 || !para) throw new Error(`${name}: quote not found in one paragraph: ${quote}`);
        const keys: Record<string, string> = {};
        for (const [arg, kind] of Object.entries(ENTITY_ARGS)) {
          const value = body[arg];
          if (typeof value !== 'string') continue;
          const key = entityKey(kind, value);
          keys[arg] = key;
          const e = entities.get(key) ?? { key, kind, name: value, aliases: [], labels: kind === 'organization' ? [orgLabelOf(arg)] : [], codes: [], mentions: [] };
          const at = doc.text.indexOf(value);
          const where = doc.paragraphs.find((p) => p.start <= at && at + value.length <= p.end);
          if (where && !e.mentions.length) e.mentions.push({ paragraph: where.id, start: at, end: at + value.length, quote: value });
          entities.set(key, e);
        }
        return { ...body, source: doc.name, confidence: 1, rule: 'fixture', keys, evidence: [{ paragraph: para.id, start, end: start + quote.length, quote }] } as Fact;
      });
    await loadDocument(driver, doc, { facts: list, entities: [...entities.values()] }, { extractorVersion: 'fixture', database });
    facts += list.length;
  }
  return facts;
}

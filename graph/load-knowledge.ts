// Knowledge writes: entities (one node per key across documents, names and aliases
// accumulating) with their mentions, facts (a node each, labelled by type) with the
// entities and committees they name and the spans that state them. Labels, relationship
// types and what is an event come from the fact schema; entity keys come with the facts.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Extraction, OrgLabel } from '../pipeline/extract/types.ts';
import { argNames, isMoney, type Fact } from '../pipeline/facts/types.ts';
import { ENTITY_RELS, FACT_LABELS, FACT_TYPES } from '../pipeline/facts/schema.ts';
import type { LoadableDocument } from '../pipeline/process/processed.ts';
import { fixed, link, spanLink, unwind, type WriteCounts } from './load-rows.ts';

/** Flatten a fact's scalar arguments into node properties (money as amount + currency). */
export function factProperties(f: Fact): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  for (const k of argNames(f)) {
    const v = f[k];
    if (v === undefined) continue;
    if (isMoney(v)) {
      props[k + 'Amount'] = v.amount;
      props[k + 'Currency'] = v.currency;
    } else if (typeof v === 'string' || typeof v === 'number') props[k] = v;
  }
  return props;
}

export function factId(documentId: string, f: Fact): string {
  const args = argNames(f)
    .sort()
    .map((k) => `${k}=${JSON.stringify(f[k])}`)
    .join('|');
  return `${documentId.slice(0, 16)}:${f.type}:${hash(args)}`;
}

function hash(s: string): string {
  // FNV-1a, 64-bit in two halves: short, stable ids.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

// One MERGE per argument relationship type. (A dynamic type in MERGE, $(row.rel), measured three times slower here.)
const ARG_QUERY = Object.fromEntries(ENTITY_RELS.map(({ rel }) => [rel, link({ label: 'Fact', key: 'id' }, rel, { label: 'Entity', key: 'key' })]));

async function writeEntities(tx: ManagedTransaction, items: Array<{ doc: LoadableDocument; extraction: Extraction }>, writes: WriteCounts): Promise<void> {
  const entities = new Map<string, { key: string; name: string; kind: string; aliases: Set<string>; codes: Set<string>; labels: Set<OrgLabel> }>();
  for (const { extraction } of items) {
    for (const e of extraction.entities) {
      const x = entities.get(e.key) ?? { key: e.key, name: e.name, kind: e.kind, aliases: new Set<string>(), codes: new Set<string>(), labels: new Set<OrgLabel>() };
      e.aliases.forEach((a) => x.aliases.add(a));
      e.codes.forEach((c) => x.codes.add(c));
      e.labels.forEach((l) => x.labels.add(l));
      entities.set(e.key, x);
    }
  }
  // Sorted keys: concurrent loaders lock entities in one order, which keeps deadlocks rare.
  const rows = [...entities.values()]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((e) => ({ key: e.key, name: e.name, aliases: [...e.aliases], codes: [...e.codes], labels: (e.kind === 'person' ? ['Person'] : ['Organization', ...e.labels]).map(fixed) }));
  // Labels travel as parameters too (Cypher's $(...) form), only ever from the fixed lists.
  await unwind(
    tx,
    `UNWIND $rows AS row
     MERGE (e:Entity {key: row.key})
     ON CREATE SET e.name = row.name, e.aliases = [], e.codes = []
     // Sorted, so the order of aliases never depends on the order documents were loaded in.
     SET e.aliases = COLLECT { UNWIND e.aliases + row.aliases AS a WITH DISTINCT a RETURN a ORDER BY a },
         e.codes = COLLECT { UNWIND e.codes + row.codes AS c WITH DISTINCT c RETURN c ORDER BY c }
     SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' | ' + a)
     SET e:$(row.labels)`,
    rows,
    writes,
  );
  const mentions = items.flatMap(({ doc, extraction }) => {
    const ids = new Set(doc.paragraphs.map((p) => p.id));
    return extraction.entities.flatMap((e) => e.mentions.filter((m) => ids.has(m.paragraph)).map((m) => ({ a: e.key, paragraph: m.paragraph, start: m.start, end: m.end, quote: m.quote })));
  });
  await unwind(tx, spanLink({ label: 'Entity', key: 'key' }, 'MENTIONED_IN'), mentions, writes);
}

async function writeFacts(tx: ManagedTransaction, items: Array<{ doc: LoadableDocument; extraction: Extraction }>, version: string, writes: WriteCounts): Promise<void> {
  const facts = items.flatMap(({ doc, extraction }) => extraction.facts.map((f) => ({ fact: f, id: factId(doc.sha256, f), doc: doc.sha256, paragraphs: new Set(doc.paragraphs.map((p) => p.id)) })));
  await unwind(
    tx,
    `UNWIND $rows AS row
     MERGE (f:Fact {id: row.id})
     SET f += row.props, f.type = row.type, f.source = row.source, f.confidence = row.confidence, f.rule = row.rule,
         f.documentId = row.doc, f.extractorVersion = $version, f.event = row.event, f.evidenceOmitted = row.omitted
     SET f:$(row.label)`,
    facts.map(({ fact, id, doc }) => ({ id, doc, type: fact.type, label: fixed(FACT_LABELS[fact.type]), source: fact.source, confidence: fact.confidence, rule: fact.rule ?? null, props: factProperties(fact), event: FACT_TYPES[fact.type].temporal === 'event', omitted: fact.evidenceOmitted ?? null })),
    writes,
    { version },
  );
  // Arguments that name entities, by the keys extraction resolved them to.
  for (const { arg, rel } of ENTITY_RELS) {
    const rows = facts.filter(({ fact }) => fact.keys?.[arg]).map(({ fact, id }) => ({ a: id, b: fact.keys![arg] }));
    if (rows.length) await unwind(tx, ARG_QUERY[rel], rows, writes);
  }
  // Committees belong to their organisation.
  await unwind(
    tx,
    `UNWIND $rows AS row
     MATCH (o:Entity {key: row.org}) MATCH (f:Fact {id: row.fact})
     MERGE (c:Committee {key: row.key}) ON CREATE SET c.name = row.name
     MERGE (c)-[:OF]->(o)
     MERGE (f)-[:COMMITTEE]->(c)`,
    facts
      .filter(({ fact }) => typeof fact.committee === 'string' && fact.keys?.organization)
      .map(({ fact, id }) => {
        const org = fact.keys!.organization;
        return { fact: id, org, key: `${org}/committee:${String(fact.committee).toLowerCase()}`, name: String(fact.committee) };
      }),
    writes,
  );
  await unwind(
    tx,
    spanLink({ label: 'Fact', key: 'id' }, 'STATED_IN'),
    facts.flatMap(({ fact, id, paragraphs }) => fact.evidence.filter((e) => paragraphs.has(e.paragraph)).map((e) => ({ a: id, paragraph: e.paragraph, start: e.start, end: e.end, quote: e.quote }))),
    writes,
  );
}

export async function writeKnowledge(tx: ManagedTransaction, items: Array<{ doc: LoadableDocument; extraction: Extraction }>, version: string, writes: WriteCounts): Promise<void> {
  await writeEntities(tx, items, writes);
  await writeFacts(tx, items, version, writes);
}

/** (person key, organisation key) pairs whose tenures the facts of these extractions touch. */
export function tenurePairs(extractions: Extraction[]): string[][] {
  return extractions.flatMap((x) => x.facts.flatMap((f) => (f.keys?.person && f.keys.organization ? [[f.keys.person, f.keys.organization]] : [])));
}

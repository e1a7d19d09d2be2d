// State with time: who holds which role in which organisation from when to when,
// derived from the facts whose type gives a tenure in the schema (appointments and
// resignations, composition statements, biographies). Intervals are [from, to): an
// appointment "with effect from D" holds on D, a resignation "with effect from D" no
// longer does. Dates are ISO strings of any precision ("2012", "2016-12", "2026-03-25"),
// which compare correctly as strings.
import type { ManagedTransaction } from 'neo4j-driver';
import { FACT_TYPE_NAMES, factSpec, relType } from '../pipeline/facts/schema.ts';
import { unwind, write, type WriteCounts } from './load-rows.ts';

/** A fact read through its type's tenure: the role it names and the dates that start, end or show it. */
export interface RoleFact {
  id: string;
  role: string;
  committee: string | null;
  starts: string | null;
  ends: string | null;
  seen: string | null;
  /** An event (a resignation) ends a tenure for good; a state's end date can be overtaken by a later statement. */
  event: boolean;
}

export interface Tenure {
  role: string;
  committee: string | null;
  from: string | null;
  to: string | null;
  facts: string[];
}

/** Fact types that give a tenure. */
export const TENURE_TYPES = FACT_TYPE_NAMES.filter((t) => factSpec(t)!.tenure);

const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** A fact node's properties as a RoleFact, or null when its type gives no tenure or its role does not count. */
export function roleFact(props: Record<string, unknown>): RoleFact | null {
  const spec = factSpec(String(props.type));
  const t = spec?.tenure;
  if (!spec || !t) return null;
  const str = (k: string | undefined) => (k && props[k] !== undefined && props[k] !== null ? String(props[k]) : null);
  const role = String(props[t.role]).toLowerCase();
  if (t.only && !t.only.test(role)) return null;
  return { id: String(props.id), role, committee: str('committee'), starts: str(t.starts), ends: str(t.ends), seen: str(t.seen), event: spec.temporal === 'event' };
}

/** Tenures for one person in one organisation. */
export function tenuresOf(facts: RoleFact[]): Tenure[] {
  const groups = new Map<string, RoleFact[]>();
  for (const f of facts) {
    const k = `${f.role}\u0000${f.committee ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const out: Tenure[] = [];
  for (const group of groups.values()) {
    let from: string | null = null;
    let to: string | null = null;
    let lastSeen: string | null = null;
    for (const f of group) {
      if (f.starts) from = min(from, f.starts);
      if (f.ends) to = max(to, f.ends);
      if (f.seen) lastSeen = max(lastSeen, f.seen);
    }
    // A composition statement after the last end means the role is held again (or still).
    if (to !== null && lastSeen !== null && lastSeen >= to && !group.some((f) => f.event && f.ends === to)) to = null;
    out.push({ role: group[0].role, committee: group[0].committee, from, to, facts: group.map((f) => f.id).sort() });
  }
  return out;
}

// Tenures are of the person in the organisation a fact names (the schema checks every tenure type has both).
const HOLDER = relType('person');
const OF = relType('organization');

/** (person key, organisation key) pairs the facts of these documents give tenures to. */
export async function tenurePairsOfDocuments(tx: ManagedTransaction, ids: string[], writes: WriteCounts): Promise<string[][]> {
  if (!ids.length) return [];
  const res = await write(
    tx,
    `UNWIND $ids AS id MATCH (f:Fact {documentId: id})-[:${HOLDER}]->(p:Person)
     MATCH (f)-[:${OF}]->(o:Organization) RETURN DISTINCT p.key AS p, o.key AS o`,
    { ids },
    writes,
  );
  return res.records.map((r) => [String(r.get('p')), String(r.get('o'))]);
}

/** Recompute the HOLDS relationships of the given (person key, organisation key) pairs, inside the caller's transaction. */
export async function deriveTenures(tx: ManagedTransaction, pairs: string[][], writes: WriteCounts): Promise<void> {
  const unique = [...new Map(pairs.map(([p, o]) => [`${p}\u0000${o}`, { person: p, org: o }])).values()];
  if (!unique.length) return;
  const res = await write(
    tx,
    `UNWIND $pairs AS pair
     MATCH (p:Entity {key: pair.person}) MATCH (o:Entity {key: pair.org})
     OPTIONAL MATCH (p)-[h:HOLDS]->(o) DELETE h
     WITH DISTINCT p, o
     OPTIONAL MATCH (f:Fact)-[:${HOLDER}]->(p) WHERE (f)-[:${OF}]->(o) AND f.type IN $types
     RETURN p.key AS person, o.key AS org, collect(properties(f)) AS facts`,
    { pairs: unique, types: TENURE_TYPES },
    writes,
  );
  const rows = res.records.flatMap((r) =>
    tenuresOf((r.get('facts') as Array<Record<string, unknown>>).map(roleFact).filter((f): f is RoleFact => f !== null)).map((t) => ({
      person: r.get('person'),
      org: r.get('org'),
      key: `${t.role}|${t.committee ?? ''}`,
      ...t,
    })),
  );
  await unwind(
    tx,
    `UNWIND $rows AS row
     MATCH (p:Entity {key: row.person}) MATCH (o:Entity {key: row.org})
     MERGE (p)-[h:HOLDS {key: row.key}]->(o)
     SET h.role = row.role, h.committee = row.committee, h.from = row.from, h.to = row.to, h.facts = row.facts`,
    rows,
    writes,
  );
}

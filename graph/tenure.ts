// State with time: who holds which role in which organisation from when to when,
// derived from appointment and resignation events, composition statements and
// biographies. Intervals are [from, to): an appointment "with effect from D" holds on D,
// a resignation "with effect from D" no longer does. Dates are ISO strings of any
// precision ("2012", "2016-12", "2026-03-25"), which compare correctly as strings.
import type { Driver } from 'neo4j-driver';

export interface RoleFact {
  id: string;
  type: string;
  role: string;
  committee: string | null;
  date: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface Tenure {
  role: string;
  committee: string | null;
  from: string | null;
  to: string | null;
  facts: string[];
}

/** Titles of positions that are seats or offices worth a tenure (board and officer roles). */
const TENURE_TITLE = /\b(director|chairman|chairwoman|chair|vice chairman|chief executive officer|chief financial officer|chief operating officer|president|company secretary|corporate secretary|acting chief executive officer|member)\b/;

const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** Tenures for one person in one organisation. */
export function tenuresOf(facts: RoleFact[]): Tenure[] {
  const groups = new Map<string, RoleFact[]>();
  for (const f of facts) {
    if (f.type === 'position' && !TENURE_TITLE.test(f.role)) continue;
    const k = `${f.role}\u0000${f.committee ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const out: Tenure[] = [];
  for (const group of groups.values()) {
    let from: string | null = null;
    let to: string | null = null;
    let lastSeen: string | null = null;
    for (const f of group) {
      if (f.type === 'appointment') from = min(from, f.date) ?? from;
      if (f.type === 'position') {
        if (f.startDate) from = min(from, f.startDate);
        if (f.endDate) to = max(to, f.endDate);
      }
      if (f.type === 'resignation' && f.date) to = max(to, f.date);
      if ((f.type === 'board_member' || f.type === 'committee_member') && f.date) lastSeen = max(lastSeen, f.date);
    }
    // A composition statement after the last end means the role is held again (or still).
    if (to !== null && lastSeen !== null && lastSeen >= to && !group.some((f) => f.type === 'resignation' && f.date === to)) to = null;
    out.push({ role: group[0].role, committee: group[0].committee, from, to, facts: group.map((f) => f.id).sort() });
  }
  return out;
}

/** Recompute the HOLDS relationships of the given (person key, organisation key) pairs. */
export async function deriveTenures(driver: Driver, pairs: string[][], database?: string): Promise<void> {
  const unique = [...new Map(pairs.map(([p, o]) => [`${p}\u0000${o}`, { person: p, org: o }])).values()];
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite(async (tx) => {
      const res = await tx.run(
        `UNWIND $pairs AS pair
         MATCH (p:Entity {key: pair.person}) MATCH (o:Entity {key: pair.org})
         OPTIONAL MATCH (p)-[h:HOLDS]->(o) DELETE h
         WITH DISTINCT p, o
         OPTIONAL MATCH (f:Fact)-[:PERSON]->(p) WHERE (f)-[:ORGANIZATION]->(o)
           AND f.type IN ['appointment', 'resignation', 'board_member', 'committee_member', 'position']
         RETURN p.key AS person, o.key AS org,
                collect(CASE WHEN f IS NULL THEN NULL ELSE {id: f.id, type: f.type, role: coalesce(f.role, f.title), committee: f.committee,
                        date: coalesce(f.effectiveDate, f.asOf), startDate: f.startDate, endDate: f.endDate} END) AS facts`,
        { pairs: unique },
      );
      const rows = res.records.flatMap((r) =>
        tenuresOf((r.get('facts') as RoleFact[]).map((f) => ({ ...f, role: String(f.role).toLowerCase(), committee: f.committee ?? null, date: f.date ?? null, startDate: f.startDate ?? null, endDate: f.endDate ?? null }))).map((t) => ({
          person: r.get('person'),
          org: r.get('org'),
          key: `${t.role}|${t.committee ?? ''}`,
          ...t,
        })),
      );
      if (rows.length) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (p:Entity {key: row.person}) MATCH (o:Entity {key: row.org})
           MERGE (p)-[h:HOLDS {key: row.key}]->(o)
           SET h.role = row.role, h.committee = row.committee, h.from = row.from, h.to = row.to, h.facts = row.facts`,
          { rows },
        );
      }
    });
  } finally {
    await session.close();
  }
}

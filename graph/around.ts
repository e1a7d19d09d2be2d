// The facts around a set of entities, each with its arguments and the date of the earliest
// announcement that states it: what the browser's graph and timeline are built from.
import type { Driver } from 'neo4j-driver';
import type { DatedFact } from './validity.ts';

export interface Arg {
  rel: string;
  key: string;
  name: string;
  person: boolean;
}

export interface FactAround {
  fact: DatedFact;
  args: Arg[];
  /** The earliest date of an announcement stating the fact (ISO), or null. */
  announced: string | null;
}

export async function factsAround(driver: Driver, keys: string[], database?: string): Promise<FactAround[]> {
  const res = await driver.executeQuery(
    `UNWIND $keys AS k
     MATCH (:Entity {key: k})<--(f:Fact)
     WITH DISTINCT f
     MATCH (f)-[r]->(x:Entity)
     WITH f, collect({rel: type(r), key: x.key, name: x.name, person: x:Person}) AS args
     OPTIONAL MATCH (f)-[:STATED_IN]->(p:Paragraph)
     OPTIONAL MATCH (a:Announcement {id: p.announcementId})
     RETURN properties(f) AS f, args, min(a.date) AS announced
     ORDER BY f.id`,
    { keys },
    { database, routing: 'READ' },
  );
  return res.records.map((r) => {
    const args = (r.get('args') as Arg[]).sort((a, b) => a.rel.localeCompare(b.rel) || a.key.localeCompare(b.key));
    return { fact: r.get('f') as DatedFact, args, announced: (r.get('announced') as string | null) ?? null };
  });
}

/** The key of the entity a fact names in one argument (relationship type), if any. */
export function argOf(f: FactAround, rel: string): Arg | undefined {
  return f.args.find((a) => a.rel === rel);
}

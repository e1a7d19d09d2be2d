// The facts around a set of entities, each with its arguments and the date of the earliest
// announcement that states it: what the browser's graph and timeline are built from.
import type { Driver } from 'neo4j-driver';
import type { DatedFact } from './validity.ts';
import { factsAround as readFactsAround, type FactArg, type FactAroundRow } from './read.ts';

export type Arg = FactArg;

export interface FactAround extends FactAroundRow {
  fact: DatedFact;
}

export async function factsAround(driver: Driver, keys: string[], database?: string): Promise<FactAround[]> {
  return readFactsAround(driver, keys, database);
}

/** The key of the entity a fact names in one argument (relationship type), if any. */
export function argOf(f: FactAround, rel: string): Arg | undefined {
  return f.args.find((a) => a.rel === rel);
}

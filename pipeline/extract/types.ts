// What extraction hands to the loader: facts (spec format) and the entities they name,
// each entity with every mention's exact span.
import type { Evidence, Fact } from '../facts/types.ts';
import type { OrgLabel } from '../facts/schema.ts';

/** Extra labels an Organization may carry: declared with the fact schema. */
export { ORG_LABELS, type OrgLabel } from '../facts/schema.ts';

export interface EntityRecord {
  key: string;
  kind: 'person' | 'organization';
  name: string;
  aliases: string[];
  labels: OrgLabel[];
  /** Stock codes and tickers, e.g. `HKEX:3896`. */
  codes: string[];
  mentions: Evidence[];
}

export interface Extraction {
  facts: Fact[];
  entities: EntityRecord[];
}

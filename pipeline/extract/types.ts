// What extraction hands to the loader: facts (spec format) and the entities they name,
// each entity with every mention's exact span.
import type { Evidence, Fact } from '../facts/types.ts';

/** Extra labels an Organization may carry; the loader only ever uses labels from this list. */
export const ORG_LABELS = ['Company', 'University', 'Exchange', 'Auditor', 'GovernmentBody'] as const;
export type OrgLabel = (typeof ORG_LABELS)[number];

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

// Facts as ../shared/spec/facts.md defines them: one JSON object per line. What each type
// is (its arguments, their ranges) is declared in schema.ts; this module gives it types.
import { ENTITY_RELS, FACT_TYPES, FACT_TYPE_NAMES, type FactType, type FactTypeSpec, type Range } from './schema.ts';

export type { FactType } from './schema.ts';

export interface Money {
  amount: number;
  currency: string;
}

export interface Evidence {
  paragraph: string;
  start: number;
  end: number;
  quote: string;
}

export type ArgValue = string | number | Money;

/** A fact: type, source, its arguments, evidence and confidence. */
export interface Fact {
  type: FactType;
  source: string;
  evidence: Evidence[];
  confidence: number;
  /** The extraction rule that stated it first (`appointment.passive`); output only. */
  rule?: string;
  /** Statements of the fact beyond the evidence cap, counted but not kept as evidence. */
  evidenceOmitted?: number;
  /** The key of the entity each entity argument names, as extraction resolved it (not printed: the loader's). */
  keys?: Record<string, string>;
  [arg: string]: ArgValue | Evidence[] | Record<string, string> | undefined;
}

/** A fact before evidence is attached. */
export interface FactBody {
  type: FactType;
  source: string;
  [arg: string]: ArgValue | undefined;
}

const bySpec = (pick: (s: FactTypeSpec) => readonly string[]) => Object.fromEntries(FACT_TYPE_NAMES.map((t) => [t, [...pick(FACT_TYPES[t])]])) as Record<FactType, string[]>;

/** Required arguments per type (a committee, where a type has one, is required when present: see schema.ts). */
export const REQUIRED: Record<FactType, string[]> = bySpec((s) => s.required);

export const OPTIONAL: Record<FactType, string[]> = bySpec((s) => s.optional);

/** Arguments required when present, per type. */
export const QUALIFIERS: Record<FactType, string[]> = bySpec((s) => s.qualifiers ?? []);

/** Arguments that name an entity (person or organisation): an argument name has one range in every type. */
export const ENTITY_ARGS: Record<string, Range> = Object.fromEntries(ENTITY_RELS.map(({ arg, range }) => [arg, range]));

export function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && 'amount' in v && 'currency' in v;
}

const NOT_ARGS = new Set(['type', 'source', 'evidence', 'confidence', 'rule', 'keys', 'aliases', 'note', 'evidenceOmitted']);

/** Argument names of a fact, in a stable order. */
export function argNames(f: Fact): string[] {
  return Object.keys(f).filter((k) => !NOT_ARGS.has(k));
}

// Facts as ../shared/spec/facts.md defines them: one JSON object per line.

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

export type FactType =
  | 'appointment'
  | 'resignation'
  | 'board_member'
  | 'committee_member'
  | 'position'
  | 'education'
  | 'person_attribute'
  | 'equity_transfer'
  | 'share_issue'
  | 'acquisition'
  | 'subsidiary'
  | 'listing'
  | 'auditor';

export type ArgValue = string | number | Money;

/** A fact: type, source, its arguments, evidence and confidence. */
export interface Fact {
  type: FactType;
  source: string;
  evidence: Evidence[];
  confidence: number;
  /** The extraction rule that stated it first (`appointment.passive`); output only. */
  rule?: string;
  [arg: string]: ArgValue | Evidence[] | undefined;
}

/** A fact before evidence is attached. */
export interface FactBody {
  type: FactType;
  source: string;
  [arg: string]: ArgValue | undefined;
}

/** Required arguments per type (committee is required when present in gold; see spec). */
export const REQUIRED: Record<FactType, string[]> = {
  appointment: ['person', 'organization', 'role'],
  resignation: ['person', 'organization', 'role'],
  board_member: ['person', 'organization', 'role'],
  committee_member: ['person', 'organization', 'committee', 'role'],
  position: ['person', 'organization', 'title'],
  education: ['person', 'institution'],
  person_attribute: ['person', 'attribute', 'value'],
  equity_transfer: ['transferor', 'transferee', 'target', 'percentage'],
  share_issue: ['issuer', 'kind', 'securityType', 'quantity'],
  acquisition: ['acquirer', 'target'],
  subsidiary: ['parent', 'child'],
  listing: ['organization', 'exchange', 'code'],
  auditor: ['organization', 'auditor'],
};

export const OPTIONAL: Record<FactType, string[]> = {
  appointment: ['effectiveDate', 'term'],
  resignation: ['effectiveDate', 'reason'],
  board_member: ['asOf'],
  committee_member: ['asOf'],
  position: ['startDate', 'endDate'],
  education: ['degree', 'year'],
  person_attribute: ['asOf'],
  equity_transfer: ['consideration', 'agreementDate', 'completionDate'],
  share_issue: ['price', 'subscriber', 'placingAgent', 'date', 'agreementDate', 'netProceeds'],
  acquisition: ['seller', 'percentage', 'consideration', 'date'],
  subsidiary: ['percentage'],
  listing: [],
  auditor: [],
};

/** Arguments that name an entity (person or organisation), per type. */
export const ENTITY_ARGS: Record<string, 'person' | 'organization'> = {
  person: 'person',
  organization: 'organization',
  institution: 'organization',
  transferor: 'organization',
  transferee: 'organization',
  target: 'organization',
  issuer: 'organization',
  subscriber: 'organization',
  placingAgent: 'organization',
  acquirer: 'organization',
  seller: 'organization',
  parent: 'organization',
  child: 'organization',
  auditor: 'organization',
  exchange: 'organization',
};

export function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && 'amount' in v && 'currency' in v;
}

/** Argument names of a fact, in a stable order. */
export function argNames(f: Fact): string[] {
  return Object.keys(f).filter((k) => !['type', 'source', 'evidence', 'confidence', 'rule', 'aliases', 'note'].includes(k));
}

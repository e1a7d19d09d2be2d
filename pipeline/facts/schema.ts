// The fact schema, declared once as data (as FollowTheMoney declares Directorship.yaml):
// each fact type's graph label, its required and optional arguments, whether it is an
// event or a state, how the browser draws it, what tenure it gives, and caption templates.
// Argument names mean the same in every type, so an argument's range, value type and
// relationship type in the graph are declared once too. Everything else derives from here:
// the fact types of types.ts, the loader's labels and relationship types, tenures, lookup's
// dossier lines, the browser's labels and the tables of docs/schema.md.

/** Extra labels an Organization may carry (the loader only ever writes labels from this list). */
export const ORG_LABELS = ['Company', 'University', 'Exchange', 'Auditor', 'GovernmentBody'] as const;
export type OrgLabel = (typeof ORG_LABELS)[number];

export type Range = 'person' | 'organization';

/** An argument: an entity of a range (organisations with the label the argument implies), a committee of the fact's organisation, or a value. */
export type ArgSpec =
  | { type: 'entity'; range: Range; label?: OrgLabel }
  | { type: 'committee' }
  | { type: 'text' | 'number' | 'date' | 'money' };

const person = { type: 'entity', range: 'person' } as const;
const org = { type: 'entity', range: 'organization' } as const;
const text = { type: 'text' } as const;
const num = { type: 'number' } as const;
const date = { type: 'date' } as const;
const money = { type: 'money' } as const;

export const ARGS = {
  person,
  organization: org,
  institution: { type: 'entity', range: 'organization', label: 'University' },
  transferor: org,
  transferee: org,
  target: org,
  issuer: org,
  subscriber: org,
  placingAgent: org,
  acquirer: org,
  seller: org,
  parent: org,
  child: org,
  auditor: { type: 'entity', range: 'organization', label: 'Auditor' },
  exchange: { type: 'entity', range: 'organization', label: 'Exchange' },
  committee: { type: 'committee' },
  role: text,
  title: text,
  term: text,
  reason: text,
  degree: text,
  attribute: text,
  kind: text,
  securityType: text,
  code: text,
  value: num,
  percentage: num,
  quantity: num,
  effectiveDate: date,
  asOf: date,
  startDate: date,
  endDate: date,
  year: date,
  date,
  agreementDate: date,
  completionDate: date,
  consideration: money,
  price: money,
  netProceeds: money,
} as const satisfies Record<string, ArgSpec>;

export type ArgName = keyof typeof ARGS;

/**
 * Who holds which role in which organisation from when to when (graph/tenure.ts): the
 * argument naming the role, and the dates that start it, end it, or show it held.
 * Tenures are always of the `person` in the `organization`.
 */
export interface TenureSpec {
  role: ArgName;
  starts?: ArgName;
  ends?: ArgName;
  seen?: ArgName;
  /** Only roles matching this count (positions: seats and offices, not every job title). */
  only?: RegExp;
}

export interface FactTypeSpec {
  /** The graph label of the fact node, besides `Fact`. */
  label: string;
  /** Something that happened (a node in the browser) or something that holds. */
  temporal: 'event' | 'state';
  required: readonly ArgName[];
  /** Required when present: a role in a committee is another fact than the same role on the board. */
  qualifiers?: readonly ArgName[];
  optional: readonly ArgName[];
  /** A state drawn as a relationship between two of its entities (FtM's `edge`). */
  edge?: { source: ArgName; target: ArgName };
  tenure?: TenureSpec;
  /**
   * Templates (see caption.ts): `caption` is a short label (the browser), `sentence` a whole
   * line (a dossier). `{arg}` is the argument's value, `{arg|text}` with a default,
   * `[...]` is left out when an argument in it has no value.
   */
  caption: string;
  sentence: string;
}

const SEAT = /\b(director|chairman|chairwoman|chair|vice chairman|chief executive officer|chief financial officer|chief operating officer|president|company secretary|corporate secretary|acting chief executive officer|member)\b/;

export const FACT_TYPES = {
  appointment: {
    label: 'Appointment', temporal: 'event', tenure: { role: 'role', starts: 'effectiveDate' },
    required: ['person', 'organization', 'role'], qualifiers: ['committee'], optional: ['effectiveDate', 'term'],
    caption: 'appointment: {role}[ ({committee})][ {effectiveDate}]',
    sentence: 'appointment of {person} as {role}[ of the {committee}] of {organization}[, effective {effectiveDate}]',
  },
  resignation: {
    label: 'Resignation', temporal: 'event', tenure: { role: 'role', ends: 'effectiveDate' },
    required: ['person', 'organization', 'role'], qualifiers: ['committee'], optional: ['effectiveDate', 'reason'],
    caption: 'resignation: {role}[ ({committee})][ {effectiveDate}]',
    sentence: 'resignation of {person} as {role}[ of the {committee}] of {organization}[, effective {effectiveDate}][ ({reason})]',
  },
  board_member: {
    label: 'BoardMembership', temporal: 'state', edge: { source: 'person', target: 'organization' }, tenure: { role: 'role', seen: 'asOf' },
    required: ['person', 'organization', 'role'], optional: ['asOf'],
    caption: '{role}',
    sentence: '{person}: {role} of {organization}[ as at {asOf}]',
  },
  committee_member: {
    label: 'CommitteeMembership', temporal: 'state', edge: { source: 'person', target: 'organization' }, tenure: { role: 'role', seen: 'asOf' },
    required: ['person', 'organization', 'committee', 'role'], optional: ['asOf'],
    caption: '{role}, {committee}',
    sentence: '{person}: {role} of the {committee} of {organization}',
  },
  position: {
    label: 'Position', temporal: 'state', edge: { source: 'person', target: 'organization' }, tenure: { role: 'title', starts: 'startDate', ends: 'endDate', only: SEAT },
    required: ['person', 'organization', 'title'], optional: ['startDate', 'endDate'],
    caption: '{title}',
    sentence: '{person}: {title} of {organization}[ ({startDate|?} – {endDate|})]',
  },
  education: {
    label: 'Education', temporal: 'state', edge: { source: 'person', target: 'institution' },
    required: ['person', 'institution'], optional: ['degree', 'year'],
    caption: '{degree|studied}[ {year}]',
    sentence: '{person}: [{degree}, ]{institution}[ ({year})]',
  },
  person_attribute: {
    label: 'PersonAttribute', temporal: 'state',
    required: ['person', 'attribute', 'value'], optional: ['asOf'],
    caption: '{attribute} {value}',
    sentence: '{person}: {attribute} {value}[ as at {asOf}]',
  },
  equity_transfer: {
    label: 'EquityTransfer', temporal: 'event',
    required: ['transferor', 'transferee', 'target', 'percentage'], optional: ['consideration', 'agreementDate', 'completionDate'],
    caption: 'equity transfer {percentage}%[ {agreementDate}]',
    sentence: 'equity transfer: {transferor} → {transferee}, {percentage}% of {target}[ for {consideration}][; agreementDate {agreementDate}]',
  },
  share_issue: {
    label: 'ShareIssue', temporal: 'event',
    required: ['issuer', 'kind', 'securityType', 'quantity'], optional: ['price', 'subscriber', 'placingAgent', 'date', 'agreementDate', 'netProceeds'],
    caption: '{kind} {quantity} {securityType}[ {date}]',
    sentence: 'share issue ({kind}) by {issuer}: {quantity} {securityType}s[ at {price}][ to {subscriber}][ via {placingAgent}][ on {date}][; net proceeds {netProceeds}]',
  },
  acquisition: {
    label: 'Acquisition', temporal: 'event',
    required: ['acquirer', 'target'], optional: ['seller', 'percentage', 'consideration', 'date'],
    caption: 'acquisition[ {date}]',
    sentence: 'acquisition of {target} by {acquirer}[ from {seller}][ ({percentage}%)][ for {consideration}]',
  },
  subsidiary: {
    label: 'Subsidiary', temporal: 'state', edge: { source: 'child', target: 'parent' },
    required: ['parent', 'child'], optional: ['percentage'],
    caption: 'subsidiary',
    sentence: '{child} is a subsidiary of {parent}[ ({percentage}%)]',
  },
  listing: {
    label: 'Listing', temporal: 'state', edge: { source: 'organization', target: 'exchange' },
    required: ['organization', 'exchange', 'code'], optional: [],
    caption: 'listed {code}',
    sentence: '{organization} is listed on {exchange} as {code}',
  },
  auditor: {
    label: 'AuditorEngagement', temporal: 'state', edge: { source: 'auditor', target: 'organization' },
    required: ['organization', 'auditor'], optional: [],
    caption: 'auditor',
    sentence: '{auditor} audits {organization}',
  },
} as const satisfies Record<string, FactTypeSpec>;

export type FactType = keyof typeof FACT_TYPES;

export const FACT_TYPE_NAMES = Object.keys(FACT_TYPES) as FactType[];

export function factSpec(type: string): FactTypeSpec | undefined {
  return (FACT_TYPES as Record<string, FactTypeSpec>)[type];
}

export function argSpec(name: string): ArgSpec | undefined {
  return (ARGS as Record<string, ArgSpec>)[name];
}

/** The entity range of an argument, or undefined for values. */
export function rangeOf(name: string): Range | undefined {
  const a = argSpec(name);
  return a?.type === 'entity' ? a.range : undefined;
}

/** The label an organisation gets from the argument that names it. */
export function orgLabelOf(name: string): OrgLabel {
  const a = argSpec(name);
  return (a?.type === 'entity' && a.label) || 'Company';
}

/** Every argument of a type: required, qualifiers, optional. */
export function argsOf(type: FactType): ArgName[] {
  const s: FactTypeSpec = FACT_TYPES[type];
  return [...s.required, ...(s.qualifiers ?? []), ...s.optional];
}

/** The relationship type from a fact to the entity an argument names, derived as FtM's Neo4j export does (`placingAgent` -> `PLACING_AGENT`). */
export function relType(arg: string): string {
  return arg.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Entity arguments and their relationship types, in declaration order. */
export const ENTITY_RELS: ReadonlyArray<{ arg: ArgName; range: Range; rel: string }> = (Object.keys(ARGS) as ArgName[]).flatMap((arg) => {
  const r = rangeOf(arg);
  return r ? [{ arg, range: r, rel: relType(arg) }] : [];
});

/** Fact labels, fixed: the loader writes no other. */
export const FACT_LABELS = Object.fromEntries(FACT_TYPE_NAMES.map((t) => [t, FACT_TYPES[t].label])) as Record<FactType, string>;

// The schema checks itself when loaded, as FtM's model does: a mistake here fails every test at once.
for (const [type, spec] of Object.entries(FACT_TYPES) as Array<[FactType, FactTypeSpec]>) {
  const args = new Set<string>(argsOf(type));
  for (const a of args) if (!argSpec(a)) throw new Error(`schema: ${type} has an undeclared argument ${a}`);
  if (spec.edge && !(rangeOf(spec.edge.source) && rangeOf(spec.edge.target) && args.has(spec.edge.source) && args.has(spec.edge.target))) throw new Error(`schema: ${type}'s edge must join two of its entity arguments`);
  if (spec.tenure) {
    const t = spec.tenure;
    if (!args.has('person') || !args.has('organization')) throw new Error(`schema: ${type} gives a tenure, so it needs person and organization`);
    for (const a of [t.role, t.starts, t.ends, t.seen]) if (a && !args.has(a)) throw new Error(`schema: ${type}'s tenure names ${a}, not one of its arguments`);
  }
  if (args.has('committee') && !args.has('organization')) throw new Error(`schema: ${type} has a committee, so it needs the organization it belongs to`);
  for (const tpl of [spec.caption, spec.sentence]) {
    for (const m of tpl.matchAll(/\{(\w+)/g)) if (!args.has(m[1])) throw new Error(`schema: ${type}'s template names ${m[1]}, not one of its arguments`);
  }
}
if (new Set(Object.values(FACT_LABELS)).size !== FACT_TYPE_NAMES.length) throw new Error('schema: two fact types share a label');

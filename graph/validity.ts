// When a fact holds, at the precision the text gives. Dates are ISO strings of any precision
// ("2012", "2016-12", "2026-03-25"); a date D is compared with a bound at the bound's own
// precision, so "from 2008 to 2015" covers every day of 2008 through 2015.
//
// The rules (docs/browser.md says them for readers):
// - A period the text states (startDate, endDate, year) is used as stated, both ends inclusive.
// - A state stated without a start ("is currently", "as at the date of this announcement")
//   holds from the announcement's date (or its asOf) on, as far as we know: never before.
// - A past state with an end and no start is known only within its end's period.
// - An event (appointment, transfer, issue) is shown from its date on: it has happened by D.
//   Undated, it is dated by its announcement.
// - A role's tenure joins its appointment, composition statements and resignation: it opens
//   at the first start or known date, and a resignation "with effect from D" closes it before D.

export interface Period {
  /** First date held; null when the text gives none. */
  from: string | null;
  /** Last date held (inclusive) or first date no longer held (exclusive), as `toExclusive` says. */
  to: string | null;
  toExclusive: boolean;
  /** The start was not stated: the period is known only from `from` (a statement's date, or its end). */
  startUnknown: boolean;
  /** Fact ids this period rests on. */
  facts: string[];
}

/** Minimal fact shape these rules read (a Fact node's properties). */
export interface DatedFact {
  id: string;
  type: string;
  [k: string]: unknown;
}

export const EVENT_TYPES = new Set(['appointment', 'resignation', 'equity_transfer', 'share_issue', 'acquisition']);
/** Facts that make up a person's role in an organisation (one tenure per role and committee). */
export const ROLE_TYPES = new Set(['appointment', 'resignation', 'board_member', 'committee_member', 'position']);

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** D is on or after the bound, compared at the bound's precision. */
export function onOrAfter(d: string, bound: string): boolean {
  return d.slice(0, bound.length) >= bound;
}

/** D is on or before the bound (inclusive), at the bound's precision. */
export function onOrBefore(d: string, bound: string): boolean {
  return d.slice(0, bound.length) <= bound;
}

export function holdsOn(p: Period, d: string): boolean {
  if (p.from === null) return false;
  if (!onOrAfter(d, p.from)) return false;
  if (p.to === null) return true;
  return p.toExclusive ? !onOrAfter(d, p.to) : onOrBefore(d, p.to);
}

/** The date an event took place, or its announcement's date when the text gives none. */
export function eventDate(f: DatedFact, announced: string | null): string | null {
  return str(f.effectiveDate) ?? str(f.date) ?? str(f.completionDate) ?? str(f.agreementDate) ?? announced;
}

/** An event is shown on D once it has happened. */
export function happenedBy(f: DatedFact, announced: string | null, d: string): boolean {
  const at = eventDate(f, announced);
  return at !== null && onOrAfter(d, at);
}

/** The period of a state fact that stands alone (education, subsidiary, listing, auditor, attribute). */
export function statePeriod(f: DatedFact, announced: string | null): Period {
  const from = f.type === 'education' ? str(f.year) ?? announced : str(f.asOf) ?? announced;
  return { from, to: null, toExclusive: false, startUnknown: f.type !== 'education' || !str(f.year), facts: [f.id] };
}

/** The role a role fact is about: a tenure per role (or title) and committee. */
export function roleKey(f: DatedFact): string {
  return `${String(f.role ?? f.title ?? '').toLowerCase()}\u0000${String(f.committee ?? '').toLowerCase()}`;
}

interface Point {
  date: string;
  kind: 'start' | 'known' | 'end';
  exclusive: boolean;
  fact: string;
}

// Order on one day: a start or a statement before an end, so "appointed and resigned on D" is empty.
const ORDER = { start: 0, known: 1, end: 2 } as const;

function points(f: DatedFact, announced: string | null): Point[] {
  const p = (date: string | null, kind: Point['kind'], exclusive = false): Point[] => (date ? [{ date, kind, exclusive, fact: f.id }] : []);
  switch (f.type) {
    case 'appointment':
      return p(eventDate(f, announced), 'start');
    case 'resignation': {
      const at = eventDate(f, announced);
      // Announced before it takes effect: the role was still held on the announcement's date.
      const known = announced && at && announced < at ? p(announced, 'known') : [];
      return [...known, ...p(at, 'end', true)];
    }
    case 'board_member':
    case 'committee_member':
      return p(str(f.asOf) ?? announced, 'known');
    case 'position': {
      const start = str(f.startDate);
      const end = str(f.endDate);
      if (!start && !end) return p(announced, 'known');
      return [...p(start, 'start'), ...p(end, 'end')];
    }
    default:
      return [];
  }
}

/** Tenures of one role from its facts: a sweep over starts, statements and ends in date order. */
export function rolePeriods(facts: DatedFact[], announced: (f: DatedFact) => string | null): Period[] {
  const pts = facts.flatMap((f) => points(f, announced(f)));
  pts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : ORDER[a.kind] - ORDER[b.kind]));
  const out: Period[] = [];
  let open: Period | null = null;
  for (const pt of pts) {
    if (pt.kind !== 'end') {
      if (!open) open = { from: pt.date, to: null, toExclusive: false, startUnknown: pt.kind === 'known', facts: [] };
      open.facts.push(pt.fact);
      continue;
    }
    if (open) {
      open.to = pt.date;
      open.toExclusive = pt.exclusive;
      open.facts.push(pt.fact);
      out.push(open);
      open = null;
    } else {
      // An end with nothing before it: known within its own period (an inclusive end), or not at all.
      out.push({ from: pt.exclusive ? null : pt.date, to: pt.date, toExclusive: pt.exclusive, startUnknown: true, facts: [pt.fact] });
    }
  }
  if (open) out.push(open);
  // A fact with no date at all (no announcement date either) still has a period, undated.
  const dated = new Set(out.flatMap((p) => p.facts));
  const undated = facts.filter((f) => !dated.has(f.id) && f.type !== 'resignation');
  if (undated.length) out.push({ from: null, to: null, toExclusive: false, startUnknown: true, facts: undated.map((f) => f.id) });
  for (const p of out) p.facts = [...new Set(p.facts)].sort();
  return out;
}

/** "2008 – 2015", "since 2019-05-10", "as at 2019-05-10", "until 2015": a period for reading. */
export function describePeriod(p: Period): string {
  if (p.from === null && p.to === null) return 'date not stated';
  if (p.from === null) return `until ${p.to}`;
  if (p.to === null) return p.startUnknown ? `as at ${p.from}` : `since ${p.from}`;
  if (p.startUnknown && p.from === p.to) return `in ${p.to}`;
  return `${p.startUnknown ? 'as at ' : ''}${p.from} – ${p.to}`;
}

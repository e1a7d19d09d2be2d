// The browser's graph of an entity (and the entities expanded around it) on a date, or on
// all dates: people and organisations as nodes; a person's roles in an organisation as one
// relationship; events of one kind between the same two entities as one relationship
// ("3 appointments"), events of three or more parties as a node. On a date D only what holds
// on D is drawn, by the rules of validity.ts.
import type { Driver } from 'neo4j-driver';
import { argOf, factsAround, type FactAround } from './around.ts';
import { EVENT_TYPES, happenedBy, holdsOn, rolePeriods, roleKey, statePeriod, describePeriod, eventDate, type Period } from './validity.ts';
import { countLabel } from './sentences.ts';

export type Category = 'role' | 'education' | 'appointment' | 'resignation' | 'equity_transfer' | 'share_issue' | 'acquisition' | 'subsidiary' | 'listing' | 'auditor';
export const CATEGORIES: Category[] = ['role', 'education', 'appointment', 'resignation', 'equity_transfer', 'share_issue', 'acquisition', 'subsidiary', 'listing', 'auditor'];

export interface ViewNode {
  id: string;
  label: string;
  kind: 'person' | 'organization' | 'event';
  category?: Category;
  factIds?: string[];
  title?: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  /** Short enough to read on the drawing; `title` has everything. */
  label: string;
  title: string;
  category: Category;
  count: number;
  factIds: string[];
  /** The label only names the kind, which the colour says too: drawn on hover only. */
  quiet?: boolean;
}

export interface View {
  keys: string[];
  date: string | null;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Facts left out on the date because nothing dates them. */
  undated: number;
}

// Titles analysts read at a glance; the panel always gives them in full.
const SHORT: Record<string, string> = {
  'independent non-executive director': 'INED',
  'non-executive director': 'NED',
  'executive director': 'ED',
  'chief executive officer': 'CEO',
  'chief financial officer': 'CFO',
  'chief operating officer': 'COO',
  'acting chief executive officer': 'acting CEO',
};
const MAX_LABEL = 30;

export function shortRole(role: string, committee?: unknown): string {
  const r = SHORT[role.toLowerCase()] ?? role;
  return committee ? `${r}, ${String(committee).replace(/\s+Committee$/i, ' Cttee')}` : r;
}

/** One label for several readings: all of them when short, else their count. */
function labelOf(parts: string[], kind: Category): string {
  const text = [...new Set(parts)].join(' · ');
  return text.length <= MAX_LABEL ? text : countLabel(kind, parts.length);
}

const ORDER = ['PERSON', 'ACQUIRER', 'TRANSFEROR', 'ISSUER', 'PARENT', 'AUDITOR', 'ORGANIZATION', 'INSTITUTION', 'TARGET', 'TRANSFEREE', 'SELLER', 'SUBSCRIBER', 'PLACING_AGENT', 'CHILD', 'EXCHANGE'];
const rank = (rel: string) => (ORDER.indexOf(rel) + 100) % 100;

export function eventShort(f: FactAround): string {
  const p = f.fact;
  switch (p.type) {
    case 'appointment':
      return `appointed ${shortRole(String(p.role), p.committee)}`;
    case 'resignation':
      return `resigned ${shortRole(String(p.role), p.committee)}`;
    case 'equity_transfer':
      return `transfer ${p.percentage}%`;
    case 'share_issue':
      return String(p.kind ?? 'share issue').replace(/_/g, '-');
    default:
      return countLabel(String(p.type), 1);
  }
}

export async function view(driver: Driver, keys: string[], date: string | null, database?: string): Promise<View> {
  return buildView(await factsAround(driver, keys, database), keys, date);
}

export function buildView(facts: FactAround[], keys: string[], date: string | null): View {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  let undated = 0;
  const entity = (a: { key: string; name: string; person: boolean }) => {
    if (!nodes.has(a.key)) nodes.set(a.key, { id: a.key, label: a.name, kind: a.person ? 'person' : 'organization' });
  };
  // Several readings may fall on one relationship (two roles in one company): collected, then labelled.
  const readings = new Map<string, { parts: string[]; titles: string[] }>();
  const edge = (id: string, source: string, target: string, category: Category, label: string, title: string, factIds: string[]) => {
    const e = edges.get(id) ?? { id, source, target, label, title, category, count: 0, factIds: [] };
    const r = readings.get(id) ?? { parts: [], titles: [] };
    r.parts.push(label);
    r.titles.push(title);
    e.factIds = [...new Set([...e.factIds, ...factIds])];
    edges.set(id, e);
    readings.set(id, r);
  };
  const byId = new Map(facts.map((f) => [f.fact.id, f]));
  const announcedOf = (id: string) => byId.get(id)?.announced ?? null;
  const shown = (p: Period) => date === null || holdsOn(p, date);

  // Roles: one tenure per (person, organisation, role, committee).
  const roles = new Map<string, FactAround[]>();
  for (const f of facts) {
    if (!['board_member', 'committee_member', 'position', 'appointment', 'resignation'].includes(f.fact.type)) continue;
    const person = argOf(f, 'PERSON');
    const org = argOf(f, 'ORGANIZATION');
    if (!person || !org) continue;
    const k = `${person.key}|${org.key}|${roleKey(f.fact)}`;
    roles.set(k, [...(roles.get(k) ?? []), f]);
  }
  for (const group of roles.values()) {
    const person = argOf(group[0], 'PERSON')!;
    const org = argOf(group[0], 'ORGANIZATION')!;
    const f0 = group.find((g) => g.fact.type !== 'resignation' && g.fact.type !== 'appointment')?.fact ?? group[0].fact;
    const role = String(f0.role ?? f0.title ?? '');
    for (const p of rolePeriods(group.map((g) => g.fact), (f) => announcedOf(f.id))) {
      if (date !== null && p.from === null && p.to === null) undated++;
      if (!shown(p)) continue;
      entity(person);
      entity(org);
      const full = `${role}${f0.committee ? `, ${f0.committee}` : ''} (${describePeriod(p)})`;
      edge(`${person.key}|${org.key}|role`, person.key, org.key, 'role', shortRole(role, f0.committee), full, p.facts);
    }
  }

  for (const f of facts) {
    const t = f.fact.type;
    if (t === 'person_attribute') continue;
    if (EVENT_TYPES.has(t)) {
      if (date !== null && eventDate(f.fact, f.announced) === null) undated++;
      if (date !== null && !happenedBy(f.fact, f.announced, date)) continue;
      continue; // drawn below, grouped
    }
    if (['board_member', 'committee_member', 'position'].includes(t)) continue;
    const p = statePeriod(f.fact, f.announced);
    if (date !== null && p.from === null) undated++;
    if (!shown(p)) continue;
    const [a, b] = [...f.args].sort((x, y) => rank(x.rel) - rank(y.rel));
    if (!a || !b) continue;
    entity(a);
    entity(b);
    const cat = t as Category;
    const label = t === 'education' ? String(f.fact.degree ?? 'studied') + (f.fact.year ? ` ${f.fact.year}` : '') : t === 'listing' ? `listed ${f.fact.code ?? ''}`.trim() : countLabel(t, 1);
    edge(`${a.key}|${b.key}|${t}`, a.key, b.key, cat, label, `${label} (${describePeriod(p)})`, [f.fact.id]);
  }

  // Events: grouped by kind and the set of entities they name.
  const groups = new Map<string, FactAround[]>();
  for (const f of facts) {
    if (!EVENT_TYPES.has(f.fact.type)) continue;
    if (date !== null && !happenedBy(f.fact, f.announced, date)) continue;
    const k = `${f.fact.type}|${[...new Set(f.args.map((a) => a.key))].sort().join('|')}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  for (const [k, group] of groups) {
    const type = group[0].fact.type as Category;
    const parties = [...new Map([...group[0].args].sort((x, y) => rank(x.rel) - rank(y.rel)).map((a) => [a.key, a])).values()];
    parties.forEach(entity);
    const ids = group.map((g) => g.fact.id);
    const singles = group.map(eventShort);
    const label = group.length === 1 && singles[0].length <= MAX_LABEL ? singles[0] : countLabel(type, group.length);
    const title = group.map((g) => `${eventShort(g)} ${eventDate(g.fact, g.announced) ?? ''}`.trim()).join('; ');
    if (parties.length === 2) {
      edges.set(`${k}|event`, { id: `${k}|event`, source: parties[0].key, target: parties[1].key, label, title, category: type, count: group.length, factIds: ids });
      continue;
    }
    const nid = `group:${k}`;
    nodes.set(nid, { id: nid, label, kind: 'event', category: type, factIds: ids, title });
    for (const a of group[0].args) {
      const id = `${nid}|${a.key}|${a.rel}`;
      const rel = a.rel.toLowerCase().replace(/_/g, ' ');
      edges.set(id, { id, source: nid, target: a.key, label: rel, title: rel, category: type, count: group.length, factIds: ids, quiet: true });
    }
  }

  for (const [id, r] of readings) {
    const e = edges.get(id)!;
    e.label = labelOf(r.parts, e.category);
    e.title = [...new Set(r.titles)].join('; ');
    e.count = new Set(r.parts).size;
    if (e.label === countLabel(e.category, 1)) e.quiet = true;
  }
  // The entities asked for are drawn even when nothing is shown around them on the date.
  for (const k of keys) if (!nodes.has(k)) {
    const a = facts.flatMap((f) => f.args).find((x) => x.key === k);
    if (a) entity(a);
  }
  return { keys, date, nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)), undated };
}

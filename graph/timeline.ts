// A timeline of a person or a company: one row per role held (a person's in each
// organisation, or each person's in the company: who sat on the board when), bars for the
// periods by the rules of validity.ts, marks for events and degrees, every bar and mark
// carrying the ids of the facts it rests on, with their citations.
import type { Driver } from 'neo4j-driver';
import { argOf, factsAround, type FactAround } from './around.ts';
import { describePeriod, eventDate, EVENT_TYPES, roleKey, rolePeriods } from './validity.ts';
import { factDetails, type FactDetail } from './facts.ts';
import { eventShort } from './view.ts';
import { KIND_NAMES } from './sentences.ts';

export interface Bar {
  from: string | null;
  to: string | null;
  toExclusive: boolean;
  startUnknown: boolean;
  period: string;
  factIds: string[];
}

export interface Mark {
  at: string;
  label: string;
  category: string;
  factIds: string[];
}

export interface TimelineRow {
  id: string;
  /** The other entity of the row (organisation for a person, person for a company), if any. */
  key: string | null;
  name: string;
  label: string;
  bars: Bar[];
  marks: Mark[];
}

export interface Timeline {
  key: string;
  name: string;
  kind: 'person' | 'organization';
  rows: TimelineRow[];
  /** Facts with nothing that dates them, left off the axis. */
  undated: string[];
  facts: Record<string, FactDetail>;
}

const first = (r: TimelineRow): string => [...r.bars.map((b) => b.from ?? b.to ?? ''), ...r.marks.map((m) => m.at)].filter(Boolean).sort()[0] ?? '9999';

export async function timeline(driver: Driver, key: string, database?: string): Promise<Timeline | null> {
  const facts = await factsAround(driver, [key], database);
  const me = facts.flatMap((f) => f.args).find((a) => a.key === key);
  if (!me) return null;
  const rows = new Map<string, TimelineRow>();
  const undated: string[] = [];
  const row = (id: string, other: { key: string; name: string } | null, label: string) => {
    const r = rows.get(id) ?? { id, key: other?.key ?? null, name: other?.name ?? '', label, bars: [], marks: [] };
    rows.set(id, r);
    return r;
  };
  const mark = (r: TimelineRow, f: FactAround, at: string | null, label: string) => {
    if (at) r.marks.push({ at, label, category: f.fact.type, factIds: [f.fact.id] });
    else undated.push(f.fact.id);
  };

  const roles = new Map<string, FactAround[]>();
  for (const f of facts) {
    const person = argOf(f, 'PERSON');
    const org = argOf(f, 'ORGANIZATION');
    if (!['board_member', 'committee_member', 'position', 'appointment', 'resignation'].includes(f.fact.type) || !person || !org) continue;
    const k = `${person.key}|${org.key}|${roleKey(f.fact)}`;
    roles.set(k, [...(roles.get(k) ?? []), f]);
  }
  for (const [k, group] of roles) {
    const person = argOf(group[0], 'PERSON')!;
    const org = argOf(group[0], 'ORGANIZATION')!;
    const other = me.person ? org : person;
    const f0 = group.find((g) => !EVENT_TYPES.has(g.fact.type))?.fact ?? group[0].fact;
    const role = `${f0.role ?? f0.title ?? ''}${f0.committee ? `, ${f0.committee}` : ''}`;
    const r = row(k, other, role);
    for (const p of rolePeriods(group.map((g) => g.fact), (f) => group.find((g) => g.fact.id === f.id)?.announced ?? null)) {
      if (p.from === null && p.to === null) undated.push(...p.facts);
      else r.bars.push({ from: p.from, to: p.to, toExclusive: p.toExclusive, startUnknown: p.startUnknown, period: describePeriod(p), factIds: p.facts });
    }
    for (const g of group) if (EVENT_TYPES.has(g.fact.type)) mark(r, g, eventDate(g.fact, g.announced), eventShort(g));
  }

  for (const f of facts) {
    const t = f.fact.type;
    if (t === 'education' && me.person) {
      const inst = argOf(f, 'INSTITUTION');
      if (inst) mark(row(`${inst.key}|education|${f.fact.degree ?? ''}`, inst, String(f.fact.degree ?? 'studied')), f, (f.fact.year as string | undefined) ?? f.announced, `${f.fact.degree ?? 'studied'}`);
    } else if (EVENT_TYPES.has(t) && t !== 'appointment' && t !== 'resignation') {
      mark(row(`events|${t}`, null, KIND_NAMES[t]?.[1] ?? t), f, eventDate(f.fact, f.announced), eventShort(f));
    }
  }

  const ids = [...new Set([...[...rows.values()].flatMap((r) => [...r.bars.flatMap((b) => b.factIds), ...r.marks.flatMap((m) => m.factIds)]), ...undated])];
  const details = ids.length ? await factDetails(driver, ids, database) : [];
  const list = [...rows.values()].filter((r) => r.bars.length || r.marks.length);
  for (const r of list) r.marks.sort((a, b) => a.at.localeCompare(b.at));
  // Rows of one entity together, entities in order of their first date, rows likewise.
  const since = new Map<string, string>();
  for (const r of list) {
    const k = r.key ?? '';
    if (!since.has(k) || first(r) < since.get(k)!) since.set(k, first(r));
  }
  const groupOf = (r: TimelineRow) => (r.key === null ? '~' : `${since.get(r.key)}|${r.key}`);
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  list.sort((a, b) => cmp(groupOf(a), groupOf(b)) || cmp(first(a), first(b)) || cmp(a.label, b.label));
  return { key, name: me.name, kind: me.person ? 'person' : 'organization', rows: list, undated: [...new Set(undated)], facts: Object.fromEntries(details.map((d) => [d.id, d])) };
}

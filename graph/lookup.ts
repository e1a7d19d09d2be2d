// Due-diligence lookup: find an entity through the full-text index (honorifics, case,
// "Co., Ltd." vs "Company Limited" and aliases tolerated), then a dossier in which every
// line carries its citation: file, announcement, paragraph and the quoted words.
import type { Driver } from 'neo4j-driver';
import { fold, orgKey, personKey, stripHonorific } from '../pipeline/text/normalize.ts';
import { ENTITY_RELS, factSpec, type FactType } from '../pipeline/facts/schema.ts';
import { sentence, valuesOf } from '../pipeline/facts/caption.ts';
import { entityByKey, evidenceOfFacts, factsAround, searchEntities } from './read.ts';
import { sourceLink } from './facts.ts';

export interface Candidate {
  key: string;
  name: string;
  labels: string[];
  aliases: string[];
  score: number;
}

export interface Citation {
  paragraphId: string;
  file: string;
  announcement: string | null;
  paragraph: number;
  page: number | null;
  quote: string;
  start: number;
  end: number;
}

export interface DossierLine {
  kind: 'role' | 'position' | 'event' | 'fact';
  text: string;
  factId: string;
  type: string;
  related: string[];
  citations: Citation[];
}

export interface Dossier {
  entity: Candidate & { codes: string[] };
  /** The entity's view in `kg serve`. */
  link: string;
  roles: DossierLine[];
  events: DossierLine[];
  facts: DossierLine[];
  connected: Array<{ name: string; labels: string[]; via: string[] }>;
}

const LEGAL_NOISE = new Set(['co', 'ltd', 'limited', 'company', 'corporation', 'corp', 'inc', 'the', 'plc', 'llc', 'mr', 'ms', 'mrs', 'dr']);

/** Words of a name that take part in a search: no name is longer, and Lucene refuses queries of over 1,024 clauses. */
export const MAX_NAME_WORDS = 32;

/** A Lucene query for a name: its words, all required, legal forms and honorifics dropped, each word escaped. */
export function luceneQuery(name: string): string {
  const words = fold(stripHonorific(name.slice(0, 2000)))
    .split(' ')
    .filter((w) => w && !LEGAL_NOISE.has(w))
    .slice(0, MAX_NAME_WORDS);
  const esc = (w: string) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
  return words.length ? words.map((w) => `+${esc(w)}`).join(' ') : `"${esc(fold(name.slice(0, 200)))}"`;
}

/** Entities whose names match, best first; `label` keeps only those with that label (Person, Organization). */
export async function findEntities(driver: Driver, name: string, database?: string, label?: string): Promise<Candidate[]> {
  const candidates: Candidate[] = (await searchEntities(driver, luceneQuery(name), database))
    .map(({ key, name, labels, aliases, score }) => ({ key, name, labels, aliases, score }))
    .filter((c) => !label || c.labels.includes(label));
  // Exact names first: the same name with another spelling of its legal form, or an alias.
  const exact = candidates.filter((c) => isExact(c, name));
  return [...exact, ...candidates.filter((c) => !exact.includes(c))];
}

/** The candidate is the name asked for: same key (legal forms folded), same folded name, or an alias. */
function isExact(c: Candidate, name: string): boolean {
  const bare = stripHonorific(name);
  return c.key === orgKey(bare) || c.key === personKey(bare) || fold(c.name) === fold(bare) || c.aliases.some((a) => fold(a) === fold(bare));
}

/** The one entity a name means, or the candidates when it is ambiguous. */
export async function resolveEntity(driver: Driver, name: string, database?: string, label?: string): Promise<{ entity?: Candidate; candidates: Candidate[] }> {
  const candidates = await findEntities(driver, name, database, label);
  if (!candidates.length) return { candidates };
  const bare = stripHonorific(name);
  const exact = candidates.filter((c) => isExact(c, name));
  if (exact.length === 1) return { entity: exact[0], candidates };
  if (exact.length > 1) return { candidates: exact };
  // No exact name: one candidate is an answer; several that all contain the words asked for are a question back.
  const words = fold(bare).split(' ').filter((w) => w && !LEGAL_NOISE.has(w));
  const containing = candidates.filter((c) => words.every((w) => fold(c.name).split(' ').includes(w) || c.aliases.some((a) => fold(a).split(' ').includes(w))));
  if (containing.length > 1) return { candidates: containing };
  if (candidates.length === 1 || candidates[0].score > (candidates[1]?.score ?? 0) * 1.5) return { entity: candidates[0], candidates };
  return { candidates };
}

const ARG_OF_REL = new Map<string, string>(ENTITY_RELS.map((r) => [r.rel, r.arg]));

/** Where a fact goes in a dossier: events, roles (types that give a tenure; positions have a start and end of their own), other facts. */
function kindOf(type: string): DossierLine['kind'] {
  const spec = factSpec(type);
  if (!spec) return 'fact';
  if (spec.temporal === 'event') return 'event';
  if (spec.tenure) return spec.tenure.starts ? 'position' : 'role';
  return 'fact';
}

export async function dossier(driver: Driver, key: string, database?: string): Promise<Dossier> {
  const entity = await entityByKey(driver, key, database);
  if (!entity) throw new Error(`no entity with key ${key}`);
  // In date order: the first date a fact states.
  const when = (f: Record<string, unknown>) => String(f.effectiveDate ?? f.startDate ?? f.date ?? f.agreementDate ?? f.asOf ?? '');
  const facts = (await factsAround(driver, [key], database)).sort((a, b) => when(a.fact).localeCompare(when(b.fact)) || a.fact.type.localeCompare(b.fact.type));
  const evidence = await evidenceOfFacts(driver, facts.map((r) => String(r.fact.id)), database);
  const roles: DossierLine[] = [];
  const events: DossierLine[] = [];
  const other: DossierLine[] = [];
  const connected = new Map<string, { name: string; labels: string[]; via: Set<string> }>();
  for (const { fact: f, args } of facts) {
    const byArg: Record<string, string> = {};
    for (const a of args) byArg[ARG_OF_REL.get(a.rel) ?? a.rel] = a.name;
    const type = String(f.type);
    const kind = kindOf(type);
    const line: DossierLine = {
      kind,
      text: factSpec(type) ? sentence(type, valuesOf(type as FactType, f, byArg)) : type,
      factId: String(f.id),
      type,
      related: args.filter((a) => a.key !== key).map((a) => a.name),
      citations: (evidence.get(String(f.id)) ?? []).map((e) => ({ paragraphId: e.paragraphId, file: e.file, announcement: e.announcement, paragraph: e.paragraph, page: e.page, quote: e.quote, start: e.start, end: e.end })),
    };
    (kind === 'event' ? events : kind === 'fact' ? other : roles).push(line);
    for (const a of args) {
      if (a.key === key) continue;
      const c = connected.get(a.key) ?? { name: a.name, labels: a.labels, via: new Set<string>() };
      c.via.add(type);
      connected.set(a.key, c);
    }
  }
  return {
    entity: { ...entity, score: 1 },
    link: viewLink(entity.key),
    roles,
    events,
    facts: other,
    connected: [...connected.values()].map((c) => ({ name: c.name, labels: c.labels, via: [...c.via] })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Where `kg serve` runs: KG_SERVE_URL, else 127.0.0.1 on KG_SERVE_PORT or 7070. */
export function serveBase(env: NodeJS.ProcessEnv = process.env): string {
  return (env.KG_SERVE_URL || `http://127.0.0.1:${env.KG_SERVE_PORT || 7070}`).replace(/\/+$/, '');
}

/** The link to an entity's view in `kg serve` (optionally on a date). */
export function viewLink(key: string, date?: string | null, base = serveBase()): string {
  return `${base}/?e=${encodeURIComponent(key)}${date ? `&date=${encodeURIComponent(date)}` : ''}`;
}

/** The link to the source paragraph view of a citation. */
export function citationLink(c: Pick<Citation, 'paragraphId' | 'start' | 'end'>, base = serveBase()): string {
  return `${base}${sourceLink(c)}`;
}

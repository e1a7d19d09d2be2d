// Due-diligence lookup: find an entity through the full-text index (honorifics, case,
// "Co., Ltd." vs "Company Limited" and aliases tolerated), then a dossier in which every
// line carries its citation: file, announcement, paragraph and the quoted words.
import type { Driver } from 'neo4j-driver';
import { fold, orgKey, personKey, stripHonorific } from '../pipeline/text/normalize.ts';
import { ENTITY_RELS, factSpec, type FactType } from '../pipeline/facts/schema.ts';
import { sentence, valuesOf } from '../pipeline/facts/caption.ts';

export interface Candidate {
  key: string;
  name: string;
  labels: string[];
  aliases: string[];
  score: number;
}

export interface Citation {
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
  roles: DossierLine[];
  events: DossierLine[];
  facts: DossierLine[];
  connected: Array<{ name: string; labels: string[]; via: string[] }>;
}

const LEGAL_NOISE = new Set(['co', 'ltd', 'limited', 'company', 'corporation', 'corp', 'inc', 'the', 'plc', 'llc', 'mr', 'ms', 'mrs', 'dr']);

/** A Lucene query for a name: its words, all required, legal forms and honorifics dropped, each word escaped. */
export function luceneQuery(name: string): string {
  const words = fold(stripHonorific(name)).split(' ').filter((w) => w && !LEGAL_NOISE.has(w));
  const esc = (w: string) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
  return words.length ? words.map((w) => `+${esc(w)}`).join(' ') : `"${esc(fold(name))}"`;
}

export async function findEntities(driver: Driver, name: string, database?: string): Promise<Candidate[]> {
  const q = luceneQuery(name);
  const res = await driver.executeQuery(
    `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
     RETURN node.key AS key, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'] AS labels, coalesce(node.aliases, []) AS aliases, score
     ORDER BY score DESC LIMIT 20`,
    { q },
    { database, routing: 'READ' },
  );
  const candidates: Candidate[] = res.records.map((r) => ({ key: r.get('key'), name: r.get('name'), labels: r.get('labels'), aliases: r.get('aliases'), score: r.get('score') as number }));
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
export async function resolveEntity(driver: Driver, name: string, database?: string): Promise<{ entity?: Candidate; candidates: Candidate[] }> {
  const candidates = await findEntities(driver, name, database);
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
  const e = await driver.executeQuery(
    `MATCH (e:Entity {key: $key}) RETURN e.key AS key, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'] AS labels, coalesce(e.aliases, []) AS aliases, coalesce(e.codes, []) AS codes`,
    { key },
    { database, routing: 'READ' },
  );
  const rec = e.records[0];
  if (!rec) throw new Error(`no entity with key ${key}`);
  const facts = await driver.executeQuery(
    `MATCH (e:Entity {key: $key})<--(f:Fact)
     WITH DISTINCT f
     MATCH (f)-[r]->(x:Entity)
     WITH f, collect({rel: type(r), name: x.name, key: x.key, labels: [l IN labels(x) WHERE l <> 'Entity']}) AS args
     OPTIONAL MATCH (f)-[s:STATED_IN]->(p:Paragraph)
     OPTIONAL MATCH (d:Document {id: p.documentId})
     OPTIONAL MATCH (a:Announcement {id: p.announcementId})
     WITH f, args, collect(CASE WHEN p IS NULL THEN NULL ELSE {file: d.name, announcement: a.title, paragraph: p.ordinal, page: p.page, quote: s.quote, start: s.start, end: s.end} END) AS cites
     RETURN properties(f) AS f, args, cites
     ORDER BY coalesce(f.effectiveDate, f.startDate, f.date, f.agreementDate, f.asOf, ''), f.type`,
    { key },
    { database, routing: 'READ' },
  );
  const roles: DossierLine[] = [];
  const events: DossierLine[] = [];
  const other: DossierLine[] = [];
  const connected = new Map<string, { name: string; labels: string[]; via: Set<string> }>();
  for (const r of facts.records) {
    const f = r.get('f') as Record<string, unknown>;
    const args = r.get('args') as Array<{ rel: string; name: string; key: string; labels: string[] }>;
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
      citations: (r.get('cites') as Citation[]).filter(Boolean),
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
    entity: { key: rec.get('key'), name: rec.get('name'), labels: rec.get('labels'), aliases: rec.get('aliases'), codes: rec.get('codes'), score: 1 },
    roles,
    events,
    facts: other,
    connected: [...connected.values()].map((c) => ({ name: c.name, labels: c.labels, via: [...c.via] })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export function formatDossier(d: Dossier): string {
  const out: string[] = [];
  out.push(`${d.entity.name}  [${d.entity.labels.join(', ')}]`);
  if (d.entity.aliases.length) out.push(`  also known as: ${d.entity.aliases.join('; ')}`);
  if (d.entity.codes.length) out.push(`  codes: ${d.entity.codes.join('; ')}`);
  const cite = (c: Citation) => `      [${c.file}${c.announcement ? ` § ${c.announcement.slice(0, 70)}` : ''} ¶${c.paragraph}${c.page ? ` p.${c.page}` : ''} @${c.start}-${c.end}] “${c.quote}”`;
  const section = (title: string, lines: DossierLine[]) => {
    if (!lines.length) return;
    out.push('', title);
    for (const l of lines) {
      out.push(`  - ${l.text}`);
      for (const c of l.citations) out.push(cite(c));
    }
  };
  section('Roles and positions', d.roles);
  section('Events', d.events);
  section('Other facts', d.facts);
  if (d.connected.length) {
    out.push('', 'Connected');
    for (const c of d.connected) out.push(`  - ${c.name} [${c.labels.join(', ')}] via ${c.via.join(', ')}`);
  }
  return out.join('\n') + '\n';
}

// Due-diligence lookup: find an entity through the full-text index (honorifics, case,
// "Co., Ltd." vs "Company Limited" and aliases tolerated), then a dossier in which every
// line carries its citation: file, announcement, paragraph and the quoted words.
import type { Driver } from 'neo4j-driver';
import { fold, orgKey, personKey, stripHonorific } from '../pipeline/text/normalize.ts';
import { printable } from '../pipeline/text/clean.ts';

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
  const q = luceneQuery(name);
  const res = await driver.executeQuery(
    `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
     RETURN node.key AS key, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'] AS labels, coalesce(node.aliases, []) AS aliases, score
     ORDER BY score DESC LIMIT 20`,
    { q },
    { database, routing: 'READ' },
  );
  const candidates: Candidate[] = res.records
    .map((r) => ({ key: r.get('key'), name: r.get('name'), labels: r.get('labels'), aliases: r.get('aliases'), score: r.get('score') as number }))
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

function describe(type: string, f: Record<string, unknown>, args: Record<string, string>): string {
  const money = (p: string) => (f[p + 'Amount'] !== undefined && f[p + 'Amount'] !== null ? `${f[p + 'Currency']} ${Number(f[p + 'Amount']).toLocaleString('en-US')}` : '');
  const when = (...ks: string[]) => ks.map((k) => (f[k] ? `${k} ${f[k]}` : '')).filter(Boolean).join(', ');
  switch (type) {
    case 'appointment':
    case 'resignation':
      return `${type} of ${args.person} as ${f.role}${f.committee ? ` of the ${f.committee}` : ''} of ${args.organization}${f.effectiveDate ? `, effective ${f.effectiveDate}` : ''}${f.reason ? ` (${f.reason})` : ''}`;
    case 'board_member':
      return `${args.person}: ${f.role} of ${args.organization}${f.asOf ? ` as at ${f.asOf}` : ''}`;
    case 'committee_member':
      return `${args.person}: ${f.role} of the ${f.committee} of ${args.organization}`;
    case 'position':
      return `${args.person}: ${f.title} of ${args.organization}${f.startDate || f.endDate ? ` (${f.startDate ?? '?'} – ${f.endDate ?? ''})` : ''}`;
    case 'education':
      return `${args.person}: ${f.degree ? `${f.degree}, ` : ''}${args.institution}${f.year ? ` (${f.year})` : ''}`;
    case 'person_attribute':
      return `${args.person}: ${f.attribute} ${f.value}${f.asOf ? ` as at ${f.asOf}` : ''}`;
    case 'equity_transfer':
      return `equity transfer: ${args.transferor} → ${args.transferee}, ${f.percentage}% of ${args.target}${money('consideration') ? ` for ${money('consideration')}` : ''}${when('agreementDate') ? `; ${when('agreementDate')}` : ''}`;
    case 'share_issue':
      return `share issue (${f.kind}) by ${args.issuer}: ${Number(f.quantity).toLocaleString('en-US')} ${f.securityType === 'ADS' ? 'ADSs' : 'shares'}${money('price') ? ` at ${money('price')}` : ''}${args.subscriber ? ` to ${args.subscriber}` : ''}${args.placingAgent ? ` via ${args.placingAgent}` : ''}${f.date ? ` on ${f.date}` : ''}${money('netProceeds') ? `; net proceeds ${money('netProceeds')}` : ''}`;
    case 'acquisition':
      return `acquisition of ${args.target} by ${args.acquirer}${args.seller ? ` from ${args.seller}` : ''}${f.percentage ? ` (${f.percentage}%)` : ''}${money('consideration') ? ` for ${money('consideration')}` : ''}`;
    case 'subsidiary':
      return `${args.child} is a subsidiary of ${args.parent}${f.percentage ? ` (${f.percentage}%)` : ''}`;
    case 'listing':
      return `${args.organization} is listed on ${args.exchange} as ${f.code}`;
    case 'auditor':
      return `${args.auditor} audits ${args.organization}`;
    default:
      return type;
  }
}

const EVENT_TYPES = new Set(['appointment', 'resignation', 'equity_transfer', 'share_issue', 'acquisition']);
const ROLE_TYPES = new Set(['board_member', 'committee_member', 'position']);

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
     WITH f, args, collect(CASE WHEN p IS NULL THEN NULL ELSE {paragraphId: p.id, file: d.name, announcement: a.title, paragraph: p.ordinal, page: p.page, quote: s.quote, start: s.start, end: s.end} END) AS cites
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
    for (const a of args) byArg[a.rel.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase())] = a.name;
    const type = String(f.type);
    const line: DossierLine = {
      kind: EVENT_TYPES.has(type) ? 'event' : ROLE_TYPES.has(type) ? (type === 'position' ? 'position' : 'role') : 'fact',
      text: describe(type, f, byArg),
      factId: String(f.id),
      type,
      related: args.filter((a) => a.key !== key).map((a) => a.name),
      citations: (r.get('cites') as Citation[]).filter(Boolean),
    };
    (EVENT_TYPES.has(type) ? events : ROLE_TYPES.has(type) ? roles : other).push(line);
    for (const a of args) {
      if (a.key === key) continue;
      const c = connected.get(a.key) ?? { name: a.name, labels: a.labels, via: new Set<string>() };
      c.via.add(type);
      connected.set(a.key, c);
    }
  }
  return {
    entity: { key: rec.get('key'), name: rec.get('name'), labels: rec.get('labels'), aliases: rec.get('aliases'), codes: rec.get('codes'), score: 1 },
    link: viewLink(rec.get('key')),
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
  return `${base}/source?p=${encodeURIComponent(c.paragraphId)}&start=${c.start}&end=${c.end}`;
}

export function formatDossier(d: Dossier): string {
  const out: string[] = [];
  out.push(`${d.entity.name}  [${d.entity.labels.join(', ')}]`);
  out.push(`  view: ${d.link}`);
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
  // Quotes keep the source's characters; a terminal must not obey the control ones.
  return printable(out.join('\n')) + '\n';
}

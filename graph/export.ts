// Export the knowledge graph (entities, facts, committees and their relationships), or the
// neighbourhood of one entity, as GraphML (Gephi, yEd, Cytoscape desktop) or JSON. Ids are
// the graph's own stable ones (entity and committee keys, fact ids), so two exports of the same
// graph name things alike; every node has a `label`; GraphML attributes carry their types.
import type { Driver } from 'neo4j-driver';

export interface ExportNode {
  id: string;
  labels: string[];
  label: string;
  properties: Record<string, unknown>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

const KNOWLEDGE = ['Entity', 'Fact', 'Committee'];

/** A node's stable id: entities and committees have a key, facts an id. */
const NODE_ID = 'coalesce(n.key, n.id)';

export async function exportGraph(driver: Driver, options: { key?: string; depth?: number; database?: string } = {}): Promise<ExportGraph> {
  const params = { labels: KNOWLEDGE, key: options.key ?? null, depth: Math.max(1, Math.min(6, options.depth ?? 2)) };
  const nodesQuery = options.key
    ? `MATCH (start:Entity {key: $key})
       MATCH path = (start)-[*0..6]-(n) WHERE length(path) <= $depth AND all(x IN nodes(path) WHERE any(l IN labels(x) WHERE l IN $labels))
       WITH DISTINCT n RETURN ${NODE_ID} AS id, labels(n) AS labels, properties(n) AS props`
    : `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN ${NODE_ID} AS id, labels(n) AS labels, properties(n) AS props`;
  const n = await driver.executeQuery(nodesQuery, params, { database: options.database, routing: 'READ' });
  const nodes: ExportNode[] = n.records
    .map((r) => {
      const properties = r.get('props') as Record<string, unknown>;
      return { id: String(r.get('id')), labels: (r.get('labels') as string[]).sort(), label: nodeLabel(properties), properties };
    })
    .sort((a, b) => compare(a.id, b.id));
  const e = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
       AND coalesce(a.key, a.id) IN $ids AND coalesce(b.key, b.id) IN $ids
     RETURN coalesce(a.key, a.id) AS source, coalesce(b.key, b.id) AS target, type(r) AS type, properties(r) AS props`,
    { ids: nodes.map((x) => x.id), labels: KNOWLEDGE },
    { database: options.database, routing: 'READ' },
  );
  const edges = e.records.map((r) => {
    const properties = r.get('props') as Record<string, unknown>;
    const type = String(r.get('type'));
    const [source, target] = [String(r.get('source')), String(r.get('target'))];
    // HOLDS carries its own key (person, organisation, role, committee, from); other types join two nodes once.
    const id = typeof properties.key === 'string' ? `${type}:${properties.key}` : `${source}|${type}|${target}`;
    return { id, source, target, type, label: edgeLabel(type, properties), properties };
  });
  return { nodes, edges: uniqueIds(edges).sort((a, b) => compare(a.id, b.id)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids made unique in a stable way, should two relationships ever share one. */
function uniqueIds(edges: ExportEdge[]): ExportEdge[] {
  const seen = new Map<string, number>();
  const sorted = [...edges].sort((a, b) => compare(a.id, b.id) || compare(JSON.stringify(a.properties), JSON.stringify(b.properties)));
  return sorted.map((e) => {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    return n ? { ...e, id: `${e.id}#${n + 1}` } : e;
  });
}

/** What a node is called on screen: an entity's or committee's name; for a fact, its type and gist. */
export function nodeLabel(p: Record<string, unknown>): string {
  if (typeof p.name === 'string' && p.name) return p.name;
  const type = String(p.type ?? 'fact').replace(/_/g, ' ');
  const gist = [p.role ?? p.title ?? p.kind ?? p.degree ?? p.attribute, p.percentage !== undefined ? `${p.percentage}%` : undefined, p.code]
    .filter((x) => x !== undefined && x !== null && x !== '')
    .join(' ');
  return gist ? `${type}: ${gist}` : type;
}

function edgeLabel(type: string, p: Record<string, unknown>): string {
  if (type === 'HOLDS') return [p.role, p.committee ? `(${p.committee})` : ''].filter(Boolean).join(' ') || 'holds';
  return type.toLowerCase().replace(/_/g, ' ');
}

// XML 1.0 allows no control character but tab, newline and carriage return, not even as a
// character reference, nor U+FFFE, U+FFFF or half a surrogate pair: each becomes U+FFFD.
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xml(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

type GraphMLType = 'boolean' | 'long' | 'double' | 'string';

/** One GraphML type for every value an attribute takes: numbers stay numbers, lists become text. */
function graphmlType(values: unknown[]): GraphMLType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length && present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (present.length && present.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'double';
  return 'string';
}

function text(v: unknown): string {
  if (Array.isArray(v)) return v.map(text).join('; ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

interface Attribute {
  id: string;
  name: string;
  type: GraphMLType;
}

/** Attributes of nodes or edges: the fixed ones first, then every property, each with one type. */
function attributes(prefix: string, fixed: string[], items: Array<{ properties: Record<string, unknown> }>): Attribute[] {
  const names = [...new Set(items.flatMap((x) => Object.keys(x.properties)))].filter((k) => !fixed.includes(k)).sort();
  return [
    ...fixed.map((name) => ({ id: `${prefix}_${name}`, name, type: 'string' as const })),
    ...names.map((name) => ({ id: `${prefix}_p_${name}`, name, type: graphmlType(items.map((x) => x.properties[name])) })),
  ];
}

function data(attrs: Attribute[], values: Record<string, unknown>): string {
  return attrs
    .filter((a) => values[a.name] !== undefined && values[a.name] !== null)
    .map((a) => `<data key="${xml(a.id)}">${xml(text(values[a.name]))}</data>`)
    .join('');
}

export function toGraphML(g: ExportGraph): string {
  const nodeAttrs = attributes('n', ['label', 'labels'], g.nodes);
  const edgeAttrs = attributes('e', ['label', 'type'], g.edges);
  const key = (a: Attribute, target: string) => `  <key id="${xml(a.id)}" for="${target}" attr.name="${xml(a.name)}" attr.type="${a.type}"/>`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeAttrs.map((a) => key(a, 'node')),
    ...edgeAttrs.map((a) => key(a, 'edge')),
    '  <graph id="kg" edgedefault="directed">',
  ];
  for (const n of g.nodes) out.push(`    <node id="${xml(n.id)}">${data(nodeAttrs, { ...n.properties, label: n.label, labels: n.labels.join(':') })}</node>`);
  for (const e of g.edges) {
    out.push(`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data(edgeAttrs, { ...e.properties, label: e.label, type: e.type })}</edge>`);
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

// Export the knowledge graph (entities, facts, committees and their relationships), or the
// neighbourhood of one entity, as GraphML (Gephi, yEd, Cytoscape desktop) or JSON.
import type { Driver } from 'neo4j-driver';

export interface ExportNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

const KNOWLEDGE = ['Entity', 'Fact', 'Committee'];

export async function exportGraph(driver: Driver, options: { key?: string; depth?: number; database?: string } = {}): Promise<ExportGraph> {
  const params = { labels: KNOWLEDGE, key: options.key ?? null, depth: Math.max(1, Math.min(6, options.depth ?? 2)) };
  const nodesQuery = options.key
    ? `MATCH (start:Entity {key: $key})
       MATCH path = (start)-[*0..6]-(n) WHERE length(path) <= $depth AND all(x IN nodes(path) WHERE any(l IN labels(x) WHERE l IN $labels))
       WITH DISTINCT n RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props`
    : `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props`;
  const n = await driver.executeQuery(nodesQuery, params, { database: options.database, routing: 'READ' });
  const nodes: ExportNode[] = n.records.map((r) => ({ id: r.get('id'), labels: r.get('labels'), properties: r.get('props') }));
  const ids = nodes.map((x) => x.id);
  const e = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids
     RETURN elementId(r) AS id, elementId(a) AS source, elementId(b) AS target, type(r) AS type, properties(r) AS props`,
    { ids },
    { database: options.database, routing: 'READ' },
  );
  return { nodes, edges: e.records.map((r) => ({ id: r.get('id'), source: r.get('source'), target: r.get('target'), type: r.get('type'), properties: r.get('props') })) };
}

// XML 1.0 allows no control character but tab, newline and carriage return, not even as a
// character reference, nor U+FFFE, U+FFFF or half a surrogate pair: each becomes U+FFFD.
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xml(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

function value(v: unknown): string {
  return Array.isArray(v) || (v && typeof v === 'object') ? JSON.stringify(v) : String(v);
}

export function toGraphML(g: ExportGraph): string {
  const nodeKeys = [...new Set(g.nodes.flatMap((n) => Object.keys(n.properties)))].sort();
  const edgeKeys = [...new Set(g.edges.flatMap((e) => Object.keys(e.properties)))].sort();
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...nodeKeys.map((k) => `  <key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>`),
    ...edgeKeys.map((k) => `  <key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="string"/>`),
    '  <graph id="kg" edgedefault="directed">',
  ];
  for (const n of g.nodes) {
    out.push(`    <node id="${xml(n.id)}"><data key="labels">${xml(n.labels.join(':'))}</data>${Object.entries(n.properties).map(([k, v]) => `<data key="n_${xml(k)}">${xml(value(v))}</data>`).join('')}</node>`);
  }
  for (const e of g.edges) {
    out.push(`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="type">${xml(e.type)}</data>${Object.entries(e.properties).map(([k, v]) => `<data key="e_${xml(k)}">${xml(value(v))}</data>`).join('')}</edge>`);
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

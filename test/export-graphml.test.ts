// `kg export` as Gephi, Cytoscape and yEd read it: a real GraphML reader (graphology's) parses
// the file; every node and relationship of the graph is there, counted against Neo4j; numbers
// and booleans come back typed; every node has a label; ids are the graph's own keys and fact
// ids, the same in every export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import type { Driver } from 'neo4j-driver';
import { kg } from './helpers/cli.ts';
import { EXAMPLES, OWN_6K } from './helpers/corpus.ts';
import { graphOf } from './helpers/neo4j.ts';

// graphology's default export is its Graph class; its types see the module object.
const parse = (_: unknown, text: string) => parseGraphML(Graph as unknown as Parameters<typeof parseGraphML>[0], text);
const KNOWLEDGE = "any(l IN labels(n) WHERE l IN ['Entity', 'Fact', 'Committee'])";
let driver: Driver;
const dir = mkdtempSync(path.join(tmpdir(), 'kg-export-'));

beforeAll(async () => {
  driver = await graphOf([OWN_6K, EXAMPLES]);
});
afterAll(async () => {
  await driver.close();
});

async function exported(args: string[], name: string): Promise<string> {
  const out = path.join(dir, name);
  const r = await kg(['export', ...args, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

async function one<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  return (await driver.executeQuery(cypher, params)).records[0].get(0) as T;
}

describe('kg export --format graphml', () => {
  it('a GraphML reader finds every node and relationship of the graph, with typed attributes and a label on each node', async () => {
    const text = await exported(['--format', 'graphml'], 'all.graphml');
    const g = parse(Graph, text);
    expect(g.type).toBe('directed');
    expect(g.order).toBe(await one<number>(`MATCH (n) WHERE ${KNOWLEDGE} RETURN count(n)`));
    expect(g.size).toBe(await one<number>(`MATCH (n)-[r]->(m) WHERE ${KNOWLEDGE} AND any(l IN labels(m) WHERE l IN ['Entity', 'Fact', 'Committee']) RETURN count(r)`));
    g.forEachNode((id, a) => {
      expect(typeof a.label, id).toBe('string');
      expect(a.label.trim().length, id).toBeGreaterThan(0);
    });
    // Numbers and booleans as numbers and booleans, not strings.
    const transfer = g.findNode((_, a) => a.type === 'equity_transfer' && a.percentage === 15);
    expect(transfer).toBeDefined();
    const t = g.getNodeAttributes(transfer!);
    expect(t.considerationAmount).toBe(30_000_000);
    expect(typeof t.confidence).toBe('number');
    const placing = g.findNode((_, a) => a.type === 'share_issue');
    expect(g.getNodeAttributes(placing!)).toMatchObject({ quantity: 200_000_000, priceAmount: 6.15 });
    expect(text).toMatch(/attr\.name="percentage" attr\.type="(long|double)"/);
    expect(text).toMatch(/attr\.name="quantity" attr\.type="long"/);
    expect(text).toMatch(/attr\.name="priceAmount" attr\.type="double"/);
    expect(text).toMatch(/attr\.name="event" attr\.type="boolean"/);
    expect(g.filterNodes((_, a) => a.event === true).length).toBeGreaterThan(0);
  });

  it('names nodes and relationships by the graph’s own stable ids, the same in every export', async () => {
    const first = await exported(['--format', 'graphml'], 'a.graphml');
    const second = await exported(['--format', 'graphml'], 'b.graphml');
    expect(second).toBe(first);
    const g = parse(Graph, first);
    const hou = await one<string>("MATCH (p:Person {name: 'Hou Zhenyu'}) RETURN p.key");
    expect(g.hasNode(hou)).toBe(true);
    expect(g.getNodeAttribute(hou, 'label')).toBe('Hou Zhenyu');
    const fact = await one<string>('MATCH (f:EquityTransfer {percentage: 15}) RETURN f.id');
    expect(g.hasNode(fact)).toBe(true);
    expect(first).not.toMatch(/id="4:[0-9a-f-]+:\d+"/); // no Neo4j element ids
    const holds = g.filterEdges((_, a) => a.type === 'HOLDS');
    expect(holds.length).toBeGreaterThan(5);
    for (const e of holds) expect(g.getEdgeAttribute(e, 'label').length).toBeGreaterThan(0);
  });

  it('a neighbourhood exports the same nodes and relationships as GraphML and as JSON', async () => {
    const g = parse(Graph, await exported(['--format', 'graphml', '--entity', 'Hou Zhenyu', '--depth', '1'], 'hou.graphml'));
    const j = JSON.parse(await exported(['--format', 'json', '--entity', 'Hou Zhenyu', '--depth', '1'], 'hou.json')) as { nodes: Array<{ id: string; label: string }>; edges: Array<{ id: string }> };
    expect(j.nodes.map((n) => n.id).sort()).toEqual(g.nodes().sort());
    expect(j.edges.length).toBe(g.size);
    expect(j.nodes.find((n) => n.label === 'Meridale Devices Corporation')).toBeDefined();
  });
});

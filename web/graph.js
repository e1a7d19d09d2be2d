// The relationship graph: cytoscape with the fCoSE layout, people blue, organisations green,
// events orange; one relationship per role set or per group of events of one kind.
/* global cytoscape, cytoscapeFcose, cytoscapeSvg */
'use strict';
import { placeLabels, watchLabels } from './labels.js';

cytoscape.use(cytoscapeFcose);
cytoscape.use(cytoscapeSvg);

export const CATEGORY_NAMES = {
  role: 'roles & positions',
  education: 'education',
  appointment: 'appointments',
  resignation: 'resignations',
  equity_transfer: 'equity transfers',
  share_issue: 'share issues',
  acquisition: 'acquisitions',
  subsidiary: 'subsidiaries',
  listing: 'listings',
  auditor: 'auditors',
};

const COLOURS = { role: '#5b6770', education: '#8e6bbf', appointment: '#e6550d', resignation: '#b63a2b', subsidiary: '#2ca25f', listing: '#6a8caf', auditor: '#6a8caf' };

export function createGraph(container) {
  const cy = cytoscape({
    container,
    wheelSensitivity: 0.3,
    minZoom: 0.15,
    maxZoom: 4,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-family': 'DejaVu Sans, Arial, sans-serif', 'text-wrap': 'wrap', 'text-valign': 'bottom', 'text-halign': 'center', color: '#1d2327', 'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-shape': 'roundrectangle', width: 22, height: 22 } },
      { selector: 'node[kind = "person"]', style: { 'background-color': '#2f7ed8' } },
      { selector: 'node[kind = "organization"]', style: { 'background-color': '#2ca25f', shape: 'round-rectangle' } },
      { selector: 'node[kind = "event"]', style: { 'background-color': '#e6550d', shape: 'diamond', width: 18, height: 18 } },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#222', width: 30, height: 30 } },
      { selector: 'edge', style: { label: 'data(label)', 'font-family': 'DejaVu Sans, Arial, sans-serif', color: '#333', width: 1.5, 'line-color': '#b8bec4', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b8bec4', 'arrow-scale': 0.8, 'curve-style': 'bezier', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-shape': 'roundrectangle' } },
      ...Object.entries(COLOURS).map(([c, colour]) => ({ selector: `edge[category = "${c}"]`, style: { 'line-color': colour, 'target-arrow-color': colour } })),
      { selector: 'edge[count > 1]', style: { width: 3 } },
      { selector: '.nolabel', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
      { selector: '.hover', style: { 'text-opacity': 1, 'text-background-opacity': 0.95, 'z-index': 999 } },
      { selector: ':selected', style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', 'border-width': 3, 'border-color': '#d62728' } },
    ],
  });
  let keys = [];
  watchLabels(cy, () => keys);

  /** Draw a view from the server: every element replaced, laid out afresh. */
  function draw(view, hide) {
    keys = view.keys;
    cy.elements().remove();
    cy.add([...view.nodes.map((n) => ({ group: 'nodes', data: n })), ...view.edges.map((e) => ({ group: 'edges', data: e }))]);
    cy.getElementById(view.keys[0]).addClass('focus');
    filter(hide);
    layout();
    placeLabels(cy, keys);
  }

  /**
   * fCoSE over the drawn nodes with one spring per pair of entities (several relationships
   * between two entities would pull them together as several springs), then stretched to the
   * shape of the canvas, so labels get all the room there is.
   */
  function layout() {
    const nodes = cy.nodes(':visible');
    if (nodes.length < 2) {
      cy.fit(nodes, 80);
      cy.zoom(Math.min(cy.zoom(), 1.6));
      return;
    }
    const seen = new Set();
    const springs = cy.edges(':visible').filter((e) => {
      const k = [e.source().id(), e.target().id()].sort().join('|');
      return seen.has(k) ? false : seen.add(k);
    });
    // A link opens the same picture each time: fCoSE's random start comes from a generator seeded by the view.
    const options = { name: 'fcose', quality: 'default', randomize: true, animate: false, fit: false, nodeDimensionsIncludeLabels: false, idealEdgeLength: () => 120, nodeRepulsion: () => 20000, nodeSeparation: 100, gravity: 0.15, gravityRange: 3, numIter: 2500, packComponents: true };
    seeded(hash(nodes.map((n) => n.id()).sort().join('\n')), () => nodes.union(springs).layout(options).run());
    const bb = nodes.boundingBox({ includeLabels: false });
    const pad = 60;
    const sx = (cy.width() - 2 * pad) / Math.max(bb.w, 1);
    const sy = (cy.height() - 2 * pad) / Math.max(bb.h, 1);
    // Stretch the shorter side (at most 2.5 times) so the drawing fills the canvas.
    const fx = sx > sy ? Math.min(sx / sy, 2.5) : 1;
    const fy = sy > sx ? Math.min(sy / sx, 2.5) : 1;
    const cx = (bb.x1 + bb.x2) / 2;
    const cyy = (bb.y1 + bb.y2) / 2;
    cy.batch(() => nodes.positions((n) => ({ x: cx + (n.position('x') - cx) * fx, y: cyy + (n.position('y') - cyy) * fy })));
    cy.fit(nodes, pad);
  }

  /** Hide the relationship kinds asked for, and what is left with nothing shown around it. */
  function filter(hide) {
    cy.batch(() => {
      cy.elements().style('display', 'element');
      cy.edges().filter((e) => hide.includes(e.data('category'))).style('display', 'none');
      cy.nodes('[kind = "event"]').filter((n) => hide.includes(n.data('category'))).style('display', 'none');
      cy.nodes().filter((n) => !keys.includes(n.id()) && n.connectedEdges(':visible').length === 0).style('display', 'none');
    });
  }

  return { cy, draw, filter: (hide) => { filter(hide); placeLabels(cy, keys); }, relabel: () => placeLabels(cy, keys) };
}

/** A 32-bit hash of a string (FNV-1a). */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Run `fn` (synchronous) with Math.random drawn from a xorshift generator started at `seed`. */
function seeded(seed, fn) {
  const random = Math.random;
  let s = seed || 1;
  Math.random = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = random;
  }
}

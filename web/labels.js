// Labels legible at any size of graph. Their size is fixed on screen (12 px for entities,
// 11 px for relationships, whatever the zoom), and a label is drawn only where it covers no
// other label and no other node: in order of importance (the entities asked for, then
// people and organisations by number of relationships, then events, then relationships).
// The others show on hover, and as the zoom opens room for them.
'use strict';

export const NODE_PX = 12;
export const EDGE_PX = 11;
const WRAP_PX = 110;
const GAP_PX = 6;

// Where a node's label may go, in order of preference: below, above, right, left.
const SPOTS = [
  { 'text-valign': 'bottom', 'text-halign': 'center', x: 0, y: 3 },
  { 'text-valign': 'top', 'text-halign': 'center', x: 0, y: -3 },
  { 'text-valign': 'center', 'text-halign': 'right', x: 4, y: 0 },
  { 'text-valign': 'center', 'text-halign': 'left', x: -4, y: 0 },
];

function spot(n, i, z) {
  const s = SPOTS[i];
  n.style({ 'text-valign': s['text-valign'], 'text-halign': s['text-halign'], 'text-margin-x': s.x / z, 'text-margin-y': s.y / z });
}

function sizeFor(cy) {
  const z = cy.zoom();
  cy.batch(() => {
    // Nodes keep their size on screen too, so zooming in opens room between them.
    cy.nodes().forEach((n) => {
      const d = (n.hasClass('focus') ? 30 : n.data('kind') === 'event' ? 16 : 20) / z;
      n.style({ 'font-size': NODE_PX / z, 'text-max-width': WRAP_PX / z, 'text-background-padding': 1 / z, width: d, height: d, 'border-width': n.hasClass('focus') ? 3 / z : 0 });
    });
    cy.edges().forEach((e) => e.style({ 'font-size': EDGE_PX / z, 'text-background-padding': 2 / z, width: (e.data('count') > 1 ? 3 : 1.5) / z }));
  });
}

const overlap = (a, b, pad) => a.x1 < b.x2 + pad && b.x1 < a.x2 + pad && a.y1 < b.y2 + pad && b.y1 < a.y2 + pad;
// useCache: false, or the box would be that of the label's previous spot and size.
const labelBox = (ele) => ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, useCache: false });

function priority(cy, keys) {
  const rank = (n) => (keys.includes(n.id()) ? 0 : n.data('kind') === 'person' ? 1 : n.data('kind') === 'event' ? 4 : n.degree() > 1 ? 2 : 3);
  const nodes = cy.nodes(':visible').sort((a, b) => rank(a) - rank(b) || b.degree() - a.degree() || a.id().localeCompare(b.id()));
  // A relationship whose label only names its kind says no more than its colour: shown on hover.
  const edges = cy.edges(':visible').filter((e) => !e.data('quiet')).sort((a, b) => (b.data('count') || 0) - (a.data('count') || 0) || a.id().localeCompare(b.id()));
  return [...nodes, ...edges];
}

/** Size the labels for the zoom, then show those that fit. */
export function placeLabels(cy, keys) {
  sizeFor(cy);
  const pad = GAP_PX / cy.zoom();
  cy.batch(() => cy.elements().removeClass('nolabel'));
  const bodies = cy.nodes(':visible').map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false, includeOverlays: false, useCache: false }) }));
  const placed = [];
  const hidden = cy.edges(':visible').filter((e) => e.data('quiet')).toArray();
  const z = cy.zoom();
  const free = (ele, box) => {
    const own = ele.isNode() ? [ele.id()] : [ele.source().id(), ele.target().id()];
    return !placed.some((b) => overlap(b, box, pad)) && !bodies.some((b) => !own.includes(b.id) && overlap(b.box, box, 0));
  };
  for (const ele of priority(cy, keys)) {
    if (!ele.data('label')) continue;
    let box = null;
    if (ele.isNode()) {
      // The first spot around the node where the label is clear; the entities asked for always get one.
      for (let i = 0; i < SPOTS.length && !box; i++) {
        spot(ele, i, z);
        const b = labelBox(ele);
        if (b.w > 0 && free(ele, b)) box = b;
      }
      if (!box && keys.includes(ele.id())) {
        spot(ele, 0, z);
        box = labelBox(ele);
      }
      if (!box) spot(ele, 0, z);
    } else {
      const b = labelBox(ele);
      if (b.w > 0 && free(ele, b)) box = b;
    }
    if (box) placed.push(box);
    else hidden.push(ele);
  }
  cy.batch(() => hidden.forEach((e) => e.addClass('nolabel')));
  document.body.dataset.labels = `${placed.length}/${placed.length + hidden.length}`;
}

/** Keep labels legible as the user zooms; show a hidden label while the pointer is on it. */
export function watchLabels(cy, keys) {
  let pending = 0;
  cy.on('zoom', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => placeLabels(cy, keys()));
  });
  cy.on('mouseover', 'node, edge', (evt) => evt.target.addClass('hover'));
  cy.on('mouseout', 'node, edge', (evt) => evt.target.removeClass('hover'));
}

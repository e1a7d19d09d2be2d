// Export the view: the drawing as PNG or SVG (cytoscape and cytoscape-svg), the entity's
// dossier as Markdown with citations (from the server).
'use strict';

function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const fileName = (s, ext) => `kg-${(s.e || 'graph').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}${s.date ? `-${s.date}` : ''}.${ext}`;

// The whole drawing at the scale it is shown (labels keep their size on screen), twice that for PNG.
export function pngOf(cy) {
  return cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 * cy.zoom() });
}

export function svgOf(cy) {
  return cy.svg({ full: true, bg: '#ffffff', scale: cy.zoom() });
}

export function exportPng(cy, s) {
  download(pngOf(cy), fileName(s, 'png'));
}

export function exportSvg(cy, s) {
  download(new Blob([svgOf(cy)], { type: 'image/svg+xml' }), fileName(s, 'svg'));
}

export function dossierHref(s) {
  return `/api/dossier.md?key=${encodeURIComponent(s.e)}${s.date ? `&date=${encodeURIComponent(s.date)}` : ''}`;
}

// Reading the browser's cytoscape drawing from a test: nodes, relationships, and the labels
// as drawn (font size on screen, box on screen), for the legibility checks.
import type { Page } from 'playwright-core';

export interface DrawnNode { id: string; label: string; kind: string; visible: boolean; focus: boolean; x: number; y: number }
export interface DrawnEdge { id: string; source: string; target: string; label: string; title: string; category: string; visible: boolean }
export interface Box { x1: number; y1: number; x2: number; y2: number }
export interface DrawnLabel { id: string; label: string; node: boolean; px: number; box: Box }

/* eslint-disable @typescript-eslint/no-explicit-any -- the page's cytoscape has no types in the browser */
export function cyNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() => (window as any).cy.nodes().map((n: any) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind'), visible: n.visible(), focus: n.hasClass('focus'), x: n.position('x'), y: n.position('y') })));
}

export function cyEdges(page: Page): Promise<DrawnEdge[]> {
  return page.evaluate(() => (window as any).cy.edges().map((e: any) => ({ id: e.id(), source: e.data('source'), target: e.data('target'), label: e.data('label'), title: e.data('title'), category: e.data('category'), visible: e.visible() })));
}

/** Labels drawn (not hidden for want of room) and hidden, with their size and box on screen. */
export function labelReport(page: Page): Promise<{ shown: DrawnLabel[]; hidden: DrawnLabel[]; centre: { x: number; y: number } }> {
  return page.evaluate(() => {
    const cy = (window as any).cy;
    const z = cy.zoom();
    const shown: DrawnLabel[] = [];
    const hidden: DrawnLabel[] = [];
    cy.elements(':visible').forEach((e: any) => {
      if (!e.data('label')) return;
      const b = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, useCache: false });
      const l = { id: e.id(), label: e.data('label'), node: e.isNode(), px: parseFloat(e.style('font-size')) * z, box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } };
      const drawn = !e.hasClass('nolabel') && Number(e.style('text-opacity')) > 0;
      (drawn ? shown : hidden).push(l);
    });
    const focus = cy.nodes('.focus')[0];
    return { shown, hidden, centre: focus ? focus.position() : { x: 0, y: 0 } };
  });
}

/** Alerts, confirms and prompts the page opens: document text must never cause one. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

// The page: search, the graph or the timeline of an entity on a date, the panel, links.
// The URL holds the state (state.js); rendering reads it, so a link, back and forward all work.
'use strict';
import { $, el, api } from './dom.js';
import { readState, go } from './state.js';
import { createGraph, CATEGORY_NAMES } from './graph.js';
import { showEntity, showFacts } from './panel.js';
import { renderTimeline } from './timeline.js';
import { exportPng, exportSvg, dossierHref, pngOf, svgOf } from './export.js';

const graph = createGraph($('graph'));
const cy = graph.cy;
let state = readState();
let current = null; // the view last drawn
let rendering = 0;

window.cy = cy;
window.kg = { pngOf: () => pngOf(cy), svgOf: () => svgOf(cy), state: () => state };

const navigate = (change, replace = false) => go(state, change, render, replace);

function filters() {
  const box = $('filters');
  box.replaceChildren(el('span', 'Show:', 'filters-title'));
  for (const [cat, name] of Object.entries(CATEGORY_NAMES)) {
    const label = el('label');
    const input = el('input');
    input.type = 'checkbox';
    input.value = cat;
    input.checked = !state.hide.includes(cat);
    input.addEventListener('change', () => {
      const hide = [...box.querySelectorAll('input')].filter((i) => !i.checked).map((i) => i.value);
      navigate({ hide });
    });
    label.append(input, document.createTextNode(` ${name}`));
    box.append(label);
  }
}

function entityActions(key) {
  const actions = [];
  if (key !== state.e) actions.push(['Focus on it', () => navigate({ e: key, x: [] })]);
  if (!state.x.includes(key) && key !== state.e) actions.push(['Expand neighbours', () => navigate({ x: [...state.x, key] })]);
  actions.push(['Timeline', () => navigate({ e: key, x: key === state.e ? state.x : [], view: 'timeline' })]);
  return actions;
}

function factIdsAround(key) {
  if (!current) return [];
  const edges = current.edges.filter((e) => e.source === key || e.target === key);
  return [...new Set(edges.flatMap((e) => e.factIds))];
}

async function search(text) {
  const list = $('candidates');
  list.replaceChildren();
  const found = await api(`/api/search?q=${encodeURIComponent(text)}`);
  if (!found.length) {
    list.append(el('li', 'No match.'));
    return null;
  }
  for (const c of found.slice(0, 8)) {
    const li = el('li');
    const b = el('button', `${c.name} (${c.labels.join(', ')})`);
    b.type = 'button';
    b.addEventListener('click', () => navigate({ e: c.key, x: [] }));
    li.append(b);
    list.append(li);
  }
  return found[0].key;
}

// A render may be overtaken by a later one (a second date picked while the first is loading):
// after every await it checks it is still the latest, and it stamps the URL it drew, so the
// page never claims to show a state whose drawing a stale render left behind.
async function render(next) {
  const mine = ++rendering;
  const stale = () => mine !== rendering;
  const drawn = window.location.search;
  state = next;
  if (state.q && !state.e) {
    $('q').value = state.q;
    const key = await search(state.q);
    if (stale()) return;
    if (key) return navigate({ e: key }, true);
  }
  $('date').value = state.date && /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : '';
  filters();
  document.body.dataset.view = state.view;
  $('show-graph').setAttribute('aria-pressed', String(state.view === 'graph'));
  $('show-timeline').setAttribute('aria-pressed', String(state.view === 'timeline'));
  if (!state.e) {
    document.body.dataset.rendered = drawn;
    return;
  }
  if (state.view === 'timeline') {
    const t = await api(`/api/timeline?key=${encodeURIComponent(state.e)}`);
    if (stale()) return;
    renderTimeline($('timeline'), t, {
      onEntity: (key) => navigate({ e: key, x: [], view: 'timeline' }),
      onFacts: (title, sub, ids) => showFacts(title, sub, ids),
    });
    await showEntity(state.e, Object.keys(t.facts), entityActions(state.e));
    if (stale()) return;
  } else {
    const qs = `e=${encodeURIComponent(state.e)}${state.x.length ? `&x=${state.x.map(encodeURIComponent).join(',')}` : ''}${state.date ? `&date=${encodeURIComponent(state.date)}` : ''}`;
    const v = await api(`/api/graph?${qs}`);
    if (stale()) return;
    current = v;
    cy.resize();
    graph.draw(v, state.hide);
    $('undated').textContent = state.date && v.undated ? `${v.undated} undated fact(s) not shown` : '';
    document.body.dataset.loaded = String(cy.nodes(':visible').length);
    await showEntity(state.e, factIdsAround(state.e), entityActions(state.e));
    if (stale()) return;
  }
  $('dossier').href = dossierHref(state);
  document.body.dataset.rendered = drawn;
}

cy.on('tap', 'node', (evt) => {
  const n = evt.target.data();
  if (n.kind === 'event') showFacts(n.label, n.title, n.factIds);
  else showEntity(n.id, factIdsAround(n.id), entityActions(n.id));
});
cy.on('dbltap', 'node', (evt) => {
  const n = evt.target.data();
  if (n.kind !== 'event' && n.id !== state.e && !state.x.includes(n.id)) navigate({ x: [...state.x, n.id] });
});
cy.on('tap', 'edge', (evt) => {
  const e = evt.target.data();
  const s = cy.getElementById(e.source).data('label');
  const t = cy.getElementById(e.target).data('label');
  showFacts(`${s} — ${e.label} — ${t}`, e.title, e.factIds);
});

$('search').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const key = await search($('q').value);
  if (key) navigate({ e: key, x: [] });
});
$('date').addEventListener('change', () => navigate({ date: $('date').value || null }));
$('clear-date').addEventListener('click', () => navigate({ date: null }));
$('show-graph').addEventListener('click', () => navigate({ view: 'graph' }));
$('show-timeline').addEventListener('click', () => navigate({ view: 'timeline' }));
$('export-png').addEventListener('click', () => exportPng(cy, state));
$('export-svg').addEventListener('click', () => exportSvg(cy, state));
window.addEventListener('popstate', () => render(readState()));

render(state);

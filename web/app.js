// The page: search, draw, click for evidence, expand on demand. Every string that comes
// from a document is put in the DOM with textContent, never innerHTML.
/* global cytoscape */
'use strict';

const $ = (id) => document.getElementById(id);
const el = (tag, text, cls) => {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
};

const cy = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 4, width: 26, height: 26 } },
    { selector: 'node[kind = "person"]', style: { 'background-color': '#2f7ed8' } },
    { selector: 'node[kind = "organization"]', style: { 'background-color': '#2ca25f' } },
    { selector: 'node[kind = "event"]', style: { 'background-color': '#e6550d', shape: 'round-rectangle', width: 18, height: 18 } },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#222' } },
    { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, 'text-max-width': 160, 'text-wrap': 'ellipsis', width: 2, 'line-color': '#aaa', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#aaa', 'curve-style': 'bezier', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: ':selected', style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', 'border-width': 3, 'border-color': '#d62728' } },
  ],
});
window.cy = cy;

let focusKey = null;
// Each panel render takes a ticket; an answer that arrives after a newer click is dropped.
let ticket = 0;

async function api(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error((await r.json()).error || r.statusText);
  return r.json();
}

function dateParam() {
  const d = $('date').value;
  return d ? `&date=${encodeURIComponent(d)}` : '';
}

async function expand(key, replace) {
  const g = await api(`/api/neighbourhood?key=${encodeURIComponent(key)}${dateParam()}`);
  if (replace) cy.elements().remove();
  const add = [];
  for (const n of g.nodes) if (cy.getElementById(n.id).empty()) add.push({ group: 'nodes', data: n });
  for (const e of g.edges) if (cy.getElementById(e.id).empty()) add.push({ group: 'edges', data: e });
  cy.add(add);
  cy.nodes().removeClass('focus');
  cy.getElementById(key).addClass('focus');
  // Concentric and deterministic: the focus in the middle, its neighbours around it.
  cy.layout({ name: 'concentric', animate: false, fit: true, padding: 40, minNodeSpacing: 70, concentric: (n) => (n.id() === key ? 2 : 1), levelWidth: () => 1 }).run();
  document.body.dataset.loaded = String(cy.nodes().length);
}

async function show(key) {
  focusKey = key;
  const panel = showEntity(key);
  await expand(key, true);
  await panel;
}

async function showEntity(key) {
  const mine = ++ticket;
  const e = await api(`/api/entity?key=${encodeURIComponent(key)}`);
  if (mine !== ticket) return;
  const d = $('details');
  d.replaceChildren();
  d.append(el('h2', e.name));
  d.append(el('p', e.labels.join(', '), 'cite'));
  if (e.aliases.length) d.append(el('p', `Also known as: ${e.aliases.join('; ')}`));
  if (e.codes.length) d.append(el('p', `Codes: ${e.codes.join('; ')}`));
  const b = el('button', 'Expand neighbours');
  b.addEventListener('click', () => expand(key, false));
  d.append(b);
}

function evidenceBlock(ev) {
  // The paragraph with the quoted span marked: three text nodes, no HTML from the document.
  const q = el('blockquote');
  const from = Math.max(0, ev.start - ev.paragraphStart);
  const to = Math.max(from, ev.end - ev.paragraphStart);
  const text = ev.paragraphText || '';
  q.append(document.createTextNode(text.slice(0, from)));
  q.append(el('mark', text.slice(from, to)));
  q.append(document.createTextNode(text.slice(to)));
  return q;
}

async function showFacts(title, ids, extra) {
  const mine = ++ticket;
  const facts = ids.length ? await api(`/api/facts?ids=${ids.map(encodeURIComponent).join(',')}`) : [];
  if (mine !== ticket) return;
  const d = $('details');
  d.replaceChildren();
  d.append(el('h2', title));
  if (extra) d.append(el('p', extra, 'cite'));
  if (!ids.length) {
    d.append(el('p', 'No facts recorded for this relationship.'));
    return;
  }
  for (const f of facts) {
    const box = el('div', undefined, 'fact');
    const props = Object.entries(f.props).filter(([k]) => !['id', 'documentId', 'extractorVersion', 'event', 'source', 'confidence', 'rule'].includes(k));
    box.append(el('div', `${f.type}: ${props.map(([k, v]) => `${k} ${v}`).join(', ')}`));
    for (const ev of f.evidence) {
      box.append(el('div', `${ev.file} · ${ev.announcement || ''} · ¶${ev.paragraph}${ev.page ? ` · p.${ev.page}` : ''} · @${ev.start}–${ev.end}`, 'cite'));
      box.append(el('div', `“${ev.quote}”`, 'quote'));
      box.append(evidenceBlock(ev));
    }
    d.append(box);
  }
}

cy.on('tap', 'node', (evt) => {
  const n = evt.target.data();
  if (n.kind === 'event') showFacts(n.label, [n.id.replace(/^fact:/, '')]);
  else showEntity(n.id);
});
cy.on('dbltap', 'node', (evt) => {
  const n = evt.target.data();
  if (n.kind !== 'event') expand(n.id, false);
});
cy.on('tap', 'edge', (evt) => {
  const e = evt.target.data();
  const s = cy.getElementById(e.source).data('label');
  const t = cy.getElementById(e.target).data('label');
  const period = e.from || e.to ? `${e.from || '?'} – ${e.to || ''}` : '';
  showFacts(`${s} — ${e.label} — ${t}`, e.factIds, period);
});

$('search').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const list = $('candidates');
  list.replaceChildren();
  const found = await api(`/api/search?q=${encodeURIComponent($('q').value)}`);
  if (!found.length) {
    list.append(el('li', 'No match.'));
    return;
  }
  for (const c of found.slice(0, 8)) {
    const li = el('li');
    const b = el('button', `${c.name} (${c.labels.join(', ')})`);
    b.addEventListener('click', () => show(c.key));
    li.append(b);
    list.append(li);
  }
  await show(found[0].key);
});
$('date').addEventListener('change', () => focusKey && show(focusKey));
$('clear-date').addEventListener('click', () => {
  $('date').value = '';
  if (focusKey) show(focusKey);
});

// The side panel: an entity (its facts as sentences, each with its citations), or the facts
// behind a relationship or an event group; raw properties one click away; every citation a
// link to the source paragraph view.
'use strict';
import { $, el, link, api, sourceHref, citeText, markedParagraph } from './dom.js';

const HIDDEN_PROPS = new Set(['id', 'documentId', 'extractorVersion', 'event', 'source', 'confidence', 'rule']);
// Each render takes a ticket; an answer that arrives after a newer click is dropped.
let ticket = 0;

export function citation(c, withParagraph) {
  const box = el('div', undefined, 'citation');
  box.append(link(sourceHref(c), citeText(c), 'cite'));
  box.append(el('div', `“${c.quote}”`, 'quote'));
  if (withParagraph) box.append(markedParagraph(c.paragraphText || '', c.start - c.paragraphStart, c.end - c.paragraphStart));
  return box;
}

/** One fact: its sentence, its citations, and its raw properties behind a disclosure. */
export function factBlock(f, withParagraph = true) {
  const box = el('div', undefined, 'fact');
  box.dataset.fact = f.id;
  box.append(el('div', f.sentence, 'sentence'));
  for (const c of f.evidence) box.append(citation(c, withParagraph));
  const raw = el('details', undefined, 'raw');
  raw.append(el('summary', 'raw properties'));
  const table = el('table');
  for (const [k, v] of Object.entries(f.props).filter(([k]) => !HIDDEN_PROPS.has(k)).sort(([a], [b]) => a.localeCompare(b))) {
    const tr = el('tr');
    tr.append(el('th', k), el('td', Array.isArray(v) ? v.join('; ') : v));
    table.append(tr);
  }
  const tr = el('tr');
  tr.append(el('th', 'fact id'), el('td', f.id));
  table.append(tr);
  raw.append(table);
  box.append(raw);
  return box;
}

export async function showFacts(title, subtitle, ids) {
  const mine = ++ticket;
  const facts = ids.length ? await api(`/api/facts?ids=${ids.map(encodeURIComponent).join(',')}`) : [];
  if (mine !== ticket) return;
  const d = $('details');
  d.replaceChildren(el('h2', title));
  if (subtitle) d.append(el('p', subtitle, 'cite'));
  if (!facts.length) d.append(el('p', 'No facts recorded for this relationship.'));
  if (facts.length > 1) d.append(el('p', `${facts.length} facts`, 'count'));
  for (const f of facts) d.append(factBlock(f));
}

/**
 * An entity: name, kinds, aliases, actions, and the facts drawn around it on the current
 * date as sentences (a dossier in the panel), each line citing its evidence.
 */
export async function showEntity(key, factIds, actions) {
  const mine = ++ticket;
  const [e, facts] = await Promise.all([api(`/api/entity?key=${encodeURIComponent(key)}`), factIds.length ? api(`/api/facts?ids=${factIds.slice(0, 200).map(encodeURIComponent).join(',')}`) : []]);
  if (mine !== ticket) return;
  const d = $('details');
  d.replaceChildren(el('h2', e.name));
  d.append(el('p', e.labels.join(', '), 'cite'));
  if (e.aliases.length) d.append(el('p', `Also known as: ${e.aliases.join('; ')}`));
  if (e.codes.length) d.append(el('p', `Codes: ${e.codes.join('; ')}`));
  const bar = el('div', undefined, 'actions');
  for (const [label, fn] of actions) {
    const b = el('button', label);
    b.type = 'button';
    b.addEventListener('click', fn);
    bar.append(b);
  }
  d.append(bar);
  if (facts.length) {
    d.append(el('h3', 'Facts'));
    const list = el('ul', undefined, 'dossier');
    for (const f of facts) {
      const li = el('li');
      li.append(factBlock(f, false));
      list.append(li);
    }
    d.append(list);
  }
}

// What the page shows lives in its URL: the entity (e), the date (date), the entities
// expanded around it (x), the kinds of relationship hidden (hide) and the view (graph or
// timeline). Every change is a history entry, so back and forward work and a link restores it.
'use strict';

export function readState(loc = window.location) {
  const p = new URLSearchParams(loc.search);
  const list = (k) => (p.get(k) || '').split(',').filter(Boolean);
  return {
    e: p.get('e') || null,
    q: p.get('q') || null,
    date: p.get('date') || null,
    x: list('x'),
    hide: list('hide'),
    view: p.get('view') === 'timeline' ? 'timeline' : 'graph',
  };
}

export function toSearch(s) {
  const p = new URLSearchParams();
  if (s.e) p.set('e', s.e);
  if (s.date) p.set('date', s.date);
  if (s.x && s.x.length) p.set('x', s.x.join(','));
  if (s.hide && s.hide.length) p.set('hide', s.hide.join(','));
  if (s.view === 'timeline') p.set('view', 'timeline');
  const q = p.toString();
  return q ? `?${q}` : '/';
}

/** Change the state: a new history entry (or a replaced one), then render it. */
export function go(current, change, render, replace = false) {
  const next = { ...current, ...change, q: null };
  const url = toSearch(next);
  if (replace) history.replaceState(null, '', url);
  else if (url !== window.location.search && !(url === '/' && !window.location.search)) history.pushState(null, '', url);
  return render(next);
}

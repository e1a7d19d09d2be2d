// A timeline: one row per role (who held what, when), bars for the periods, marks for
// events and degrees, one time axis; every bar and mark cites its evidence by number, and
// the notes below give the quote with a link to the source paragraph view.
'use strict';
import { el, link, sourceHref, citeText } from './dom.js';

/** A date as a fraction of years; `end` moves an inclusive bound to the end of its period. */
function years(date, end = false) {
  const [y, m, d] = date.split('-').map(Number);
  if (!end) return y + (m ? (m - 1) / 12 : 0) + (d ? (d - 1) / 365 : 0);
  if (!m) return y + 1;
  if (!d) return y + m / 12;
  return y + (m - 1) / 12 + d / 365;
}

function range(t) {
  const all = t.rows.flatMap((r) => [...r.bars.flatMap((b) => [b.from, b.to]), ...r.marks.map((m) => m.at)]).filter(Boolean);
  if (!all.length) return null;
  const lo = Math.floor(Math.min(...all.map((d) => years(d))));
  const hi = Math.ceil(Math.max(...all.map((d) => years(d, true)))) + 1;
  return { lo, hi };
}

export function renderTimeline(container, t, { onEntity, onFacts }) {
  container.replaceChildren();
  const root = el('div', undefined, 'tl');
  root.append(el('h2', `Timeline — ${t.name}`));
  const r = range(t);
  if (!r) {
    root.append(el('p', 'Nothing dated to draw.'));
    container.append(root);
    return;
  }
  const pct = (y) => `${(((y - r.lo) / (r.hi - r.lo)) * 100).toFixed(3)}%`;
  const notes = new Map();
  const noteOf = (id) => {
    if (!notes.has(id)) notes.set(id, notes.size + 1);
    return notes.get(id);
  };
  const refs = (ids) => {
    const s = el('span', undefined, 'refs');
    for (const id of ids) s.append(link(`#note-${noteOf(id)}`, `[${noteOf(id)}]`, 'ref'));
    return s;
  };

  // Room for every year: the axis scrolls rather than squeezing short periods to nothing.
  root.style.minWidth = `${270 + (r.hi - r.lo) * 14}px`;
  const axis = el('div', undefined, 'tl-row tl-axis');
  axis.append(el('div', '', 'tl-label'));
  const ticks = el('div', undefined, 'tl-track');
  // A year label every 1, 2, 5 or 10 years, at least 40 px apart.
  const perYear = Math.max(14, (container.clientWidth - 290) / (r.hi - r.lo));
  const step = [1, 2, 5, 10].find((s) => s * perYear >= 40) ?? 20;
  for (let y = Math.ceil(r.lo / step) * step; y <= r.hi; y += step) {
    const tick = el('span', String(y), 'tl-tick');
    tick.style.left = pct(y);
    ticks.append(tick);
  }
  axis.append(ticks);
  root.append(axis);

  let group = null;
  for (const row of t.rows) {
    const heading = row.key ? row.name : 'Events';
    if (heading !== group) {
      group = heading;
      const h = el('div', undefined, 'tl-group');
      if (row.key) {
        const a = link(`?e=${encodeURIComponent(row.key)}&view=timeline`, row.name);
        a.addEventListener('click', (ev) => {
          ev.preventDefault();
          onEntity(row.key);
        });
        h.append(a);
      } else h.append(el('span', heading));
      root.append(h);
    }
    const line = el('div', undefined, 'tl-row');
    line.dataset.row = row.id;
    const label = el('div', undefined, 'tl-label');
    label.append(el('div', row.label, 'tl-role'));
    if (row.bars.length) label.append(el('div', row.bars.map((b) => b.period).join('; '), 'tl-when'));
    line.append(label);
    const track = el('div', undefined, 'tl-track');
    for (const b of row.bars) {
      const from = years(b.from ?? b.to);
      const to = b.to === null ? r.hi : b.toExclusive ? years(b.to) : years(b.to, true);
      const bar = el('div', undefined, `tl-bar${b.to === null ? ' open' : ''}${b.startUnknown ? ' start-unknown' : ''}`);
      bar.style.left = pct(from);
      bar.style.width = `${(((Math.max(to, from + 0.05) - from) / (r.hi - r.lo)) * 100).toFixed(3)}%`;
      bar.dataset.from = b.from ?? '';
      bar.dataset.to = b.to ?? '';
      bar.title = `${row.label}: ${b.period}`;
      bar.setAttribute('aria-label', `${row.label}: ${b.period}`);
      bar.append(refs(b.factIds));
      bar.addEventListener('click', (ev) => {
        if (ev.target.closest('a')) return;
        onFacts(`${row.name ? `${row.name} — ` : ''}${row.label}`, b.period, b.factIds);
      });
      track.append(bar);
    }
    for (const m of row.marks) {
      const mark = el('button', undefined, `tl-mark ${m.category}`);
      mark.type = 'button';
      mark.style.left = pct(years(m.at));
      mark.title = `${m.label} (${m.at})`;
      mark.dataset.at = m.at;
      mark.setAttribute('aria-label', `${m.label} ${m.at}`);
      mark.addEventListener('click', () => onFacts(m.label, m.at, m.factIds));
      track.append(mark);
      track.append(Object.assign(refs(m.factIds), { className: 'refs mark-refs', style: `left: ${pct(years(m.at))}` }));
    }
    line.append(track);
    root.append(line);
  }

  const list = el('ol', undefined, 'tl-notes');
  for (const [id, n] of notes) {
    const f = t.facts[id];
    const li = el('li');
    li.id = `note-${n}`;
    li.value = n;
    li.append(el('span', f ? f.sentence : id, 'sentence'));
    for (const c of f ? f.evidence : []) {
      const cite = el('div', undefined, 'citation');
      cite.append(link(sourceHref(c), citeText(c), 'cite'), el('span', ` “${c.quote}”`, 'quote'));
      li.append(cite);
    }
    list.append(li);
  }
  root.append(el('h3', 'Evidence'), list);
  if (t.undated.length) root.append(el('p', `${t.undated.length} fact(s) with no date are not on the axis.`, 'cite'));
  container.append(root);
  for (const track of root.querySelectorAll('.tl-track')) placeMarkRefs(track);
}

/**
 * Events close in time on one row would write their citations over each other: each mark's
 * citations take the first lane (beside the mark, then under it) where they touch no other.
 */
function placeMarkRefs(track) {
  const LANES = [5, 20, 35];
  const taken = [...track.querySelectorAll('.tl-bar .refs')].map((e) => e.getBoundingClientRect());
  const base = track.getBoundingClientRect().top;
  const marks = [...track.querySelectorAll('.mark-refs')].sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
  for (const m of marks) {
    for (const lane of LANES) {
      m.style.top = `${lane}px`;
      const r = m.getBoundingClientRect();
      if (!taken.some((t) => r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom)) break;
    }
    const r = m.getBoundingClientRect();
    taken.push(r);
    // A third lane makes the row taller rather than reaching into the next one.
    if (r.bottom - base > track.clientHeight) track.style.height = `${Math.ceil(r.bottom - base) + 2}px`;
  }
}

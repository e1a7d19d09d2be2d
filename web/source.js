// The source paragraph view: the paragraph that states a fact, the quote marked, the
// paragraphs around it, and where it stands (file, announcement, section, page).
'use strict';
import { $, el, api, markedParagraph } from './dom.js';

async function main() {
  const p = new URLSearchParams(window.location.search);
  const root = $('source');
  let s;
  try {
    s = await api(`/api/source?p=${encodeURIComponent(p.get('p') || '')}`);
  } catch (err) {
    root.replaceChildren(el('p', `Not found: ${err.message}`));
    document.body.dataset.rendered = 'error';
    return;
  }
  const start = Number(p.get('start'));
  const end = Number(p.get('end'));
  root.replaceChildren();
  root.append(el('h1', s.announcement && s.announcement.title ? s.announcement.title : s.file));
  const meta = [s.file, s.announcement && s.announcement.issuer, s.announcement && s.announcement.date, s.section ? `§ ${s.section}` : '', `¶${s.paragraph.ordinal}`, s.page ? `p.${s.page}` : '', Number.isFinite(start) && p.get('start') ? `@${start}–${end}` : ''].filter(Boolean);
  root.append(el('p', meta.join(' · '), 'cite'));
  for (const q of s.before) root.append(el('p', q.text, 'context'));
  const here = Number.isFinite(start) && p.get('start') ? markedParagraph(s.paragraph.text, start - s.paragraph.start, end - s.paragraph.start, 'p') : el('p', s.paragraph.text);
  here.className = 'stated';
  here.id = 'stated';
  root.append(here);
  for (const q of s.after) root.append(el('p', q.text, 'context'));
  if (s.facts.length) root.append(el('p', `${s.facts.length} fact(s) are stated in this paragraph.`, 'cite'));
  const back = el('button', 'Back');
  back.type = 'button';
  back.addEventListener('click', () => history.back());
  root.append(back);
  document.body.dataset.rendered = 'source';
}

main();

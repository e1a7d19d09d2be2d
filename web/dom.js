// Small DOM helpers. Every string that comes from a document goes in with textContent
// (or an attribute set through the DOM), never as HTML.
'use strict';

export const $ = (id) => document.getElementById(id);

export function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

/** A link: href built by us from ids and offsets, text from the document. */
export function link(href, text, cls) {
  const a = el('a', text, cls);
  a.href = href;
  return a;
}

export async function api(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error((await r.json().catch(() => ({}))).error || r.statusText);
  return r.json();
}

/** The source paragraph view of a citation. */
export function sourceHref(c) {
  return `/source?p=${encodeURIComponent(c.paragraphId)}&start=${c.start}&end=${c.end}`;
}

/** "file § announcement ¶n p.k @start–end": where a quote stands. */
export function citeText(c) {
  return [c.file, c.announcement ? `§ ${c.announcement}` : '', c.announcementDate || '', `¶${c.paragraph}`, c.page ? `p.${c.page}` : '', `@${c.start}–${c.end}`].filter(Boolean).join(' · ');
}

/** The paragraph with the quoted span marked: three text nodes, no HTML from the document. */
export function markedParagraph(text, from, to, tag = 'blockquote') {
  const q = el(tag);
  const a = Math.max(0, Math.min(text.length, from));
  const b = Math.max(a, Math.min(text.length, to));
  q.append(document.createTextNode(text.slice(0, a)));
  q.append(el('mark', text.slice(a, b)));
  q.append(document.createTextNode(text.slice(b)));
  return q;
}

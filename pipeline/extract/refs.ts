// Resolving a paragraph's names to entities: short forms, defined terms, "the Company".
import type { Paragraph } from '../model.ts';
import type { Ref } from './context.ts';
import type { Registry } from './registry.ts';
import type { NameMention } from './mentions/types.ts';
import { memo } from '../text/memo.ts';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

// A document defines few terms and has many paragraphs: each term's pattern is built once, and a
// paragraph without the term's first word is not scanned at all (the pattern matches it as written).
const termPattern = memo((term) => new RegExp(`(?<![\\w“"])${escapeRe(term)}(?![\\w”"])`, 'g'), 5000);
const termPatternWithThe = memo((term) => new RegExp(`(?<![\\w“"])(?:[Tt]he\\s+)?${escapeRe(term)}(?![\\w”"])`, 'g'), 5000);

/** Where a defined term is used in a text ("the" before it taken in when `withThe`). */
export function termMatches(text: string, term: string, withThe: boolean): RegExpExecArray[] {
  const first = term.split(/\s+/, 1)[0];
  if (first && !text.includes(first)) return [];
  return [...text.matchAll((withThe ? termPatternWithThe : termPattern)(term))];
}

/** Resolve a paragraph's names: short forms to full names, defined terms and "the Company" to entities. */
export function resolveRefs(p: Paragraph, names: NameMention[], registry: Registry, text: string): Ref[] {
  const refs: Ref[] = [];
  for (const n of names) {
    if (n.kind === 'person') {
      // A short form with no full name in the document is kept as written ("Mr. Pike" is Pike).
      const name = n.short ? (registry.resolveShort(p.announcementId, n.honorific, n.name) ?? n.name) : n.name;
      if (name) refs.push({ from: n.from, to: n.to, kind: 'person', name, surface: text.slice(n.from, n.to) });
    } else {
      const alias = registry.alias(p.announcementId, n.name);
      refs.push({ from: n.from, to: n.to, kind: alias?.kind ?? 'organization', name: alias?.name ?? registry.canonicalOrg(n.name), surface: n.name });
    }
  }
  // Defined terms used as names: “Xunlei”, the Target Company, the Company, Mr. Lei (as defined).
  const terms = registry.aliasTerms(p.announcementId);
  for (const term of terms) {
    for (const m of termMatches(text, term, true)) {
      const from = m.index;
      const to = m.index + m[0].length;
      if (refs.some((r) => from < r.to && to > r.from)) continue;
      // Inside the quotes of its own definition: not a use.
      if (/[“"]$/.test(text.slice(0, from)) || /^[”"]/.test(text.slice(to))) continue;
      // The tail of a longer name: "Target Group" is not "the Group".
      if (!/^the\s/i.test(m[0]) && /[A-Z][\w&’'-]*\s+$/.test(text.slice(Math.max(0, from - 30), from)) && !/\b(?:The|THE)\s+$/.test(text.slice(Math.max(0, from - 30), from))) continue;
      const target = registry.alias(p.announcementId, m[0]);
      if (target) refs.push({ from, to, kind: target.kind, name: target.name, surface: m[0] });
    }
  }
  return refs.sort((a, b) => a.from - b.from);
}

// Stage 2 of extraction: the names in a paragraph. First those stated outright (legal forms,
// context words, honorifics, signatures, the audit firms); then, once the whole document's
// definitions are known, short forms, and people found by compromise near words of office.
import type { Paragraph } from '../model.ts';
import type { Registry } from './registry.ts';
import { findOrganizations } from './mentions/organizations.ts';
import { findContextOrganizations } from './mentions/org-context.ts';
import type { ShortNames } from './mentions/short-names.ts';
import { findHonorificPeople, findNamedPeople, findPlainPeople, findSignaturePeople, isNameWord } from './mentions/people.ts';
import type { NameMention } from './mentions/types.ts';
import { sentences } from './sentences.ts';
import { AUDITORS, NOT_NAME_WORDS } from './lexicon.ts';
import { termMatches } from './refs.ts';

/** Words near a person named without an honorific. */
const PERSON_CUES = /appoint|elect|resign|ceased|retire|step(?:ped)? down|became|transition|notified|informed|serve|joined|aged?\s|,\s\d{2},|director|officer|president|secretary|chairman|treasurer|counsel|graduat|degree/i;

/** Names a paragraph states outright: legal forms, context, honorifics, signatures. */
export function namesIn(p: Paragraph): NameMention[] {
  const text = p.plain.text;
  const orgs = findOrganizations(text);
  const people = [...findHonorificPeople(text), ...findSignaturePeople(text)];
  const out: NameMention[] = [...orgs, ...findContextOrganizations(text, [...orgs, ...people]), ...people];
  for (const a of AUDITORS) {
    let i = text.indexOf(a);
    while (i >= 0) {
      if (!out.some((o) => i < o.to && i + a.length > o.from)) out.push({ from: i, to: i + a.length, name: a, kind: 'organization', label: 'Company' });
      i = text.indexOf(a, i + a.length);
    }
  }
  for (const m of findNamedPeople(text)) if (!out.some((o) => m.from < o.to && m.to > o.from)) out.push(m);
  return out;
}

/** "Jiangxi Shipbuilding and Nantong Tongbao Shipbuilding Company Limited": two names where the first is one the document defined. */
export function splitKnown(p: Paragraph, names: NameMention[], registry: Registry, shortNames: ShortNames): NameMention[] {
  return names.flatMap((n) => {
    if (n.kind !== 'organization') return [n];
    // A name found in context that is the short form of a fuller one ("Halvern" for "Halvern Bio Inc.").
    const full = registry.alias(p.announcementId, n.name) ? undefined : shortNames.resolve(n.name);
    if (full && full !== n.name) return [{ ...n, name: full }];
    const m = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(n.name);
    const known = m ? registry.alias(p.announcementId, m[1])?.name ?? shortNames.resolve(m[1]) : undefined;
    if (!m || !known || known === n.name) return [n];
    const raw = p.plain.text.slice(n.from, n.to);
    const cut = /\s+(?:and|&)\s+/.exec(raw)!;
    const left: NameMention = { ...n, to: n.from + cut.index, name: m[1] };
    const right: NameMention = { ...n, from: n.from + cut.index + cut[0].length, name: m[2] };
    return [left, right];
  });
}

/** Names that need the whole document first: short forms of organisations, then people through compromise. */
export function moreNamesIn(p: Paragraph, base: NameMention[], shortNames: ShortNames, registry: Registry): NameMention[] {
  const text = p.plain.text;
  // A defined term ("Jingji") is its definition's, not a short form of another name.
  // A short form inside a longer defined term ("Dingding Cultural" in “Dingding Cultural Tourism”) is the term's.
  const terms = registry.aliasTerms(p.announcementId).flatMap((t) => termMatches(text, t, false).map((m) => ({ from: m.index!, to: m.index! + m[0].length })));
  const inTerm = (m: NameMention) => terms.some((t) => t.from <= m.from && m.to <= t.to);
  const out = [...base, ...shortNames.find(text, base).filter((m) => !inTerm(m) && !registry.alias(p.announcementId, text.slice(m.from, m.to)))];
  // compromise is the costly part: run it only on sentences that speak of people in office and
  // hold a run of capitalised words no other pass has explained.
  if (!/^[A-Z\s\d,.;:()&'-]+$/.test(text)) {
    for (const s of sentences(text)) {
      if (!PERSON_CUES.test(s.text)) continue;
      const unexplained = [...s.text.matchAll(/\b[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)*[A-Z][a-z]+)+/g)].filter((m) => {
        const from = s.from + m.index!;
        if (out.some((o) => from < o.to && from + m[0].length > o.from)) return false;
        // Capitalised words of the genre that are nobody's name do not count; a run counts when it
        // holds a given name or a genre surname ("Doug Petno", not "Reverse Stock Split"): the
        // tagger's people are those, its names of places and products are not wanted.
        const words = m[0].split(/\s+/).filter((w) => !NOT_NAME_WORDS.has(w));
        return words.length >= 2 && words.some((w) => isNameWord(w));
      });
      // The tagger reads each such run with the words around it, not the whole sentence: its cost
      // grows with the text it is given. A name cut by a window's edge is not taken.
      for (const w of tagWindows(s.text, unexplained.map((m) => [m.index!, m.index! + m[0].length] as const))) {
        const part = s.text.slice(w.from, w.to);
        for (const m of findPlainPeople(part)) {
          if ((m.from === 0 && w.from > 0) || (m.to === part.length && w.to < s.text.length)) continue;
          const from = s.from + w.from + m.from;
          const to = s.from + w.from + m.to;
          if (!out.some((o) => from < o.to && to > o.from)) out.push({ ...m, from, to });
        }
      }
    }
  }
  return out.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** Spans of a sentence around each run, WINDOW characters either side, widened to whole words and merged. */
const WINDOW = 80;
export function tagWindows(text: string, runs: ReadonlyArray<readonly [number, number]>): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (const [a, b] of runs) {
    let from = Math.max(0, a - WINDOW);
    let to = Math.min(text.length, b + WINDOW);
    while (from > 0 && !/\s/.test(text[from - 1])) from--;
    while (to < text.length && !/\s/.test(text[to])) to++;
    const last = out[out.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to });
  }
  return out;
}

// Entities of one document and the names they go by: full names, short forms
// ("Mr. Qu"), defined terms (the “Target Company”), "the Company" for the issuer.
// Aliases are scoped to their announcement first, then the document.
import type { Evidence } from '../facts/types.ts';
import type { EntityRecord, OrgLabel } from './types.ts';
import { entityKey, fold, orgKey, stripHonorific } from '../text/normalize.ts';
import { HONORIFIC_PREFIX, honorificGender } from './lexicon.ts';
import { cleanName } from '../text/clean.ts';

export interface PersonInfo {
  name: string;
  gender?: 'm' | 'f';
  tokens: string[];
}

/** Mentions of one entity kept per paragraph (the loader's MERGE per mention is not free). */
export const MAX_MENTIONS_PER_PARAGRAPH = 20;

export class Registry {
  readonly entities = new Map<string, EntityRecord>();
  /** announcementId -> folded alias -> canonical entity (kind, name). */
  private aliases = new Map<string, Map<string, { kind: 'person' | 'organization'; name: string }>>();
  /** announcementId -> alias terms as written, for finding their uses in text. */
  private terms = new Map<string, Set<string>>();
  /** announcementId -> people with full names, in order of first mention. */
  private people = new Map<string, PersonInfo[]>();

  entity(kind: 'person' | 'organization', raw: string, label?: OrgLabel): EntityRecord {
    const name = cleanName(raw);
    const key = entityKey(kind, name);
    let e = this.entities.get(key);
    if (!e) {
      e = { key, kind, name, aliases: [], labels: [], codes: [], mentions: [] };
      this.entities.set(key, e);
    } else if (kind === 'organization' && /[a-z]/.test(name) && !/[a-z]/.test(e.name)) {
      // Prefer "Exelon Corporation" over the cover page's "EXELON CORPORATION".
      e.aliases.push(e.name);
      e.name = name;
    }
    if (label && !e.labels.includes(label)) e.labels.push(label);
    return e;
  }

  /** Spans already kept per entity, and how many each entity has per paragraph. */
  private spans = new Map<string, Set<string>>();
  private perParagraph = new Map<string, number>();
  /** Mentions not kept because of the cap, per entity key. */
  readonly mentionsOmitted = new Map<string, number>();

  mention(kind: 'person' | 'organization', name: string, evidence: Evidence, label?: OrgLabel): void {
    const e = this.entity(kind, name, label);
    const spans = this.spans.get(e.key) ?? new Set<string>();
    this.spans.set(e.key, spans);
    const span = `${evidence.start}:${evidence.end}`;
    if (spans.has(span)) return;
    spans.add(span);
    // A name repeated thousands of times in one paragraph: the first few mentions say it is there.
    const at = `${e.key}\u0000${evidence.paragraph}`;
    const n = this.perParagraph.get(at) ?? 0;
    this.perParagraph.set(at, n + 1);
    if (n >= MAX_MENTIONS_PER_PARAGRAPH) {
      this.mentionsOmitted.set(e.key, (this.mentionsOmitted.get(e.key) ?? 0) + 1);
      return;
    }
    e.mentions.push(evidence);
  }

  addAlias(announcementId: string, alias: string, kind: 'person' | 'organization', name: string): void {
    const clean = cleanName(alias.replace(/\*\*/g, ''));
    if (!clean || fold(clean) === fold(name)) return;
    let m = this.aliases.get(announcementId);
    if (!m) this.aliases.set(announcementId, (m = new Map()));
    m.set(fold(clean), { kind, name });
    if (!HONORIFIC_PREFIX.test(clean + ' ') || clean.split(/\s+/).length > 1) {
      const t = this.terms.get(announcementId) ?? new Set<string>();
      t.add(clean);
      this.terms.set(announcementId, t);
    }
    m.set(fold(stripHonorific(clean)) + (HONORIFIC_PREFIX.test(clean + ' ') ? '#' + (honorificGender(clean.split(/[.\s]/)[0]) ?? '') : ''), { kind, name });
    const e = this.entity(kind, name);
    if (!e.aliases.includes(clean) && !/^(?:Company|Group|Board|Directors?)$/i.test(clean)) e.aliases.push(clean);
  }

  /** Terms defined in the announcement (and document-wide), longest first. */
  aliasTerms(announcementId: string): string[] {
    const all = new Set([...(this.terms.get(announcementId) ?? []), ...(this.terms.get('*') ?? [])]);
    return [...all].filter((t) => !/^(?:Board|Directors?|Shareholders?|Share\(s\)|Shares?|%)$/i.test(t)).sort((a, b) => b.length - a.length);
  }

  alias(announcementId: string, text: string): { kind: 'person' | 'organization'; name: string } | undefined {
    const k = fold(text.replace(/^the\s+/i, ''));
    return this.aliases.get(announcementId)?.get(k) ?? this.aliases.get('*')?.get(k);
  }

  addPerson(announcementId: string, name: string, honorific?: string): void {
    const list = this.people.get(announcementId) ?? [];
    if (!list.some((p) => p.name === name)) {
      list.push({ name, gender: honorific ? honorificGender(honorific) : undefined, tokens: name.split(/\s+/).map((t) => t.replace(/[.,]$/, '')) });
      this.people.set(announcementId, list);
    } else if (honorific) {
      const p = list.find((x) => x.name === name)!;
      p.gender ??= honorificGender(honorific);
    }
    const all = this.people.get('*') ?? [];
    if (!all.some((p) => p.name === name)) {
      all.push({ name, gender: honorific ? honorificGender(honorific) : undefined, tokens: name.split(/\s+/).map((t) => t.replace(/[.,]$/, '')) });
      this.people.set('*', all);
    }
  }

  /** "Mr. Zou" -> "Zou Tao": a defined short form first, else a full name in the announcement with that word and a compatible honorific. */
  resolveShort(announcementId: string, honorific: string | undefined, word: string): string | undefined {
    const gender = honorific ? honorificGender(honorific) : undefined;
    const defined = this.aliases.get(announcementId)?.get(fold(word) + '#' + (gender ?? ''));
    if (defined) return defined.name;
    for (const scope of [announcementId, '*']) {
      const candidates = (this.people.get(scope) ?? []).filter((p) => p.tokens.includes(word) && p.tokens.length > 1);
      const compatible = candidates.filter((p) => !gender || !p.gender || p.gender === gender);
      if (compatible.length === 1) return compatible[0].name;
      if (compatible.length > 1) {
        // Surname first (Chinese order) or last (Western order).
        const bySurname = compatible.filter((p) => p.tokens[0] === word || p.tokens[p.tokens.length - 1] === word);
        if (bySurname.length) return bySurname[0].name;
        return compatible[0].name;
      }
    }
    return undefined;
  }

  /** A shorter name of an organisation already known by a longer one ("Kingsoft Corporation" for "Kingsoft Corporation Limited"). */
  canonicalOrg(name: string): string {
    const k = orgKey(name);
    if (this.entities.has(k)) return this.entities.get(k)!.name;
    const bare = k.replace(/ (ltd|co ltd|corp|inc|holdings|group)$/, '');
    for (const e of this.entities.values()) {
      if (e.kind !== 'organization') continue;
      if (e.key.startsWith(k + ' ') && /^(ltd|co ltd|inc)$/.test(e.key.slice(k.length + 1))) return e.name;
      if (bare !== k && e.key === bare) return e.name;
    }
    return name;
  }
}

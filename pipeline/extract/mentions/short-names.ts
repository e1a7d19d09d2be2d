// Short names of organisations resolved to the document's full name: "Caterpillar" for
// "Caterpillar Inc.", "Shenzhen Xingyun" for "Shenzhen Xingyun Data Technology Co., Ltd.",
// "Arch Therapeutics" wherever the document named it once in context. A short form two full
// names could claim is left alone, and so is a name the document never writes in full.
import { GENERIC_NAME_WORDS, LEGAL_FORM_WORDS, NAME_OPENERS, ORG_HEAD_WORDS, PLACE_WORDS, legalFormsSource } from '../lexicon.ts';
import { GENERIC } from './organizations.ts';
import type { NameMention } from './types.ts';

const FORM_WORDS = new RegExp(`(?:^|[\\s,])(?:${legalFormsSource()})$`);
const NOT_ALONE = new Set([...GENERIC_NAME_WORDS, ...NAME_OPENERS, ...PLACE_WORDS, ...ORG_HEAD_WORDS].map((w) => w.toLowerCase()));
/** After a short form, a capitalised word that makes it part of another name ("Caterpillar Foundation"). */
const ANOTHER_NAME = new RegExp(`^[ \\t]+(?:${[...ORG_HEAD_WORDS, ...LEGAL_FORM_WORDS, 'Foundation', 'Bank', 'Trust', 'Fund'].join('|')})\\b`);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** The name without its legal forms: "Shenzhen Xingyun Data Technology". */
export function coreName(name: string): string {
  let s = name.trim();
  for (;;) {
    const m = FORM_WORDS.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index).replace(/[,\s]+$/, '');
  }
  return s;
}

export class ShortNames {
  private forms = new Map<string, { name: string; rank: number } | null>();
  private re: RegExp | null = null;

  /** Register a full name: its core (rank 30), its first two words (20), its first word (10). */
  add(name: string): void {
    const core = coreName(name);
    const words = core.split(/\s+/);
    if (!/[a-z]/.test(core) && words.length > 1) return; // capitals: the cover page's spelling
    const claim = (form: string, rank: number) => {
      if ((form === name && rank !== 5) || form.length < 2 || GENERIC.test(form)) return;
      if (!/^[A-Z0-9]/.test(form)) return;
      const ws = form.split(/\s+/);
      if (ws.every((w) => NOT_ALONE.has(w.toLowerCase()))) return;
      if (ws.length === 1 && (form.length < 4 && !/\d/.test(form) || NOT_ALONE.has(form.toLowerCase()))) return;
      const prev = this.forms.get(form);
      if (prev === undefined || (prev && prev.rank < rank)) this.forms.set(form, { name, rank });
      else if (prev && prev.rank === rank && prev.name !== name) this.forms.set(form, null);
    };
    if (core !== name) claim(core, 30);
    else claim(name, 5); // a name found without a legal form: itself, below any fuller name's claim
    if (words.length >= 3) claim(words.slice(0, 2).join(' '), 20);
    if (words.length >= 2) claim(words[0], 10);
    this.re = null;
  }

  /** The full name a short form stands for, if exactly one. */
  resolve(form: string): string | undefined {
    return this.forms.get(form.replace(/\s+/g, ' '))?.name;
  }

  /** Unclaimed short forms in `text`, as mentions of their full names. */
  find(text: string, taken: Array<{ from: number; to: number }>): NameMention[] {
    if (!this.re) {
      const forms = [...this.forms.entries()].filter(([, v]) => v).map(([k]) => k).sort((a, b) => b.length - a.length);
      if (forms.length === 0) return [];
      this.re = new RegExp(`(?<![A-Za-z0-9&'’.\\-])(?:${forms.map(escape).join('|')})(?![A-Za-z0-9&\\-])`, 'g');
    }
    const out: NameMention[] = [];
    for (const m of text.matchAll(this.re)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.some((t) => from < t.to && to > t.from)) continue;
      if (ANOTHER_NAME.test(text.slice(to, to + 40))) continue;
      // The term of a definition (“Merge”) is not a use of the name.
      if (/[“"‘']$/.test(text.slice(0, from)) && /^[”"’']/.test(text.slice(to))) continue;
      // Inside a longer capitalised name: "Greater Caterpillar".
      if (/[A-Z][A-Za-z0-9&'’-]*[ \t]+$/.test(text.slice(Math.max(0, from - 30), from)) && !/(?:^|\s)(?:The|the|and|of|by|to|at|for|with|from|In|On|At|As|By)[ \t]+$/.test(text.slice(Math.max(0, from - 30), from))) continue;
      const hit = this.forms.get(m[0].replace(/\s+/g, ' '));
      if (!hit) continue;
      out.push({ from, to, name: hit.name, kind: 'organization', label: 'Company' });
    }
    return out;
  }
}

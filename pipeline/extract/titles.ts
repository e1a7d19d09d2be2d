// Titles as a small grammar: MODIFIER* FIELD? HEAD COMPLEMENT?, lists of them joined by commas
// and "and", each normalised to one lower-case form (the spec's role names where one fits):
// "Senior Vice President, Global Supply Chain", "Chairman and CEO" (two titles), "Head of
// Investor Relations", "a member of the Board of Directors" (director). A title is made only of
// these words, so it never swallows a date or a verb ("President since January 2009").
import {
  BARE_HEAD_NOT_TITLE, TITLE_ABBREVIATIONS, TITLE_DEPARTMENTS, TITLE_FIELDS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_SYNONYMS,
} from './lexicon.ts';

export interface TitleSpan {
  /** Normalised title, lower case ("chief executive officer"). */
  title: string;
  /** The title as written, and where (offsets in the text given). */
  raw: string;
  from: number;
  to: number;
  /** A board committee's chair or member ("member of the Audit Committee"): a committee role, not a position. */
  committee?: boolean;
}

const alt = (xs: readonly string[]) => xs.map((x) => x.replace(/ /g, '\\s+')).join('|');
const MODS_RE = new RegExp(`(?:(?:co-|(?:${alt(TITLE_MODIFIERS.filter((m) => m !== 'co-'))})[\\s]+))*`, 'iy');
const FIELD_RE = new RegExp(`(?:${alt([...TITLE_FIELDS].sort((a, b) => b.length - a.length))})\\s+`, 'iy');
const HEAD_RE = new RegExp(`(?:${alt(TITLE_HEADS)})(?:s|es)?(?![\\w-])`, 'iy');
const ABBR_RE = new RegExp(`(?:Co-|co-)?(?:${Object.keys(TITLE_ABBREVIATIONS).map((k) => k.toUpperCase()).join('|')})s?(?![\\w-])`, 'y');
/** Some title's head word or abbreviation somewhere: without one, no title can be read (a cheap test first). */
const ANY_HEAD = new RegExp(`(?:${alt(TITLE_HEADS)})|(?:${Object.keys(TITLE_ABBREVIATIONS).join('|')})`, 'i');
export function mayHoldTitle(text: string): boolean {
  return ANY_HEAD.test(text);
}
const BOARD_OF = /^\s+of\s+(?:the\s+|its\s+|our\s+)?(?:(?:Company|Registrant|Group)['’]s\s+)?(?:board(?:\s+of\s+directors)?|directors)(?![\w-])/i;
const COMMITTEE_OF = /^\s+of\s+(?:the\s+|its\s+|our\s+)?(?:[A-Z][\w,&-]*\s+){1,6}Committee\b/;
const LOWER_UNIT_OF = /^\s+of\s+(?:the\s+|its\s+)?(?:[a-z][\w&-]*\s+){0,5}(?:department|division|group|committee|business|unit|team|segment|practice|desk|office)s?(?![\w-])/;
const DEPARTMENT_OF = /^\s+(?:of|for)\s+/i;
const QUALIFIER = /^\s*(?:,|\s-|\s–)\s*((?:[A-Z][\w&'’-]*)(?:\s+(?:&|and|of|for|the)?\s*[A-Z][\w&'’-]*){0,3})(?=\s*(?:$|[,;.(]|\s+and\s|\s+(?:since|from|until|through|in|at|of|for|with|effective)\b))/;
const NOT_IN_TITLE = '(?!(?:since|from|until|in|at|of|for|with|to|through|between|during|where|which|who|whose|and|or|effective|he|she|the)\\b)';
const HEAD_OF = new RegExp(`^(?:the\\s+)?[A-Za-z][\\w&-]*(?:\\s+(?:and\\s+)?${NOT_IN_TITLE}[A-Za-z][\\w&-]*){0,4}`);
const VP_LIKE = /(?:president|head|general manager|managing director|director|officer|partner)$/i;

/** One title at `at` (no determiner), or undefined. `stop` says a name starts at a position. */
export function titleAt(text: string, at: number, stop: (pos: number) => boolean = () => false): TitleSpan | undefined {
  MODS_RE.lastIndex = at;
  const mods = MODS_RE.exec(text);
  let p = at;
  let head: RegExpExecArray | null = null;
  // The longest reading: the head at once ("Chief Customer Officer", "Associate General Counsel")
  // or after modifiers, each with or without a field word ("Senior Portfolio Manager").
  for (const start of mods && mods[0].length ? [at, at + mods[0].length] : [at]) {
    for (const withField of [false, true]) {
      let q = start;
      if (withField) {
        FIELD_RE.lastIndex = q;
        const f = FIELD_RE.exec(text);
        if (!f) continue;
        q += f[0].length;
      }
      HEAD_RE.lastIndex = q;
      let h = HEAD_RE.exec(text);
      if (!h) {
        ABBR_RE.lastIndex = q;
        h = ABBR_RE.exec(text);
      }
      if (h && (!head || q + h[0].length > p + head[0].length)) {
        head = h;
        p = q;
      }
    }
  }
  if (!head) return undefined;
  let to = p + head[0].length;
  const bareHead = head[0].toLowerCase().replace(/e?s$/, '');
  const qualified = p > at;
  let complement = '';
  let committee = false;
  const rest = text.slice(to);
  const board = BOARD_OF.exec(rest);
  const comm = COMMITTEE_OF.exec(rest);
  if (board && /^(?:chair|chairman|chairwoman|chairperson|vice[- ]chair(?:man)?|member|director)$/i.test(head[0].replace(/e?s$/, ''))) {
    complement = ' of the board';
    to += board[0].length;
  } else if (comm && /^(?:chair|chairman|chairwoman|chairperson|member)s?$/i.test(head[0])) {
    committee = true;
    to += comm[0].length;
  } else if (LOWER_UNIT_OF.test(rest)) {
    const u = LOWER_UNIT_OF.exec(rest)!;
    complement = u[0];
    to += u[0].length;
  } else if (DEPARTMENT_OF.test(rest) && !stop(to + DEPARTMENT_OF.exec(rest)![0].length)) {
    const after = rest.slice(DEPARTMENT_OF.exec(rest)![0].length);
    const dept = /^head$/i.test(bareHead) ? HEAD_OF.exec(after) : TITLE_DEPARTMENTS.exec(after);
    if (dept && !/\b(?:since|from|until|in|at|the Company|the Group)$/i.test(dept[0])) {
      const len = DEPARTMENT_OF.exec(rest)![0].length + dept[0].length;
      complement = rest.slice(0, len);
      to += len;
    }
  }
  if (!complement && !committee && VP_LIKE.test(head[0]) && /president|head|general manager/i.test(head[0])) {
    const q = QUALIFIER.exec(text.slice(to));
    if (q && !titleAt(q[1], 0) && !stop(to + q[0].indexOf(q[1]))) {
      complement = ', ' + q[1];
      to += q[0].length;
    }
  }
  // "member", "associate", "head" alone name no office: they need a modifier, a field or a complement.
  if (BARE_HEAD_NOT_TITLE.has(bareHead) && !qualified && !complement && !committee && !/^\s+of\s/i.test(text.slice(to))) return undefined;
  const raw = text.slice(at, to);
  return { title: normalizeTitle(raw), raw, from: at, to, ...(committee ? { committee } : {}) };
}

const DETERMINER = /^(?:(?:the|a|an|its|our|their|his|her|as|acting as|serving as|former|then|current|now)\s+)+/i;
const SEPARATOR = /^(?:\s*,\s*(?:and\s+|as well as\s+|&\s+)?|\s+(?:and|&)\s+(?:as\s+)?|\s*\/\s*|\s*;\s*(?:and\s+)?)/i;

/** A list of titles starting at `at` (determiners allowed): "President, Chief Executive Officer and Director". */
export function readTitleList(text: string, at = 0, stop: (pos: number) => boolean = () => false): { titles: TitleSpan[]; to: number } {
  const titles: TitleSpan[] = [];
  let p = at;
  let end = at;
  for (;;) {
    const det = DETERMINER.exec(text.slice(p));
    const q = p + (det ? det[0].length : 0);
    const t = titleAt(text, q, stop);
    if (!t) break;
    titles.push(t);
    end = t.to;
    const sep = SEPARATOR.exec(text.slice(t.to));
    if (!sep) break;
    p = t.to + sep[0].length;
    if (stop(p)) break;
  }
  return { titles, to: end };
}

/** The titles a whole phrase consists of, or [] when it is anything else ("Chief Legal Officer and General Counsel"). */
export function titlesOf(phrase: string): string[] {
  const trimmed = phrase.replace(/\s*\([^)]*\)?\s*$/, '').replace(/[\s,.;:]+$/, '');
  const { titles, to } = readTitleList(trimmed, 0);
  if (!titles.length || trimmed.slice(to).trim()) return [];
  return titles.filter((t) => !t.committee).map((t) => t.title);
}

/** One title as written to its normalised form: lower case, abbreviations spelled out, synonyms folded. */
export function normalizeTitle(raw: string): string {
  let t = raw
    .replace(/\s+/g, ' ')
    .replace(/ of (?:the |its |our )?(?:(?:company|registrant|group)['’]s )?(?:board(?: of directors)?|directors)$/i, ' of the board')
    .trim()
    .replace(/[,.;:]+$/, '');
  // Abbreviations, before lower-casing: "Co-CEOs" -> "co-chief executive officers".
  t = t.replace(/\b(?:Co-|co-)?([A-Z]{2,4})s?\b/g, (m, a: string) => {
    const full = TITLE_ABBREVIATIONS[a.toLowerCase()];
    return full ? (/^co-/i.test(m) ? 'co-' : '') + full : m;
  });
  t = t.toLowerCase().replace(/\s*–\s*/g, ' - ');
  // Plurals of the genre: "directors", "co-presidents", "chief executive officers".
  t = t.replace(/\b(director|officer|president|chairman|secretary|partner|manager|member|trustee|counsel|controller|treasurer|founder|representative)s\b/g, '$1');
  t = t.replace(/^(.*?) of the board$/, (m, head: string) => TITLE_SYNONYMS[m] ?? (head === 'member' ? 'director' : head));
  return TITLE_SYNONYMS[t] ?? t;
}

// What the biography rules share: who a clause is about, a title list with the organisation
// it names ("Chief Financial Officer of Acme Inc.", "Acme's CFO", "3M chairman", "CFO,
// Adobe"), the period it states, and the guards that keep hypotheticals and negations out.
import type { Ref, SentenceContext } from '../context.ts';
import { findDates } from '../../text/dates.ts';
import { NOT_NAME_WORDS } from '../lexicon.ts';
import { HONORIFIC_PREFIX } from '../lexicon/people.ts';
import { readTitleList, type TitleSpan } from '../titles.ts';

export interface BioState {
  /** The person the last sentences were about, for "He joined ..." */
  lastPerson?: string;
}

export interface Period {
  start?: string;
  end?: string;
  /** One start per title, for "since December 2016 and August 2022, respectively". */
  starts?: string[];
}

export interface TitleClause {
  titles: TitleSpan[];
  /** The organisation the clause names, or the issuer where it says "the Company", "our". */
  org?: string;
  /** The organisation came from the words of the clause (not a default). */
  named: boolean;
  /** Where the clause (titles and organisation) ends in the sentence. */
  to: number;
}

const ISSUER_WORDS = /^(?:the\s+)?(?:Company|Group|Registrant|Firm|Issuer)\b(?!\s+of\s+[A-Z])/;

/**
 * The issuer, for titles the text gives to "the Company". A text that never names its issuer
 * (a report section, a sentence on its own) says "the Company", as the spec's gold does.
 */
export function issuerOf(ctx: SentenceContext): string {
  return ctx.issuer ?? 'the Company';
}

/** "Corvid Advisors LLC and Tamsin Partners LLP" read as one name: two organisations, each ending in a legal form. */
export function splitJoined(name: string): string[] {
  const m = /^(.+?\b(?:LLC|LLP|Limited|Ltd\.?|Inc\.?|Corp\.?|Corporation|plc|PLC|L\.P\.|Company))\s+(?:and|&)\s+(.+)$/.exec(name);
  return m ? [m[1], ...splitJoined(m[2])] : [name];
}

export function refAt(ctx: SentenceContext, pos: number, kind?: 'person' | 'organization'): Ref | undefined {
  return ctx.refs.find((r) => r.from === pos && (!kind || r.kind === kind));
}

/** A name starts at `pos` (for the title grammar: stop there). */
export function stopAtRefs(ctx: SentenceContext): (pos: number) => boolean {
  return (pos: number) => ctx.refs.some((r) => r.from === pos || (r.from === pos + 4 && /^the\s/i.test(ctx.text.slice(pos, pos + 4))));
}

/**
 * A capitalised run that names an organisation the mention finder did not know ("Leavitt
 * Partners", "Brandom Advisors"), after "of" or "at" only. Registered as an organisation.
 */
export function bareOrgAt(ctx: SentenceContext, pos: number): { name: string; to: number } | undefined {
  const m = /^(?:[A-Z][\w&'’.-]*|\d[\w-]*[A-Za-z][\w-]*)(?:\s+(?:(?:of|and|&|for|the|de|to)\s+)?(?:[A-Z][\w&'’.-]*))*/.exec(ctx.text.slice(pos));
  if (!m) return undefined;
  let name = m[0].replace(/[.,]+$/, '');
  // Months, titles, places and generic words alone are no organisation.
  const words = name.split(/\s+/);
  if (words.every((w) => NOT_NAME_WORDS.has(w) || /^(?:of|and|&|for|the|de)$/.test(w)) && !/\b(?:Partners|Capital|Bank|Group)$/.test(name)) return undefined;
  if (findDates(name).length || words.length > 7) return undefined;
  if (ctx.refs.some((r) => r.kind === 'person' && r.from >= pos && r.from < pos + name.length)) return undefined;
  name = name.replace(/\s+(?:and|&|of|for|the)$/, '');
  ctx.registry.entity('organization', name, 'Company');
  return { name, to: pos + name.length };
}

/**
 * An organisation the finder did not know, written before a title: "Carlyle's Interim Chief
 * Financial Officer" (a possessive), "NOBLE HARVEST INC Executive Chairman" (capitals).
 */
function ownerBefore(ctx: SentenceContext, pos: number): { name: string; to: number } | undefined {
  const rest = ctx.text.slice(pos);
  const poss = /^([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})['’]s\s/.exec(rest);
  const caps = /^((?:[A-Z0-9][A-Z0-9&.-]+,?\s){0,4}(?:INC|CORP|CO|LTD|LLC|PLC|LP|L\.P|CORPORATION|COMPANY|GROUP|HOLDINGS|TRUST|BANCORP)\b\.?)\s/.exec(rest);
  const m = poss ?? caps;
  if (!m || ctx.refs.some((r) => r.kind === 'person' && r.from >= pos && r.from < pos + m[1].length)) return undefined;
  if (m[1].split(/\s+/).every((w) => NOT_NAME_WORDS.has(w))) return undefined;
  ctx.registry.entity('organization', m[1].replace(/,$/, ''), 'Company');
  return { name: m[1].replace(/,$/, ''), to: pos + m[1].length };
}

/** An organisation named at `pos`: a resolved name, "the Company", or a bare capitalised run when allowed. */
function orgNamedAt(ctx: SentenceContext, pos: number, bare: boolean): { name: string; to: number } | undefined {
  const r = ctx.refs.find((x) => x.kind === 'organization' && (x.from === pos || (x.from === pos + 4 && /^the\s/i.test(ctx.text.slice(pos)))));
  if (r) return { name: r.name, to: r.to };
  const rest = ctx.text.slice(pos);
  const issuerWord = ISSUER_WORDS.exec(rest);
  if (issuerWord && !/^\s+[A-Z]/.test(rest.slice(issuerWord[0].length))) return { name: issuerOf(ctx), to: pos + issuerWord[0].length };
  if (/^(?:us|our company)\b/.test(rest)) return { name: issuerOf(ctx), to: pos + (/^us/.test(rest) ? 2 : 11) };
  return bare ? bareOrgAt(ctx, pos) : undefined;
}

/**
 * A title list at `at` and the organisation it belongs to: before it ("Acme's", "3M", "our",
 * "the Company's") or after it ("of Acme", "at Acme", ", Acme."). A title "of the Board" is the
 * issuer's unless another organisation follows.
 */
export function readTitleClause(ctx: SentenceContext, at: number): TitleClause | undefined {
  const text = ctx.text;
  const stop = stopAtRefs(ctx);
  let p = at;
  let org: string | undefined;
  const det = /^(?:(?:the|a|an|as|its|former|then|current)\s+)+/i.exec(text.slice(p));
  if (det) p += det[0].length;
  // Organisation first: "Acme's CFO", "the Company's chief operating officer", "3M chairman", "our CFO".
  const before = orgNamedAt(ctx, p, false) ?? ownerBefore(ctx, p);
  if (before && /^(?:['’]s?)?\s+/.test(text.slice(before.to))) {
    const after = before.to + /^(?:['’]s?)?\s+/.exec(text.slice(before.to))![0].length;
    const list = readTitleList(text, after, stop);
    if (list.titles.length) {
      org = before.name;
      return { titles: list.titles, org, named: true, to: list.to };
    }
  }
  if (/^our\s/i.test(text.slice(p))) {
    const list = readTitleList(text, p + 4, stop);
    if (list.titles.length) return { titles: list.titles, org: issuerOf(ctx), named: true, to: list.to };
  }
  const list = readTitleList(text, p, stop);
  if (!list.titles.length) return undefined;
  let to = list.to;
  // Organisation after: "of Acme", "at Acme", "with Acme", ", Acme" (then the clause ends).
  const prep = /^(?:\s+(?:of|at|with|for|in)\s+(?:the\s+)?|,\s+)/.exec(text.slice(to));
  if (prep) {
    const comma = prep[0].startsWith(',');
    let o = orgNamedAt(ctx, to + prep[0].length - (/the\s+$/.test(prep[0]) ? 4 : 0), !comma);
    // "said Jane Roe, chief executive officer, Acme." — a short name closing the sentence.
    if (!o && comma) {
      const bare = /^([A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3})(?=\s*(?:[.”"]|$))/.exec(text.slice(to + prep[0].length));
      if (bare && !bare[1].split(/\s+/).every((w) => NOT_NAME_WORDS.has(w.replace(/\.$/, '')))) o = bareOrgAt(ctx, to + prep[0].length);
    }
    if (o && (!comma || /^\s*(?:$|[.,;:”")]|\s+(?:and|said|says)\b)/.test(text.slice(o.to)))) {
      org = o.name;
      to = o.to;
    }
  }
  if (!org && list.titles.some((t) => / of the board$/i.test(t.raw.replace(/\s+/g, ' ').replace(/ of directors$/i, '')) || /\bof\s+(?:the\s+)?(?:Company|Registrant)['’]s\s+Board/i.test(t.raw))) org = issuerOf(ctx);
  return { titles: list.titles, org, named: org !== undefined, to };
}

/** "executive Director", "independent non-executive Directors": the defined term Director is the issuer's. */
export function issuerDirector(titles: TitleSpan[]): boolean {
  return titles.some((t) => /\bDirectors?$/.test(t.raw));
}

const RANGE_END = /^\s*(?:to|through|until|till|-|–|and)\s*$/i;

/** The period a clause states: "since 2019", "from March 2017 through June 2019", "in 2010", "2005 to 2007". */
export function periodOf(text: string): Period {
  const dates = findDates(text);
  const p: Period = {};
  const since = /\bsince\b/i.exec(text);
  if (since) {
    const after = dates.filter((d) => d.from > since.index);
    if (/respectively/i.test(text) && after.length > 1) p.starts = after.map((d) => d.iso);
    else if (after[0]) p.start = after[0].iso;
    return p;
  }
  for (let i = 0; i + 1 < dates.length; i++) {
    if (/\b(?:from|between)\s+(?:[^,;]*?\s)?$/i.test(text.slice(Math.max(0, dates[i].from - 40), dates[i].from)) && RANGE_END.test(text.slice(dates[i].to, dates[i + 1].from))) {
      return { start: dates[i].iso, end: dates[i + 1].iso };
    }
  }
  // "(2005-2007)", "2005 to 2007" without "from".
  for (let i = 0; i + 1 < dates.length; i++) {
    if (/^\s*(?:-|–|to|through)\s*$/.test(text.slice(dates[i].to, dates[i + 1].from)) && dates[i].precision === 'year') return { start: dates[i].iso, end: dates[i + 1].iso };
  }
  const to = /\b(?:to|through)\s+(?:the\s+)?present\b/i.exec(text);
  const inYear = dates.find((d) => /\b(?:in|since|from)\s+$/i.test(text.slice(0, d.from)) || (to && d.to <= to.index));
  if (inYear) p.start = inYear.iso;
  const until = dates.find((d) => /\b(?:until|till|through)\s+$/i.test(text.slice(0, d.from)));
  if (until && !p.start) p.end = until.iso;
  return p;
}

/** Hypotheticals, negations and plans in the words before a clause: nothing is stated. */
export function hedged(before: string): boolean {
  return /\b(?:not|never|neither|nor|no longer|if|whether|would|could|might|should|may|proposed|proposes|intends?|expects?|expected|plans?|nominee|nominated|candidate|will|shall|to be)\b/i.test(before);
}

/** The subject a verb at `at` speaks of: a person right before it (appositions allowed) or "he"/"she". */
export function subjectBefore(ctx: SentenceContext, at: number, state: BioState): string | undefined {
  const head = ctx.text.slice(0, at);
  const p = [...ctx.refs].reverse().find((r) => r.kind === 'person' && r.to <= at);
  if (p) {
    const between = ctx.text.slice(p.to, at);
    if (/^(?:\s*\([^)]*\))?(?:,\s*(?:aged?\s+)?\d{2},?)?(?:,[^,;]{0,120},)?(?:\s*\([^)]*\))?,?\s*(?:(?:currently|also|previously|subsequently|then|has|had|have|was|is)\s+)*$/i.test(between)) return p.name;
  }
  if (/\b(?:he|she)\s+(?:(?:currently|also|previously|subsequently|then|later|has|had|most recently)\s+)*$/i.test(head)) return state.lastPerson;
  // "He joined X in 2010 and served as ...": a second verb shares the sentence's subject.
  if (/\band\s+(?:(?:has|had|also|then|later|subsequently)\s+)*$/i.test(head)) {
    const first = ctx.refs.find((r) => r.kind === 'person');
    if (first && /^\s*$/.test(ctx.text.slice(0, first.from).trimStart().replace(HONORIFIC_PREFIX, ''))) return first.name;
    if (/^\s*(?:[^,]{0,40},\s*)?(?:he|she)\b/i.test(head)) return state.lastPerson;
  }
  return undefined;
}

export function emitPositions(ctx: SentenceContext, rule: string, person: string, titles: string[], org: string, period: Period, confidence = 0.75): void {
  titles.forEach((title, i) => {
    const start = period.starts ? (period.starts[i] ?? period.starts[period.starts.length - 1]) : period.start;
    ctx.emit(rule, 'position', { person, organization: org, title, startDate: start, endDate: period.end }, confidence);
  });
}

/** The titles of a clause that are positions (a board committee's chair or member is not). */
export function positionTitles(titles: TitleSpan[]): string[] {
  return [...new Set(titles.filter((t) => !t.committee).map((t) => t.title))];
}

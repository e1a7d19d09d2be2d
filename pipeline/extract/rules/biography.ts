// Biographies: ages, positions held (with since / from-to / respectively), "joined X in
// 1998", education (degrees, institutions, years, respectively).
import type { Ref, SentenceContext } from '../context.ts';
import { lastRefBefore, refsIn } from '../context.ts';
import { findDates, type DateMention } from '../../text/dates.ts';
import { DEGREES, LEGAL_ABBREVIATIONS, ROLES, TITLE_WORDS } from '../lexicon.ts';

export interface BioState {
  lastPerson?: string;
}

const ANCHOR = /\b(?:is|was|has\s+been|had\s+been|have\s+been|(?:has|had)\s+(?:also\s+)?served|served|serves|will\s+serve|(?:has|had)\s+worked|worked|(?:has\s+)?acted|acts|holds|held|has\s+held)\s+(?:currently\s+|also\s+|successively\s+|previously\s+|concurrently\s+)*(?:(?:from|since)\s+[^,]*?\s+)?(?:as\s+)?(?=(?:a|an|the)\s|[A-Z])/g;
const CLAUSE_END = new RegExp(`(?:;|(?<!\\b(?:${LEGAL_ABBREVIATIONS.join('|')}|No|Mr|Ms|Mrs|Dr|[A-Z]))\\.\\s|(?<!\\b(?:${LEGAL_ABBREVIATIONS.join('|')}))\\.$|,\\s+(?:and\\s+)?(?:he|she|where|prior|before|during|in\\s+which)\\b|\\s+and\\s+(?:has|had|was|is|served|serves|joined)\\b|\\s+and\\s+as\\s+)`, 'i');

function normTitle(raw: string): string {
  const t = raw
    .trim()
    .replace(/^(?:a|an|the|its|our)\s+/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[,.]$/, '');
  const lower = t.toLowerCase();
  for (const [phrase, role] of ROLES) if (lower === phrase || lower === phrase + 's') return role;
  return lower;
}

/** Split "an engineer, development manager, and project manager" into titles. */
function splitTitles(s: string): string[] {
  const out: string[] = [];
  for (const piece of s.split(/(\s*,\s*(?:and\s+)?|\s+and\s+)/)) {
    const x = piece.trim();
    if (!x || /^(?:,|,?\s*and)$/.test(x) || /^,\s*and$/.test(x)) continue;
    if (TITLE_WORDS.test(x)) out.push(x);
    // "Vice President, Finance": a qualifier after a comma belongs to the title before it.
    else if (out.length && /^[A-Z]/.test(x) && !/^(?:and|or)\b/i.test(x)) out[out.length - 1] += ', ' + x;
  }
  return out;
}

interface Period {
  start?: string;
  end?: string;
  /** One start per title, for "since December 2016 and August 2022, respectively". */
  starts?: string[];
}

function periodOf(text: string): Period {
  const dates = findDates(text);
  const at = (d: DateMention) => text.slice(0, d.from);
  const range = /\bfrom\s+(?:[^,;]*?\s)?$/i;
  const p: Period = {};
  const since = /\bsince\b/i.exec(text);
  if (since) {
    const after = dates.filter((d) => d.from > since.index);
    if (/respectively/i.test(text) && after.length > 1) p.starts = after.map((d) => d.iso);
    else if (after[0]) p.start = after[0].iso;
    return p;
  }
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (range.test(at(d).slice(-40)) && dates[i + 1] && /^\s*(?:to|through|until|till|-|–)\s*$/i.test(text.slice(d.to, dates[i + 1].from))) {
      p.start = d.iso;
      p.end = dates[i + 1].iso;
      return p;
    }
  }
  const inYear = dates.find((d) => /\bin\s+$/i.test(at(d)));
  if (inYear) p.start = inYear.iso;
  return p;
}

function personOf(ctx: SentenceContext, at: number, state: BioState): string | undefined {
  const p = lastRefBefore(ctx, at, 'person');
  if (p) return p.name;
  if (/\b(?:he|she)\b/i.test(ctx.text.slice(0, at))) return state.lastPerson;
  return undefined;
}

function orgsAfterOf(ctx: SentenceContext, from: number, to: number): Ref[] {
  const refs = refsIn(ctx, from, to, 'organization');
  return refs;
}

function positionClause(ctx: SentenceContext, person: string, clauseFrom: number, clauseTo: number): void {
  const clause = ctx.text.slice(clauseFrom, clauseTo);
  // Titles run up to " of <organisation>" (or " at <organisation>"); the period follows.
  const orgs = orgsAfterOf(ctx, clauseFrom, clauseTo);
  let titlesText = '';
  let organizations: string[] = [];
  const firstOrg = orgs.find((o) => /\b(?:of|at|with|in)\s+(?:the\s+)?$/i.test(ctx.text.slice(clauseFrom, o.from)));
  const possessive = orgs.find((o) => o.from - clauseFrom <= 4 && /^[’']s\s/.test(ctx.text.slice(o.to, o.to + 3)));
  if (possessive) {
    // "the Company’s Chief Operating Officer since January 2023".
    titlesText = ctx.text.slice(possessive.to + 2, clauseTo).replace(/\s+(?:since|from|between|in|until|during)\b.*$/i, '');
    organizations = [possessive.name];
  } else if (firstOrg) {
    titlesText = ctx.text.slice(clauseFrom, firstOrg.from).replace(/\s+(?:of|at|with|in)\s+(?:the\s+)?$/i, '');
    organizations = [firstOrg.name];
    // "a director of Home Depot Corporation and Savi Technology": further organisations joined by "and".
    let cursor = firstOrg.to;
    for (;;) {
      const more = /^\s*(?:,|and|, and)\s+((?:[A-Z][A-Za-z&.'-]*\s?){1,5})/.exec(ctx.text.slice(cursor, clauseTo));
      if (!more) break;
      const next = orgs.find((o) => o.from === cursor + more.index + more[0].indexOf(more[1]));
      const name = next ? next.name : more[1].trim().replace(/\.$/, '');
      if (!/^[A-Z]/.test(name) || findDates(name).length) break;
      organizations.push(name);
      if (!next) ctx.registry.entity('organization', name, 'Company');
      cursor += more.index + more[0].length - (next ? 0 : 0);
      if (next) cursor = next.to;
    }
  } else if (/\b(?:of|on)\s+the\s+(?:Board|Company)\b/i.test(clause) || /^(?:a|an|the)?\s*(?:non-executive |executive |independent non-executive )?director/i.test(clause.trim())) {
    // A board seat or office of the issuer: "as the chairman of the Board since 2015".
    const m = /^(.*?)\s+(?:of|on)\s+the\s+(?:Board|Company)\b/i.exec(clause);
    titlesText = m ? m[1] : clause.replace(/\s+(?:since|from|in)\b.*$/i, '');
    organizations = ctx.issuer ? [ctx.issuer] : [];
  } else return;
  // A company name the sentence defined for the issuer ("the Company") reads as the issuer.
  const titles = splitTitles(titlesText.replace(/\([^)]*\)/g, ''));
  if (!titles.length || !organizations.length) return;
  let period = periodOf(clause);
  if (!period.start && !period.end && !period.starts) {
    // "From 2016 to 2022, she served as ...": the period opens the sentence.
    const lead = /^\s*(?:From|Between)\s+([^,]+?)\s+(?:to|through|until|and)\s+([^,]+),/i.exec(ctx.text.slice(0, clauseFrom));
    if (lead) period = { start: findDates(lead[1])[0]?.iso, end: findDates(lead[2])[0]?.iso };
  }
  titles.forEach((t, i) => {
    const start = period.starts ? period.starts[i] ?? period.starts[period.starts.length - 1] : period.start;
    for (const organization of organizations) {
      ctx.emit('position.biography', 'position', { person, organization, title: normTitle(t), startDate: start, endDate: period.end }, 0.75);
    }
  });
}

export function biographyRule(state: BioState) {
  return (ctx: SentenceContext): void => {
    const text = ctx.text;
    // Age: "Mr. Qu Heng, aged 44," / "Mr. Ridge, age 59,".
    const age = /,?\s*aged?\s+(\d{2})\b/.exec(text);
    if (age) {
      const p = lastRefBefore(ctx, age.index + 1, 'person');
      if (p && age.index - p.to < 30) {
        ctx.emit('age.aged', 'person_attribute', { person: p.name, attribute: 'age', value: Number(age[1]), asOf: ctx.date ?? undefined }, 0.9);
        state.lastPerson = p.name;
      }
    }
    // "Dr. Vasquez, 49, has served": an age in commas right after a name.
    for (const p of ctx.refs.filter((r) => r.kind === 'person')) {
      const m2 = /^,\s(\d{2}),\s/.exec(text.slice(p.to));
      if (m2 && Number(m2[1]) >= 18) ctx.emit('age.comma', 'person_attribute', { person: p.name, attribute: 'age', value: Number(m2[1]), asOf: ctx.date ?? undefined }, 0.85);
    }
    const first = ctx.refs.find((r) => r.kind === 'person');
    if (first) state.lastPerson = first.name;
    // Apposition: "Mr. Zou Tao (“Mr. Zou”), the vice chairman of the Board, has been appointed".
    // Apposition: "Mr. Zou Tao (“Mr. Zou”), the vice chairman of the Board, has been appointed",
    // "Mr. Wong Tak Ming, the chairman of the Board and an executive Director."
    const appos = /^\s*(?:\([^)]*\))?\s*,\s*((?:the|a|an)\s+[a-z][A-Za-z\s-]*?)(?=[,.;]|$)/;
    for (const p of ctx.refs.filter((r) => r.kind === 'person')) {
      const m = appos.exec(text.slice(p.to));
      if (!m || !ctx.issuer) continue;
      for (const part of m[1].split(/\s+and\s+(?=(?:the|a|an)\s)/)) {
        const board = /^(?:the|a|an)\s+([a-z][A-Za-z\s-]*?)\s+of\s+the\s+(?:Board|Company)$/.exec(part.trim()) ?? /^(?:the|a|an)\s+((?:independent\s+)?(?:non-)?(?:executive\s+)?[Dd]irector)$/.exec(part.trim());
        if (board && TITLE_WORDS.test(board[1])) ctx.emit('position.apposition', 'position', { person: p.name, organization: ctx.issuer, title: normTitle(board[1]) }, 0.7);
      }
    }
    // "joined Xiaomi Corporation in 2010" / "joined the Group in 2011".
    const joined = /\bjoined\s+(?:the\s+)?/g;
    let m: RegExpExecArray | null;
    while ((m = joined.exec(text))) {
      const person = personOf(ctx, m.index, state);
      const org = ctx.refs.find((r) => r.kind === 'organization' && r.from >= m!.index + m![0].length - 4 && r.from <= m!.index + m![0].length + 1);
      if (!person || !org) continue;
      const after = text.slice(org.to, org.to + 120);
      const asTitle = /^\s*(?:\([^)]*\))?\s*as\s+(?:an?\s+|the\s+)?([a-z][a-z\s-]+?)(?=\s+in\b|[,.;]|$)/i.exec(after);
      const year = /^\s*(?:\([^)]*\))?[^.;]*?\bin\s+((?:[A-Z][a-z]+\s+)?\d{4})/.exec(after.replace(/\s+and\s+(?:has|have)\b[\s\S]*$/, ''));
      const when = year ? findDates(year[1])[0]?.iso : undefined;
      ctx.emit('position.joined', 'position', { person, organization: org.name, title: asTitle ? normTitle(asTitle[1]) : 'employee', startDate: when }, 0.7);
    }
    // Positions: "is currently a vice president ... of Xiaomi Corporation", "served as ... from 2018 to 2023".
    ANCHOR.lastIndex = 0;
    while ((m = ANCHOR.exec(text))) {
      const person = personOf(ctx, m.index, state);
      if (!person) continue;
      // Skip "has been appointed" (events) and negations.
      const clauseFrom = m.index + m[0].length;
      if (/^(?:appointed|elected|re-?designated|named|promoted)\b/i.test(text.slice(clauseFrom))) continue;
      if (/\bnot\s*$/i.test(text.slice(m.index - 6, m.index))) continue;
      let rest = text.slice(clauseFrom);
      const stop = CLAUSE_END.exec(rest);
      const clauseTo = clauseFrom + (stop ? stop.index : rest.length);
      rest = text.slice(clauseFrom, clauseTo);
      // "served from October 2001 through December 2002 as Special Assistant": period first, title after.
      positionClause(ctx, person, clauseFrom, clauseTo);
      // "... since 2012 and as the chairman of the Board since 2015": the next clause shares the subject.
      const andAs = /\s+and\s+as\s+/i.exec(text.slice(clauseTo, clauseTo + 8));
      if (andAs) {
        const from2 = clauseTo + andAs.index + andAs[0].length;
        const stop2 = CLAUSE_END.exec(text.slice(from2));
        positionClause(ctx, person, from2, from2 + (stop2 ? stop2.index : text.length - from2));
      }
    }
    educationRule(ctx, state);
  };
}

function educationRule(ctx: SentenceContext, state: BioState): void {
  const text = ctx.text;
  if (!/\b(?:graduated|degree|bachelor|master|doctor|diploma|B\.S\.|B\.A\.|M\.S\.|MBA|Ph\.?D|LL\.?[BM])/i.test(text)) return;
  const institutions = ctx.refs.filter((r) => r.kind === 'organization' && /\b(?:University|Institute|College|School|Polytechnic|Academy)\b/.test(r.name));
  if (!institutions.length) return;
  const person = personOf(ctx, institutions[0].from, state);
  if (!person) return;
  const degrees: Array<{ at: number; degree: string }> = [];
  for (const [re, degree] of DEGREES) {
    const g = new RegExp(re.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = g.exec(text))) if (!degrees.some((d) => Math.abs(d.at - m!.index) < 3)) degrees.push({ at: m.index, degree });
  }
  degrees.sort((a, b) => a.at - b.at);
  const respectively = /respectively/i.test(text);
  const years = findDates(text).filter((d) => d.from > institutions[0].from && /\bin\s+(?:\d{4}\s+and\s+)?$/i.test(text.slice(0, d.from)) || (d.from > institutions[0].from && /\band\s+$/.test(text.slice(0, d.from)) && respectively));
  institutions.forEach((inst, i) => {
    let degree: string | undefined;
    let year: string | undefined;
    if (respectively && degrees.length === institutions.length) degree = degrees[i].degree;
    else degree = [...degrees].reverse().find((d) => d.at < inst.from && (i === 0 || d.at > institutions[i - 1].to))?.degree;
    // "graduated from X with a bachelor’s degree": the degree may follow the institution.
    if (!degree) degree = degrees.find((d) => d.at > inst.to && d.at < (institutions[i + 1]?.from ?? text.length) && /^\s*with\s+an?\s*$/i.test(text.slice(inst.to, d.at)))?.degree;
    if (respectively && years.length === institutions.length) year = years[i].iso;
    else {
      const next = institutions[i + 1]?.from ?? text.length;
      year = years.find((y) => y.from > inst.to && y.from < next)?.iso;
    }
    if (!degree && !/\bgraduated\b/i.test(text)) return;
    ctx.emit('education.degree', 'education', { person, institution: inst.name, degree, year }, 0.8);
  });
}

// position.served-as: "has served as a member of the Acme Board of Directors since 2003",
// "served as Chief Financial Officer of X from 2018 to 2023", "has served as President since
// January 2009, as CFO of the Company since July 2016, and as ...", "served successively as an
// engineer, development manager and project manager of X", "served as a consultant to A, B and
// to C", "served on the board of directors of X"; with "respectively" (position.respectively)
// one start date per title.
import type { SentenceContext } from '../context.ts';
import { findDates } from '../../text/dates.ts';
import {
  bareOrgAt, emitPositions, hedged, issuerOf, splitJoined, periodOf, positionTitles, readTitleClause, subjectBefore, type BioState, type Period, type TitleClause,
} from './biography-clause.ts';

const VERB =
  /\b(?:(?:has|had|have)\s+(?:also\s+|previously\s+|concurrently\s+|since\s+)*)?(?:served|serves|serving|worked|works|acted|acts|held|holds)\b(?:\s+(?:successively|previously|also|concurrently|most recently|in turn))?(?:,\s+)?\s+(?:(?:from|since|between|during|in)\s+[^,]{3,40}?\s+)?(?:as|in the (?:position|role|capacity) of|the (?:positions?|roles?|offices?) of|positions? as)\s+/gi;
const ON_BOARD = /\b(?:(?:has|had|have)\s+(?:also\s+)?)?(?:served|serves|sat|sits)\s+on\s+the\s+boards?(?:\s+of\s+directors)?\s+of\s+/gi;
/** The end of a clause: a semicolon, a sentence end, or a new clause with its own subject or verb. */
const CLAUSE_END = /;|\.\s|\.$|,\s+(?:and\s+)?(?:he|she|where|prior|before|during|in which|which|who|a\s|an\s)\b|\s+and\s+(?:has|had|was|is|served|serves|joined|became|previously)\b|,?\s+(?:and\s+)?(?:then\s+|later\s+|subsequently\s+)?as\s+/i;
const NEXT_GROUP = /^,?\s+(?:and\s+)?(?:then\s+|later\s+|subsequently\s+)?as\s+/i;
/** ", a wholly-owned subsidiary of the Company, since 2017": what the organisation is, then the period. */
const ORG_APPOSITION = /^,\s+(?:an?|the|one\s+of\s+the)\s+[^,;.()]{0,100}?\b(?:subsidiary|subsidiaries|company|companies|associate|affiliate|firm|bank|group|fund|business|corporation|provider|manufacturer|operator|developer)\b[^,;()]{0,100},\s+(?=(?:since|from|between|until|till|during|in)\s)/i;

export interface Group {
  clause: TitleClause;
  period: Period;
  orgs: string[];
  to: number;
}

/** More organisations after the first: "a director of A Corp. and B Inc.", "a consultant to A, B and to C". */
function moreOrgs(ctx: SentenceContext, from: number, end: number): { orgs: string[]; to: number } {
  const orgs: string[] = [];
  let cursor = from;
  for (;;) {
    const sep = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:to|of|at|with)\s+)?(?:the\s+)?/.exec(ctx.text.slice(cursor, end));
    if (!sep) break;
    const at = cursor + sep[0].length;
    const ref = ctx.refs.find((r) => r.kind === 'organization' && r.from === at);
    const o = ref ? { name: ref.name, to: ref.to } : bareOrgAt(ctx, at);
    if (!o || findDates(o.name).length) break;
    orgs.push(...splitJoined(o.name));
    cursor = o.to;
  }
  return { orgs, to: cursor };
}

/** Title groups from `at`: "President since 2009, as CFO of the Company since 2016, and as ..." */
export function readGroups(ctx: SentenceContext, at: number): Group[] {
  const groups: Group[] = [];
  let p = at;
  for (;;) {
    let clause = readTitleClause(ctx, p);
    if (!clause) break;
    const rest = ctx.text.slice(clause.to);
    // "a consultant to A, B and to C": "to" names the client.
    if (!clause.org) {
      const to = /^\s+to\s+(?:the\s+)?/.exec(rest);
      const o = to ? ctx.refs.find((r) => r.kind === 'organization' && r.from === clause!.to + to[0].length) ?? undefined : undefined;
      if (to && o) clause = { ...clause, org: o.name, named: true, to: o.to };
    }
    const stop = CLAUSE_END.exec(ctx.text.slice(clause.to));
    let end = clause.to + (stop ? stop.index : ctx.text.length - clause.to);
    const more = clause.org ? moreOrgs(ctx, clause.to, end) : { orgs: [], to: clause.to };
    // The organisation described in passing, then the period: read the period after it.
    const described = clause.org ? ORG_APPOSITION.exec(ctx.text.slice(end)) : null;
    let periodText = '';
    if (described) {
      const from = end + described[0].length;
      const stop2 = CLAUSE_END.exec(ctx.text.slice(from));
      periodText = ctx.text.slice(from, from + (stop2 ? stop2.index : ctx.text.length - from));
    }
    // "Senior Controller since June 2016 and Secretary and Treasurer since April 2017": after a
    // date, "and" with more titles opens the next group.
    let nextAt = -1;
    const dated = findDates(ctx.text.slice(more.to, end))[0];
    if (dated) {
      const and = /(?:,\s*|\s+)and\s+/g;
      and.lastIndex = more.to + dated.to;
      let a: RegExpExecArray | null;
      while ((a = and.exec(ctx.text)) && a.index < end) {
        if (readTitleClause(ctx, a.index + a[0].length)) {
          nextAt = a.index + a[0].length;
          end = a.index;
          break;
        }
      }
    }
    const period = periodOf(ctx.text.slice(more.to, end) + (periodText ? ` ${periodText}` : ''));
    groups.push({ clause, period, orgs: clause.org ? [...splitJoined(clause.org), ...more.orgs] : [], to: end });
    if (nextAt >= 0) {
      p = nextAt;
      continue;
    }
    const next = NEXT_GROUP.exec(ctx.text.slice(end));
    if (!next) break;
    p = end + next[0].length;
  }
  // A group that names no organisation shares its neighbour's ("President since 2009, as CFO of the Company since 2016").
  for (let i = 0; i < groups.length; i++) {
    if (groups[i].orgs.length) continue;
    const near = groups.slice(i + 1).find((g) => g.orgs.length) ?? groups.slice(0, i).reverse().find((g) => g.orgs.length);
    if (near) groups[i].orgs = [near.orgs[0]];
  }
  return groups;
}

/** A period written before the verb: "From 2016 to 2022, she served as ...". */
export function leadPeriod(text: string): Period {
  const lead = /(?:^|[,;]\s*)(?:From|Between|from|between)\s+([^,]+?)\s+(?:to|through|until|and)\s+(\S+(?:\s\d{1,2},?)?(?:\s\d{4})?),?\s+(?:he|she|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|[A-Z][a-z]+)\b[^,;]*$/.exec(text);
  if (!lead) return {};
  return { start: findDates(lead[1])[0]?.iso, end: findDates(lead[2])[0]?.iso };
}

/**
 * Titles with no organisation are the issuer's when held now (an open period, the present
 * tense), or, in a text that never names its issuer, when the sentence names no other body.
 */
export function issuersTitle(ctx: SentenceContext, verb: string, period: Period): boolean {
  if (/\bhad\b/i.test(verb)) return false;
  if (!period.end && (!!period.start || !!period.starts || /\b(?:serves|works|acts|holds|serving)\b/i.test(verb))) return true;
  return !ctx.issuer && !ctx.refs.some((r) => r.kind === 'organization');
}

export function servedAsRule(ctx: SentenceContext, state: BioState): void {
  const text = ctx.text;
  for (const re of [VERB, ON_BOARD]) {
    for (const m of text.matchAll(re)) {
      const person = subjectBefore(ctx, m.index, state);
      if (!person) continue;
      if (hedged(text.slice(Math.max(0, m.index - 25), m.index))) continue;
      const at = m.index + m[0].length;
      let groups: Group[];
      if (re === ON_BOARD) {
        const ref = ctx.refs.find((r) => r.kind === 'organization' && r.from === at);
        const o = ref ? { name: ref.name, to: ref.to } : bareOrgAt(ctx, at);
        if (!o) continue;
        const stop = CLAUSE_END.exec(text.slice(o.to));
        const end = o.to + (stop ? stop.index : text.length - o.to);
        const more = moreOrgs(ctx, o.to, end);
        groups = [{ clause: { titles: [], named: true, to: o.to }, period: periodOf(text.slice(more.to, end)), orgs: [o.name, ...more.orgs], to: end }];
      } else groups = readGroups(ctx, at);
      const lead = leadPeriod(text.slice(0, m.index));
      const priorTo = /\b(?:prior\s+to|before|previously|earlier)\b/i.test(text.slice(0, m.index));
      for (const g of groups) {
        const titles = re === ON_BOARD ? ['director'] : positionTitles(g.clause.titles);
        const period = g.period.start || g.period.end || g.period.starts ? g.period : lead;
        let orgs = g.orgs;
        if (!orgs.length && !priorTo && issuersTitle(ctx, m[0], period)) orgs = [issuerOf(ctx)];
        const rule = period.starts ? 'position.respectively' : 'position.served-as';
        for (const org of orgs) emitPositions(ctx, rule, person, titles, org, period);
      }
      state.lastPerson = person;
    }
  }
}

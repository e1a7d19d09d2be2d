// position.joined: "joined Acme Holdings Limited in 1998", "joined the Company in September 2020
// as Controller", "joined us as President of Sales in March 2012" (title `employee` where none is
// named). position.former-employers: "Prior to joining the Company, she held positions at A, B
// and C", "began his career at A", "worked at A and B", "spent ten years with A".
import type { SentenceContext } from '../context.ts';
import { findDates } from '../../text/dates.ts';
import { bareOrgAt, emitPositions, hedged, periodOf, positionTitles, readTitleClause, splitJoined, subjectBefore, type BioState } from './biography-clause.ts';

const JOINED = /\b(?:re-?)?joined\s+(?:the\s+)?/g;
const WORKED_AT =
  /\b(?:held\s+(?:various\s+|several\s+|a\s+number\s+of\s+|a\s+variety\s+of\s+)?(?:senior\s+|management\s+|executive\s+|key\s+|other\s+)*(?:positions?|roles?)|worked|was\s+employed|began\s+(?:his|her)\s+career|started\s+(?:his|her)\s+career|spent\s+(?:\w+\s+){1,3}years?|served\s+in\s+(?:various|varying)\s+(?:other\s+)?(?:positions|capacities|roles))\s+(?:(?:in|at|with|for|within|by)\s+)(?:the\s+)?/gi;

function orgAt(ctx: SentenceContext, at: number): { name: string; to: number } | undefined {
  const ref = ctx.refs.find((r) => r.kind === 'organization' && (r.from === at || (r.from === at + 4 && /^the\s/i.test(ctx.text.slice(at)))));
  if (ref) return { name: ref.name, to: ref.to };
  if (/^us\b/.test(ctx.text.slice(at)) && ctx.issuer) return { name: ctx.issuer, to: at + 2 };
  return bareOrgAt(ctx, at);
}

export function joinedRule(ctx: SentenceContext, state: BioState): void {
  const text = ctx.text;
  for (const m of text.matchAll(JOINED)) {
    const before = text.slice(0, m.index);
    // "Prior to joining", "since joining", "upon joining": not a statement that he joined.
    if (/\b(?:to|upon|since|after|before|when)\s+$/i.test(before) || /ing\s*$/.test(text.slice(m.index - 1, m.index + 7))) continue;
    const person = subjectBefore(ctx, m.index, state);
    if (!person || hedged(before.slice(-25))) continue;
    const org = orgAt(ctx, m.index + m[0].length - (/the\s+$/.test(m[0]) ? 4 : 0));
    if (!org) continue;
    // "in 1998", "in September 2020 as Controller", "as Controller in September 2020".
    const rest = text.slice(org.to, org.to + 160).replace(/\s+and\s+(?:has|have|had|was|is|served|became)\b[\s\S]*$/, '').replace(/[.;][\s\S]*$/, '');
    const as = /^(?:\s*\([^)]*\))?[^,;]*?\bas\s+/.exec(rest);
    const clause = as ? readTitleClause(ctx, org.to + as[0].length) : undefined;
    const titles = clause ? positionTitles(clause.titles) : [];
    const when = /^(?:\s*\([^)]*\))?[^;]*?\bin\s+((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4})/.exec(rest);
    const start = when ? findDates(when[1])[0]?.iso : undefined;
    const organization = clause?.org && clause.named && clause.org !== org.name ? clause.org : org.name;
    emitPositions(ctx, 'position.joined', person, titles.length ? titles : ['employee'], organization, { start }, 0.7);
    state.lastPerson = person;
  }
}

export function formerEmployersRule(ctx: SentenceContext, state: BioState): void {
  const text = ctx.text;
  for (const m of text.matchAll(WORKED_AT)) {
    const person = subjectBefore(ctx, m.index, state);
    if (!person || hedged(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    const orgs: string[] = [];
    let cursor = m.index + m[0].length;
    const end = cursor + (/[;.](?:\s|$)/.exec(text.slice(cursor))?.index ?? text.length - cursor);
    for (;;) {
      const o = orgAt(ctx, cursor);
      if (!o || o.to > end) break;
      orgs.push(...splitJoined(o.name));
      cursor = o.to;
      // "(a healthcare advisory firm)" or ", a privately held company," between list items.
      const skip = /^\s*\([^)]*\)|^,\s+(?:a|an)\s+[^,]*,?/.exec(text.slice(cursor));
      if (skip) cursor += skip[0].length;
      const sep = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:at|with|in|for)\s+)?(?:the\s+)?/.exec(text.slice(cursor, end));
      if (!sep) break;
      cursor += sep[0].length;
    }
    const period = periodOf(text.slice(cursor, end));
    // A title after the organisations ("at A as an analyst") belongs to them.
    const as = /^\s*,?\s*as\s+/.exec(text.slice(cursor, end));
    const clause = as ? readTitleClause(ctx, cursor + as[0].length) : undefined;
    const titles = clause ? positionTitles(clause.titles) : [];
    for (const org of orgs) emitPositions(ctx, 'position.former-employers', person, titles.length ? titles : ['employee'], org, period, 0.65);
  }
}

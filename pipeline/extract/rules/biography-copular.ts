// position.copular: "X is the chief operating officer of Y", "X has been the Y of Z since 2019",
// "He is currently a vice president and chairman of the group technology committee of Y",
// "From 2002 to 2007 she was a senior associate at Y", "X is Acme's founder". ("X became
// CFO" is an appointment, an event: not here.)
import type { SentenceContext } from '../context.ts';
import { emitPositions, issuerDirector, issuerOf, positionTitles, subjectBefore, type BioState } from './biography-clause.ts';
import { issuersTitle, leadPeriod, readGroups } from './biography-served.ts';

const COPULA = /\b(?:is|was|has\s+been|had\s+been|have\s+been|remains|remained)\s+(?:(?:currently|also|presently|previously|formerly|subsequently|since\s+\S+\s+\d{4},?)\s+)*(?=(?:a|an|the|its|our|their)\s|[A-Z0-9])/g;

export function copularRule(ctx: SentenceContext, state: BioState): void {
  const text = ctx.text;
  for (const m of text.matchAll(COPULA)) {
    const person = subjectBefore(ctx, m.index, state);
    if (!person) continue;
    const at = m.index + m[0].length;
    // "has been appointed" is an event; "was a director of X until she resigned" is still a fact.
    if (/^(?:appointed|elected|re-?elected|named|promoted|re-?designated|nominated)\b/i.test(text.slice(at))) continue;
    if (/\b(?:formerly|previously)\b/i.test(m[0]) && !/\bwas\b/.test(m[0])) continue;
    const lead = leadPeriod(text.slice(0, m.index));
    const priorTo = /\b(?:prior\s+to|before|previously|earlier)\b/i.test(text.slice(0, m.index));
    for (const g of readGroups(ctx, at)) {
      const titles = positionTitles(g.clause.titles);
      const period = g.period.start || g.period.end || g.period.starts ? g.period : lead;
      let orgs = g.orgs;
      if (!orgs.length && (issuerDirector(g.clause.titles) || (!priorTo && issuersTitle(ctx, m[0], period)))) orgs = [issuerOf(ctx)];
      for (const org of orgs) emitPositions(ctx, 'position.copular', person, titles, org, period);
    }
    state.lastPerson = person;
  }
}

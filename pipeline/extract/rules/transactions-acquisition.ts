// Acquisitions of a company or business that happened (an equity transfer with a named seller
// and a stated share is an equity_transfer instead).
//   acquisition.verb       "Y acquired X in a transaction valued at $32 million", "the Group acquired
//                          the remaining 40% equity interest in X", "On 1 April 2024, we acquired X"
//   acquisition.completed  "Y completed the acquisition of 51% of X", "upon completion of the acquisition of X"
//   acquisition.nominal    "through the acquisition of 100% equity interest in X in July 2009",
//                          "goodwill arising from the acquisition of X, Y and Z", "following the acquisition of X"
//   acquisition.passive    "X was acquired by us in April 2013", "the assets of X were acquired by Y"
//   acquisition.completed-later  an agreement for the acquisition of X, then in the same paragraph
//                          "Completion of the acquisition took place on 26 June 2019" (dated by it)
import type { SentenceContext } from '../context.ts';
import { orgBefore } from './transactions-common.ts';
import { clauseSubject, completedLater, deals, unsettled } from './transactions-deal.ts';
import { findDates } from '../../text/dates.ts';

/** Words around a noun "acquisition of" that say it happened. */
const HAPPENED = /\b(?:completed|completion|through|started|commenced|made\s+(?:the|an?|its)\s+acquisitions?|recorded|recogni[sz]ed|arising\s+from|arose|following|after|since|consolidat\w*|became|successfully)\b/i;
const NOT_YET = /\b(?:agreed\s+to|agreement\s+to|will|would|shall|to\s+(?:acquire|purchase)|proposed|possible|potential|conditional|pending|subject\s+to)\b/i;
const PASSIVE = /\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:subsequently\s+|successfully\s+)?acquired\s+by\s+/gi;

export function acquisition(ctx: SentenceContext): void {
  // The nominal deal the words before it said happened: "following the acquisition of X in 2020, and the acquisition of Y" shares it.
  let happenedTo = -1;
  for (const d of deals(ctx)) {
    if (d.side !== 'buy') continue;
    if (d.seller && d.percentage !== undefined && d.via) continue; // an equity transfer
    const lead = ctx.text.slice(Math.max(0, d.from - 60), d.from);
    let rule: string;
    // An agreement whose completion the next sentences state.
    const later = /\b(?:entered\s+into|signed|agreed\s+to)\b/i.test(ctx.text.slice(0, d.from)) ? completedLater(ctx) : undefined;
    if (later) rule = 'acquisition.completed-later';
    else if (/\bcomplet(?:ed|ion\s+of)\s+the\s+$/i.test(lead) || /\bcompleted\b/i.test(lead)) rule = 'acquisition.completed';
    else if (d.nominal) {
      // The words that say it happened govern the noun: "arising from the acquisition of", not "after taxation" elsewhere.
      const joined = happenedTo >= 0 && /^[^;.]{0,80}?,?\s+and\s+(?:the\s+)?$/i.test(ctx.text.slice(happenedTo, d.from));
      if ((!joined && !HAPPENED.test(ctx.text.slice(Math.max(0, d.from - 80), d.from))) || NOT_YET.test(lead)) continue;
      happenedTo = d.to;
      rule = 'acquisition.nominal';
    } else if (d.past) {
      if (NOT_YET.test(lead.slice(-30))) continue;
      rule = 'acquisition.verb';
    } else continue;
    if (unsettled(ctx, d)) continue;
    // A noun has no subject of its own: the issuer's where the sentence speaks of it, else the clause's for a verb.
    const issuerSpoken = ctx.issuer && /\b(?:the\s+(?:Company|Group)|we|our|us)\b/i.test(ctx.text) ? { name: ctx.issuer } : undefined;
    const acquirer = d.buyer ?? (d.nominal ? issuerSpoken : clauseSubject(ctx, d) ?? issuerSpoken);
    if (!acquirer) continue;
    for (const t of d.targets) {
      if (t.name === acquirer.name) continue;
      ctx.emit(rule, 'acquisition', {
        acquirer: acquirer.name,
        target: t.name,
        seller: d.seller && d.seller.name !== acquirer.name ? d.seller.name : undefined,
        percentage: d.percentage,
        consideration: d.consideration,
        date: later ?? d.date,
      });
    }
  }
  for (const m of ctx.text.matchAll(PASSIVE)) {
    const target = orgBefore(ctx, m.index);
    const rest = ctx.text.slice(m.index + m[0].length);
    const acquirer = /^us\b/.test(rest) ? ctx.issuer ?? 'the Company' : ctx.refs.find((r) => r.kind === 'organization' && r.from >= m!.index + m![0].length && new RegExp(`^\\s*(?:the\\s+)?$`, 'i').test(ctx.text.slice(m!.index + m![0].length, r.from)))?.name;
    if (!target || !acquirer || target.name === acquirer || /\b(?:will|may|would|to\s+be)\b/i.test(ctx.text.slice(target.to, m.index))) continue;
    const when = findDates(rest.slice(0, 80)).find((x) => x.precision !== 'year') ?? findDates(rest.slice(0, 40))[0];
    ctx.emit('acquisition.passive', 'acquisition', { acquirer, target: target.name, date: when?.iso });
  }
}


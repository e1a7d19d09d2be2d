// Equity transfers: a stated share of a target moving from a named transferor to a named
// transferee (an agreement counts; a proposal, a memorandum or a lapsed deal does not).
//   equity_transfer.sale-clause  "A will transfer 20% of the equity interest in X to B", "A agreed to
//                                sell, and B agreed to acquire, 60% of X" (defined-term parties too)
//   equity_transfer.held-by      "B completed the acquisition of 95% equity interest in X held by A"
//   equity_transfer.from         "B acquired 5% of X from A for HK$2 million"
//   equity_transfer.disposal     "the disposal of A’s 50% equity interest in X to B"
//   equity_transfer.agreement-parties  "A entered into an agreement with B ... for the acquisition of 50% of X"
//   equity_transfer.defined-parties    "A (the “Vendor”) ... the acquisition of 50% of X", "A as vendor and B as purchaser"
import type { SentenceContext } from '../context.ts';
import { completedLater, deals, unsettled, type Deal } from './transactions-deal.ts';

const RULE = {
  to: 'equity_transfer.sale-clause',
  'two-verbs': 'equity_transfer.sale-clause',
  'held-by': 'equity_transfer.held-by',
  from: 'equity_transfer.from',
  possessive: 'equity_transfer.disposal',
  agreement: 'equity_transfer.agreement-parties',
  roles: 'equity_transfer.defined-parties',
} as const;

/** The deal is said to have happened: a past verb, "completed the acquisition of", "the sale was completed on". */
function done(ctx: SentenceContext, d: Deal): boolean {
  return d.past || /\bcompleted\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, d.from - 40), d.from)) || /\b(?:was|were|has\s+been|had\s+been)\s+completed\b|\bcompleted\s+on\b/i.test(ctx.text.slice(d.to, d.to + 120));
}

export function equityTransfer(ctx: SentenceContext): void {
  for (const d of deals(ctx)) {
    if (!d.seller || !d.buyer || d.percentage === undefined || !d.via) continue;
    if (d.seller.name === d.buyer.name || unsettled(ctx, d)) continue;
    for (const t of d.targets) {
      if (t.name === d.seller.name || t.name === d.buyer.name) continue;
      ctx.emit(RULE[d.via], 'equity_transfer', {
        transferor: d.seller.name,
        transferee: d.buyer.name,
        target: t.name,
        percentage: d.percentage,
        consideration: d.consideration,
        agreementDate: d.agreementDate,
        completionDate: d.completed && done(ctx, d) ? d.date : /\b(?:entered\s+into|signed|agreed\s+to)\b/i.test(ctx.text.slice(0, d.from + 20)) ? completedLater(ctx) : undefined,
      });
    }
  }
}

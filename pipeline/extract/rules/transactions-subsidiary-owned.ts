// Ownership stated outright, with the share where it is given. A stake of more than half makes
// a subsidiary; "jointly owned" and minority stakes do not.
//   subsidiary.owned-by        "X, a company wholly owned by Y", "X is 55%-owned by Y", "X is held as to 92% by Y"
//   subsidiary.holds           "Y holds a 57.11% shareholding in X", "Y, which in turn holds a 100%
//                              shareholding in X", "Y indirectly holds a 62.5% equity interest in each of X and Z"
//   subsidiary.sole-shareholder "Y, which is the sole shareholder of X"
//   subsidiary.holding-company "Y, the holding company of X, Z and W", "the ultimate holding company of X is Y"
import type { Ref, SentenceContext } from '../context.ts';
import { notStated, orgAt, orgBefore, orgList, subjectBefore } from './transactions-common.ts';

const PCT = String.raw`(?:approximately\s+|about\s+|around\s+)?(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s+cent\.?|percent)`;
const OWNED_BY = new RegExp(
  String.raw`(?:,\s*(?:being\s+|now\s+)?|\s+(?:is|was|are|were|being|has\s+been|had\s+been)\s+)(?:an?\s+(?:company|entity|corporation)\s+)?(?:(wholly|${PCT})[- ]\s?)?(?:owned|held)\s+(?:as\s+to\s+${PCT}\s+)?(?:directly\s+|indirectly\s+|beneficially\s+)?by\s+`,
  'gi',
);
const STAKE = String.raw`(?:(?:effective\s+)?(?:equity\s+)?interests?|shareholding|stake|(?:of\s+)?(?:the\s+)?(?:entire\s+|aggregate\s+)?(?:issued|enlarged|registered)\s+(?:share\s+)?capital|(?:of\s+the\s+)?(?:issued\s+)?shares?|(?:of\s+the\s+)?equity(?:\s+interests?)?)`;
const HOLDS = new RegExp(
  String.raw`(?:\b(which|that|it)\s+(?:in\s+turn\s+|also\s+)?|\s+)(?:directly\s+|indirectly\s+|beneficially\s+|currently\s+|still\s+)?(?:holds|owns|held|owned|has|had)\s+(?:an?\s+|the\s+)?${PCT}\s+${STAKE}\s+(?:in|of)\s+(?:each\s+of\s+)?`,
  'gi',
);
const MORE = new RegExp(String.raw`^\s*,?\s*and\s+(?:an?\s+)?${PCT}\s+${STAKE}\s+(?:in|of)\s+(?:each\s+of\s+)?`, 'i');
const IN_WHICH = new RegExp(String.raw`(?:,|\()\s*an?\s+(?:company|entity|joint\s+venture)\s+in\s+which\s+`, 'gi');
const HELD_PCT = new RegExp(String.raw`^\s+(?:directly\s+|indirectly\s+)?(?:holds|held|owns|owned|has|had)\s+(?:an?\s+)?${PCT}`, 'i');
const THROUGH_OWNED = new RegExp(String.raw`\b(?:through|via)\s+(?:an?|its)\s+${PCT}[- ]?(?:owned|held)\s+`, 'gi');
const SOLE = /(?:,\s*|\s+)(?:which\s+is\s+|is\s+|was\s+|being\s+)?the\s+sole\s+(?:shareholder|owner|member)\s+of\s+/gi;
const HOLDING_CO = /(?:,\s*|\s+(?:is|was|being)\s+)the\s+(?:immediate\s+)?(?:holding|parent)\s+company\s+of\s+/gi;
const HOLDING_CO_IS = /\bthe\s+(?:ultimate\s+|immediate\s+)?(?:holding|parent)\s+company\s+of\s+/gi;

function majority(p: number | undefined): boolean {
  return p !== undefined && p > 50;
}

export function subsidiaryOwnedBy(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(OWNED_BY)) {
    const parent = orgAt(ctx, m.index + m[0].length);
    const child = orgBefore(ctx, m.index);
    if (!parent || !child || child.name === parent.name) continue;
    if (/\bjointly\b/i.test(ctx.text.slice(child.to, m.index + m[0].length)) || notStated(ctx.text, child.to, m.index + m[0].length)) continue;
    const pct = m[1] && /wholly/i.test(m[1]) ? 100 : m[2] ? Number(m[2]) : m[3] ? Number(m[3]) : undefined;
    if (pct !== undefined && !majority(pct)) continue;
    ctx.emit('subsidiary.owned-by', 'subsidiary', { parent: parent.name, child: child.name, percentage: pct });
  }
}

/** "X, a company in which Y held 50.01% of the issued shares"; "through a 60% owned X" (the sentence's subject owns it). */
export function subsidiaryInWhich(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(IN_WHICH)) {
    const parent = orgAt(ctx, m.index + m[0].length);
    const child = orgBefore(ctx, m.index);
    const held = parent ? HELD_PCT.exec(ctx.text.slice(parent.to)) : null;
    if (!parent || !child || !held || child.name === parent.name || !majority(Number(held[1]))) continue;
    ctx.emit('subsidiary.owned-by', 'subsidiary', { parent: parent.name, child: child.name, percentage: Number(held[1]) });
  }
  for (const m of ctx.text.matchAll(THROUGH_OWNED)) {
    const child = orgAt(ctx, m.index + m[0].length);
    const parent = subjectBefore(ctx, m.index);
    if (!child || !parent || child.name === parent.name || !majority(Number(m[1]))) continue;
    ctx.emit('subsidiary.owned-by', 'subsidiary', { parent: parent.name, child: child.name, percentage: Number(m[1]) });
  }
}

/** The holder of a stake: the name before "which holds", before "holds", or the sentence's subject for "it". */
function holder(ctx: SentenceContext, at: number, pronoun: string | undefined): Ref | undefined {
  if (pronoun && /^it$/i.test(pronoun)) return ctx.refs.find((r) => r.kind === 'organization' && r.to <= at);
  return orgBefore(ctx, ctx.text.slice(0, at).replace(/\s*,\s*$/, '').length);
}

export function subsidiaryHolds(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(HOLDS)) {
    const parent = holder(ctx, m.index, m[1]);
    if (!parent || notStated(ctx.text, parent.to, m.index + m[0].length)) continue;
    let pct = Number(m[2]);
    let at = m.index + m[0].length;
    for (;;) {
      const { refs, end } = orgList(ctx, at);
      if (majority(pct)) for (const child of refs) if (child.name !== parent.name) ctx.emit('subsidiary.holds', 'subsidiary', { parent: parent.name, child: child.name, percentage: pct });
      const more = MORE.exec(ctx.text.slice(end));
      if (!refs.length || !more) break;
      pct = Number(more[1]);
      at = end + more[0].length;
    }
  }
}

export function subsidiarySoleShareholder(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(SOLE)) {
    const parent = orgBefore(ctx, m.index);
    const child = orgAt(ctx, m.index + m[0].length);
    if (!parent || !child || child.name === parent.name || notStated(ctx.text, parent.to, m.index + m[0].length)) continue;
    ctx.emit('subsidiary.sole-shareholder', 'subsidiary', { parent: parent.name, child: child.name, percentage: 100 });
  }
}

export function subsidiaryHoldingCompany(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(HOLDING_CO)) {
    const parent = orgBefore(ctx, m.index);
    if (!parent) continue;
    for (const child of orgList(ctx, m.index + m[0].length).refs) {
      if (child.name !== parent.name) ctx.emit('subsidiary.holding-company', 'subsidiary', { parent: parent.name, child: child.name });
    }
  }
  // "The ultimate holding company of X is Y."
  for (const m of ctx.text.matchAll(HOLDING_CO_IS)) {
    if (/[,]\s*$|\b(?:is|was|being)\s+$/.test(ctx.text.slice(0, m.index))) continue;
    const child = orgAt(ctx, m.index + m[0].length);
    if (!child) continue;
    const is = /^\s*(?:is|was)\s+/.exec(ctx.text.slice(child.to));
    const parent = is ? orgAt(ctx, child.to + is[0].length) : undefined;
    if (parent && parent.name !== child.name) ctx.emit('subsidiary.holding-company', 'subsidiary', { parent: parent.name, child: child.name });
  }
}

// One deal clause read off a sentence: a stake in a target ("95% equity interest in X", "the
// entire issued share capital of X", "X"), the verb that moves it (sell, transfer, dispose of;
// acquire, purchase; "the acquisition of", "the disposal of"), the parties around it (the
// verb's subject, "held by A", "from A", "A’s 50%", "to B", the other party's own verb in
// "A agreed to sell, and B agreed to acquire"), the consideration and the dates. The equity
// transfer and acquisition rules decide what a deal states.
import type { Ref, SentenceContext } from '../context.ts';
import { findMoney, type MoneyMention } from '../quantities.ts';
import { findDates } from '../../text/dates.ts';
import { AFTER_NAME, orgAt, orgList, subjectBefore } from './transactions-common.ts';
import { HONORIFIC_SPACE } from '../lexicon/people.ts';

export type Side = 'sell' | 'buy';

/** A person's honorific before the name a reference starts at ("with Mr. Guo Yumin"). */
const HONORIFIC = `${HONORIFIC_SPACE}?`;

export interface Deal {
  side: Side;
  /** The verb as written, and whether it is a noun ("the acquisition of") or past ("acquired"). */
  verb: string;
  nominal: boolean;
  past: boolean;
  seller?: Ref;
  buyer?: Ref;
  targets: Ref[];
  /** How the counterparty was named: "to B", "held by A", "from A", "A’s 50%", the other party's verb. */
  via?: 'to' | 'held-by' | 'from' | 'possessive' | 'two-verbs' | 'agreement' | 'roles';
  percentage?: number;
  consideration?: { amount: number; currency: string };
  /** "On 9 April 2026, A entered into an agreement ...". */
  agreementDate?: string;
  /** The date the deal is said to have happened or completed on. */
  date?: string;
  completed: boolean;
  /** Where the deal's words start and end in the sentence. */
  from: number;
  to: number;
}

const SELL = String.raw`sell|sold|selling|transfer(?:red|ring|s)?|dispose\s+of|disposed\s+of|disposing\s+of|disposal\s+of|sale\s+of|transfer\s+of`;
const BUY = String.raw`acquire|acquired|acquiring|acquires|acquisition\s+of|purchase|purchased|purchasing|purchase\s+of|buy|bought|buying`;
const VERB = new RegExp(String.raw`\b(?:(${SELL})|(${BUY}))\b(?!\s+(?:and\s+purchase\s+)?agreement)`, 'gi');
const PCT = String.raw`(?:approximately\s+|about\s+)?(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s+cent\.?|percent)`;
/** What of the target changes hands. */
const STAKE = new RegExp(
  String.raw`^\s*,?\s*(?:(?:the\s+)?(?:sale|subject|target)\s+(?:shares|interests?|equity)\s*,?\s*(?:\([^()]*\)\s*,?\s*)?(?:representing|being|which\s+represents?|equal\s+to)\s+)?(?:(?:an?|the|its|their|substantially\s+all)\s+(?:of\s+)?(?:the\s+|its\s+)?)?(?:(?:remaining|additional|further|initial|aggregate|indirect|direct|effective|outstanding)\s+)*(?:(?:of\s+)?${PCT}|((?:entire|whole|all)\b(?:\s+of)?(?:\s+(?:the|its|their))?))?\s*(?:(?:of\s+)?(?:the\s+)?(?:(?:issued\s+and\s+outstanding|issued|enlarged|registered|outstanding)\s+)?(?:(?:share\s+)?capital|equity(?:\s+interests?)?|(?:ownership\s+|membership\s+|partnership\s+)?interests?|shares?(?:\s+capital)?|shareholding|stake|(?:business\s+and\s+)?(?:substantially\s+all\s+(?:of\s+)?the\s+)?(?:net\s+operating\s+|operating\s+|business\s+)?assets(?:\s+and\s+liabilities)?|business)\s+)?(?:(?:it|they|which\s+it|that\s+it)\s+(?:held|holds|owned|owns)\s+)?(?:(?:in|of)\s+(?:and\s+(?:the\s+)?(?:respective\s+)?[a-z]+\s+(?:of|in)\s+)?(?:each\s+of\s+)?)?`,
  'i',
);
const MODIFIED = /^\s+(?:programs?|products?|assets|business(?:es)?|brands?|operations|division|units?|segments?|portfolio|technolog(?:y|ies)|platforms?|shares|stock)\b/i;
const AUX_WORDS = String.raw`was\s+agreed|has|have|had|will|shall|would|also|further|then|successfully|strategically|conditionally|unconditionally|agreed|agree|agrees|to|been|each|now|finally|subsequently|already|indirectly|directly|thereby|completed\s+the|completion\s+of\s+the|through\s+the|announced\s+the`;
const AUX = new RegExp(
  String.raw`^${AFTER_NAME}\s*(?:,\s*(?:as|being)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s*,?)?(?:\s*(?:,|\(\w{1,4}\)|(?:${AUX_WORDS})\b))*\s*$`,
  'i',
);
const CONSIDERATION = /(?:consideration|price|valued\s+at|for|amount)\s+(?:of\s+)?(?:approximately\s+|about\s+|up\s+to\s+)?(?:a\s+|an\s+)?(?:total\s+|aggregate\s+|cash\s+|maximum\s+|initial\s+)*(?:consideration\s+)?(?:of\s+)?(?:approximately\s+)?$/i;

/** The party whose verb it is: the name just before it, with only auxiliaries between ("X has conditionally agreed to sell"). */
export function subjectOf(ctx: SentenceContext, at: number): Ref | undefined {
  const before = ctx.text.slice(0, at);
  if (/\b(?:we|We|us)\s+(?:(?:have|has|had|also|further|successfully)\s+)*$/.test(before) || /\bby\s+us\s*$/.test(before)) {
    // A text that never names its issuer keeps "the Company" (the spec's convention for issuer-less texts).
    return { from: at, to: at, kind: 'organization', name: ctx.issuer ?? 'the Company', surface: 'we' };
  }
  return [...ctx.refs].reverse().find((r) => r.to <= at && AUX.test(before.slice(r.to)));
}

function partyAfter(ctx: SentenceContext, at: number, words: RegExp): Ref | undefined {
  const m = new RegExp(`^${AFTER_NAME}\\s*,?\\s*(?:${words.source})\\s+`, 'i').exec(ctx.text.slice(at));
  if (!m) return undefined;
  const p = at + m[0].length;
  return ctx.refs.find((r) => r.from >= p && new RegExp(`^\\s*\\(?\\s*(?:the\\s+|its\\s+)?${HONORIFIC}$`, 'i').test(ctx.text.slice(p, r.from)));
}

/** "A as vendor", "A (as the purchaser)", "A (the “Vendor”)": a party named by its role. */
function roleParty(ctx: SentenceContext, role: RegExp): Ref | undefined {
  const as = new RegExp(`^${AFTER_NAME}\\s*,?\\s*\\(?as\\s+(?:the\\s+|a\\s+)?(?:${role.source})\\b`, 'i');
  const defined = new RegExp(`^\\s*\\((?:collectively,?\\s+)?(?:the\\s+)?[“"](?:${role.source})[”"]`, 'i');
  return ctx.refs.find((r) => as.test(ctx.text.slice(r.to)) || defined.test(ctx.text.slice(r.to)));
}

/** "A entered into an agreement (…) with B": the agreement's two parties. */
function agreementParties(ctx: SentenceContext): { subject?: Ref; counterparty?: Ref } {
  const m = /\b(?:entered\s+into|signed|executed)\s+(?:an?|the)\s+[^.;]{0,80}?agreements?\s*(?:\([^()]*\)\s*)?(?:(?:on|dated)\s+[^,]{4,24}?\s+)?with\s+/i.exec(ctx.text);
  if (!m) return {};
  // "A exercised the option and entered into ...": the clause's first name where no auxiliary joins it to the verb.
  const subject = subjectOf(ctx, m.index) ?? subjectBefore(ctx, m.index);
  const at = m.index + m[0].length;
  const counterparty = ctx.refs.find((r) => r.from >= at && new RegExp(`^\\s*\\(?\\s*(?:the\\s+)?${HONORIFIC}$`, 'i').test(ctx.text.slice(at, r.from)));
  return { subject, counterparty };
}

function dayIn(text: string): string | undefined {
  return findDates(text).find((d) => d.precision === 'day')?.iso;
}

/** "On 3 May 2026, ...", "in July 2009", "on 13 December 2017": the date a clause states. */
function dateOf(text: string): string | undefined {
  const on = /\b(?:on|On|dated)\s+((?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})|(?:[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}))/.exec(text);
  if (on) return dayIn(on[1]);
  const inMonth = /\b(?:in|In|during|During)\s+((?:early\s+|late\s+|mid-)?[A-Z][a-z]+,?\s+(?:of\s+)?\d{4}|\d{4})\b/.exec(text);
  if (inMonth) {
    const d = findDates(inMonth[1])[0];
    if (d && !/early|late|mid/.test(inMonth[1])) return d.iso;
  }
  return undefined;
}

/** All deal clauses of a sentence. */
export function deals(ctx: SentenceContext): Deal[] {
  const out: Deal[] = [];
  const text = ctx.text;
  VERB.lastIndex = 0;
  let v: RegExpExecArray | null;
  while ((v = VERB.exec(text))) {
    const side: Side = v[1] ? 'sell' : 'buy';
    const verb = v[0];
    const nominal = /\bof$/i.test(verb);
    const past = /ed\b|sold|bought/i.test(verb.split(/\s/)[0]);
    const afterVerb = v.index + verb.length;
    // "the disposal of TMPH’s 50% equity interest in TMPI": the owner before the stake sells.
    let possessive: Ref | undefined;
    let stakeAt = afterVerb;
    const own = /^\s*(?:the\s+)?/i.exec(text.slice(afterVerb))![0].length;
    const owner = ctx.refs.find((r) => r.from === afterVerb + own && /^[’']s\s/.test(text.slice(r.to)));
    if (owner) {
      possessive = owner;
      stakeAt = owner.to + 2;
    }
    const stake = STAKE.exec(text.slice(stakeAt))!;
    // "in its wholly-owned subsidiary, X", "in the immediate holding company, X": the target named after what it is.
    const described = /^(?:its|the|our|their)\s+(?:[\w%-]+\s+){0,4}?(?:subsidiary|holding\s+company|associate|target\s+company),\s+/i.exec(text.slice(stakeAt + stake[0].length));
    const targetsAt = stakeAt + stake[0].length + (described && /(?:in|of)\s+$/i.test(stake[0]) ? described[0].length : 0);
    const { refs: listed, end } = orgList(ctx, targetsAt);
    // "Trawsfynydd’s TRX100 and TRX01 programs": names that modify a noun are not what is bought.
    const modifies = (r: Ref) => MODIFIED.test(ctx.text.slice(r.to, r.to + 30));
    const targets = listed.length && modifies(listed[listed.length - 1]) ? [] : listed;
    const first = targets[0] ?? (listed.length ? undefined : orgAt(ctx, targetsAt));
    if (!first || first.kind !== 'organization' || modifies(first)) continue;
    // A stake names its target through "in"/"of"; a bare name right after the verb is the target itself.
    const percentage = stake[1] ? Number(stake[1]) : stake[2] ? 100 : undefined;
    const deal: Deal = { side, verb, nominal, past, targets: targets.length ? targets : [first], percentage, completed: false, from: v.index, to: end };
    // The other parties. "A will (1) transfer ...; and (2) transfer ...": the second verb shares the first's subject.
    const prev = out[out.length - 1];
    const subject = subjectOf(ctx, v.index) ?? (prev && prev.side === side && /^\s*;?\s*(?:and\s+)?\(\w{1,4}\)\s*$/.test(text.slice(prev.to, v.index).replace(/^[^;]*/, '')) ? (side === 'sell' ? prev.seller : prev.buyer) : undefined);
    const heldBy = partyAfter(ctx, end, /held\s+by|owned\s+by/);
    const from = partyAfter(ctx, end, /from/);
    const to = partyAfter(ctx, end, /to/);
    if (side === 'sell') {
      deal.seller = possessive ?? subject;
      deal.buyer = to;
      if (to) deal.via = 'to';
    } else {
      deal.buyer = subject;
      deal.seller = possessive ?? heldBy ?? from;
      deal.via = possessive ? 'possessive' : heldBy ? 'held-by' : from ? 'from' : undefined;
    }
    if (side === 'sell' && possessive) deal.via = 'possessive';
    // "A has agreed to sell, and B has agreed to acquire, N% of X": the other verb's subject is the other party.
    const clause = text.slice(0, v.index);
    const other = new RegExp(String.raw`\b(?:${side === 'sell' ? BUY : SELL})\b`, 'gi');
    let o: RegExpExecArray | null;
    let last: RegExpExecArray | null = null;
    while ((o = other.exec(clause))) last = o;
    if (last) {
      const p = subjectOf(ctx, last.index);
      if (p && side === 'sell' && !deal.buyer) deal.buyer = p;
      if (p && side === 'buy' && !deal.seller) deal.seller = p;
      if (p && !deal.via) deal.via = 'two-verbs';
    }
    // "the equity interest of X (“X1”), representing 60% of ...": the share stated after the target.
    if (deal.percentage === undefined) {
      const rep = new RegExp(`^${AFTER_NAME}\\s*,?\\s*(?:representing|being|which\\s+represents?)\\s+${PCT}`, 'i').exec(text.slice(end));
      if (rep) deal.percentage = Number(rep[1]);
    }
    // "A entered into an agreement with B ... for the acquisition of N% of X".
    const agreement = agreementParties(ctx);
    if (agreement.subject && agreement.counterparty && agreement.subject.name !== agreement.counterparty.name) {
      const [own, other] = [agreement.subject, agreement.counterparty];
      // "A entered into an agreement with B to sell ...": the infinitive is A's, not B's.
      const mine = side === 'sell' ? deal.seller : deal.buyer;
      if (mine && mine.from === other.from && deal.via === undefined) {
        if (side === 'sell') deal.seller = undefined;
        else deal.buyer = undefined;
      }
      if (side === 'buy' && (!deal.buyer || deal.buyer.name === own.name) && !deal.seller) {
        deal.buyer = own;
        deal.seller = other;
        deal.via ??= 'agreement';
      }
      if (side === 'sell' && (!deal.seller || deal.seller.name === own.name) && !deal.buyer) {
        deal.seller = own;
        deal.buyer = other;
        deal.via ??= 'agreement';
      }
    }
    // "between A as vendor and B as purchaser": parties named by their role in the agreement.
    if (!deal.seller) {
      deal.seller = roleParty(ctx, /vendors?|sellers?|transferors?/);
      if (deal.seller && !deal.via) deal.via = 'roles';
    }
    if (!deal.buyer) deal.buyer = roleParty(ctx, /purchasers?|buyers?|transferees?/);
    const tail = text.slice(end);
    const money = findMoney(tail).find((x: MoneyMention) => CONSIDERATION.test(tail.slice(Math.max(0, x.from - 60), x.from)));
    if (money && money.from < 200) deal.consideration = { amount: money.amount, currency: money.currency };
    if (/\b(?:entered\s+into|signed|executed)\b/i.test(text) && /^\s*(?:\(\w+\)\s*)*On\s+/i.test(text)) deal.agreementDate = dayIn(text.replace(/^\s*(?:\(\w+\)\s*)*/, '').slice(0, 40));
    deal.completed = past || /\bcomplet(?:ed|ion)\b/i.test(text.slice(Math.max(0, v.index - 40), v.index)) || /\bwas\s+completed\b|\bcompleted\s+on\b/i.test(tail.slice(0, 120));
    const before = text.slice(0, v.index);
    deal.date = dateOf(/\bOn\s/.test(before) ? before : '') ?? dateOf(tail.slice(0, 160)) ?? dateOf(before);
    out.push(deal);
  }
  return out;
}

/** The clause around a deal names it as proposed, possible, conditional on the future, or off. */
export function unsettled(ctx: SentenceContext, d: Deal): boolean {
  const clause = ctx.text.slice(Math.max(0, (d.buyer ?? d.seller)?.from ?? d.from - 80), d.to);
  // "may" in lower case: "May" is a month.
  return /\b(?:may|might)\b/.test(clause) || /\b(?:propos(?:ed|es?|al)|possible|potential|could|intends?\s+to|intention|contemplat|memorandum\s+of\s+understanding|MOU|non-legally\s+binding|letter\s+of\s+intent|if|whether|negotiat|not|no|terminat(?:ed|ion)|lapsed?|rescind|abandon|cancel)\b/i.test(clause) || /\b(?:terminated|termination|lapsed|rescinded|abandoned|(?:did|will|agreed|decided)\s+not\s+(?:to\s+)?proceed)\b/i.test(ctx.text) ||
    // "If the conditions are fulfilled, A will sell ...": a condition opening the clause.
    /\b(?:if|unless|in\s+the\s+event\s+(?:that|of))\b/i.test(ctx.text.slice(ctx.text.lastIndexOf(';', d.from) + 1, d.from));
}

/** The subject of the clause, where the deal's own verb has none ("the Group ... through the acquisition of X"). */
export function clauseSubject(ctx: SentenceContext, d: Deal): Ref | undefined {
  const s = subjectBefore(ctx, d.from);
  return s && !d.targets.some((t) => t.name === s.name) ? s : undefined;
}

/** A sentence that starts another deal: the completion after it is that deal's. */
const ANOTHER_DEAL = /\b(?:entered\s+into|agreed\s+to\s+(?:sell|acquire|purchase|dispose|transfer)|disposal\s+of|sale\s+of)\b/i;
const DONE_LATER = /^(?:[Cc]ompletion(?:\s+of\s+the\s+(?:acquisition|transaction|investment|purchase))?\s+(?:took\s+place|occurred)|[Tt]he\s+(?:acquisition|transaction|investment|purchase)\s+(?:was|has\s+been)\s+completed)\s+on\s+([^,.;]{6,30})/;

/** "... for the acquisition of X. Completion took place on 26 June 2019.": the completion a later sentence states, before any other deal. */
export function completedLater(ctx: SentenceContext): string | undefined {
  // The rest of the paragraph and the next two of the announcement (a completion often stands alone).
  const at = ctx.doc.paragraphs.indexOf(ctx.paragraph);
  const next = ctx.doc.paragraphs.slice(at + 1, at + 3).filter((p) => p.announcementId === ctx.announcement.id).map((p) => p.plain.text);
  const rest = [ctx.paragraphText.slice(ctx.offset + ctx.text.length), ...next].join(' ').slice(0, 1500);
  for (const s of rest.split(/(?<=\.)\s+(?=[A-Z(])/).slice(0, 5)) {
    const m = DONE_LATER.exec(s.trim());
    if (m) return findDates(m[1]).find((x) => x.precision === 'day')?.iso;
    if (ANOTHER_DEAL.test(s)) return undefined;
  }
  return undefined;
}

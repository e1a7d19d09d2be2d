// Share issues, each with its kind: placing, subscription, offering, over-allotment.
//   share_issue.allotment     "the Company has allotted and issued 17,300,000 firm ADSs at US$11.27 per ADS"
//   share_issue.placing       "agreed to place, through the Placing Agent, up to 520,000,000 placing shares",
//                             "completed the placing of 40,000,000 new Shares", "placees to subscribe for N shares"
//   share_issue.top-up        "the top-up placing of 20,795,052 shares" (existing shares placed for a vendor,
//                             who subscribes for as many new ones)
//   share_issue.subscription  "the Subscriber agreed to subscribe for 300,000,000 shares", "issued N new Shares to X"
//   share_issue.offering      "We are offering 608,197 shares of our common stock", "an open offer of N shares",
//                             "N shares issued and sold in our October 2024 registered direct offering"
// Never from an authorisation or a charter clause ("may issue up to 5,000,000 shares of preferred stock"),
// options, warrants, convertible bonds or share counts in issue.
import type { Ref, SentenceContext } from '../context.ts';
import { findDates } from '../../text/dates.ts';
import { findMoney, parseCount } from '../quantities.ts';

export type IssueKind = 'placing' | 'subscription' | 'offering' | 'over_allotment';

const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:million|billion))`;
const QUALIFIER = String.raw`(?:(?:up\s+to|a\s+maximum\s+of|an?\s+(?:aggregate|total)\s+of|not\s+(?:less|more)\s+than|approximately)\s+)*`;
const SECURITY = String.raw`((?:(?:firm|additional|new|placing|subscription|offer|ordinary|H|A|existing|rights|consideration|open\s+offer|top-up|common|fully\s+paid)\s+)*)(American\s+Depositary\s+Shares|ADSs?|[Ss]hares|[Ss]hare\b|units)(?:\s+of\s+(?:our\s+|its\s+|the\s+Company[’']s\s+)?(?:common\s+stock|Class\s+[A-Z]\s+common\s+stock|ordinary\s+shares))?`;
/** What comes between a verb and its count: "through the Placing Agent, on a best effort basis,". */
const ASIDE = String.raw`(?:,?\s*(?:through|on|to|by\s+way\s+of|in\s+aggregate|failing\s+which)[^,;]{0,70},)*\s*`;
const VERB = String.raw`(allotment\s+(?:and\s+issue\s+)?of|allotted\s+and\s+issued|allot\s+and\s+issue|issued\s+and\s+allotted|issue\s+and\s+allot|issued|issue|placed\s+out|placed|place|placing\s+of|finished\s+placing|completed\s+the\s+placing\s+of|sold|sell|selling|offering|offered|offer|offering\s+of|open\s+offer\s+of|rights\s+issue\s+of|subscribed?(?:\s*,[^,;]{0,70},)?\s+for|subscription\s+of|subscription\s+for|to\s+purchase)`;
const FRAME = new RegExp(String.raw`\b${VERB}${ASIDE}${QUALIFIER}(?<![\d,.])${COUNT}\s*(?:\([^()]{0,40}\)\s*)?${SECURITY}`, 'gi');
/** The count first: "N shares of our common stock issued and sold ... in our October 2024 registered direct offering", "N offer shares being issued". */
const COUNT_FIRST = new RegExp(String.raw`(?<![\d,.])${COUNT}\s*(?:\([^()]{0,40}\)\s*)?${SECURITY}\s+(?:(?:were|was|being|have\s+been|had\s+been)\s+)?(issued(?:\s+and\s+(?:sold|allotted))?|allotted(?:\s+and\s+issued)?|sold|placed)\b(?:[^.;]{0,60}?\b(?:in|under|pursuant\s+to|through)\s+(?:the\s+|our\s+|its\s+|an?\s+)?[^.;]{0,50}?\b(placing|subscription|offering|open\s+offer|rights\s+issue|public\s+offer))?`, 'gi');

/** One issue frame, whichever way the sentence words it. */
interface Frame {
  index: number;
  /** Where the count and its security end, and where the frame ends. */
  countEnd: number;
  end: number;
  text: string;
  verb: string;
  count: string;
  adjectives: string;
  security: string;
  /** The kind the words name after the count ("in our ... offering"). */
  noun?: string;
}

function frames(text: string): Frame[] {
  const out: Frame[] = [];
  FRAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FRAME.exec(text))) out.push({ index: m.index, countEnd: m.index + m[0].length, end: m.index + m[0].length, text: m[0], verb: m[1], count: m[2], adjectives: m[3], security: m[4] });
  for (const m of text.matchAll(COUNT_FIRST)) {
    // Only where the words say which kind of issue it was: "in the placing", "offer shares".
    if (!m[5] && !/offer|placing|subscription|rights/i.test(m[2])) continue;
    if (out.some((f) => m!.index < f.end && m!.index + m![0].length > f.index)) continue;
    const countEnd = m.index + m[0].search(/\s+(?:(?:were|was|being|have\s+been|had\s+been)\s+)?(?:issued|allotted|sold|placed)\b/i);
    out.push({ index: m.index, countEnd, end: m.index + m[0].length, text: m[0], verb: m[4], count: m[1], adjectives: m[2], security: m[3], noun: m[5] });
  }
  return out;
}

/** Counts that are not an issue: authorisations, options, warrants, convertibles, shares in issue. */
const NOT_ISSUE = /\b(?:permit(?:s|ted)?|empower(?:s|ed)?|entitle[sd]?|authori[sz]ed|reserved|issuable|upon\s+(?:the\s+)?(?:exercise|conversion|vesting)|exercise\s+of|conversion|convertible|warrants?|options?|share\s+award|award(?:ed)?\s+shares|restricted\s+share|RSUs?|outstanding|in\s+issue|beneficially|interested\s+in|held\s+by|repurchase[sd]?|bought\s+back|buy-?back|excludes|based\s+on)\b/i;

function kindOf(frame: string, adjectives: string, sentence: string): IssueKind {
  const a = adjectives.toLowerCase();
  const f = frame.toLowerCase();
  // Offer shares "including the exercise of the over-allotment option" are the offering's.
  if (/additional/.test(a) || (!/offer|placing|subscription/.test(a) && /over-?allotment|option\s+to\s+purchase\s+additional/.test(sentence.toLowerCase()))) return 'over_allotment';
  if (/plac/.test(f) || /placing/.test(a)) return 'placing';
  if (/subscri/.test(f) || /subscription/.test(a)) return /\bplacees?\b/i.test(sentence) ? 'placing' : 'subscription';
  if (/offer|rights/.test(f) || /firm|offer|rights|open/.test(a)) return 'offering';
  if (/\bplacing\b|\bplacees?\b/i.test(sentence)) return 'placing';
  if (/\bsubscri/i.test(sentence)) return 'subscription';
  return 'offering';
}

function ruleOf(frame: string, kind: IssueKind, sentence: string, noun?: string): string {
  if (kind === 'placing' && /top-?\s?up/i.test(sentence)) return 'share_issue.top-up';
  // "N shares issued in our registered direct offering": the offering names the rule.
  if (/issue|allot/i.test(frame) && !noun) return 'share_issue.allotment';
  return kind === 'over_allotment' ? 'share_issue.allotment' : `share_issue.${kind}`;
}

/** The placing or placement agent the sentence names: "X (the “Placing Agent”)", "X as placing agent", "the placing agent, X". */
function agentIn(ctx: SentenceContext): string | undefined {
  for (const r of ctx.refs) {
    if (r.kind !== 'organization') continue;
    const after = ctx.text.slice(r.to, r.to + 60);
    const before = ctx.text.slice(Math.max(0, r.from - 40), r.from);
    if (/^\s*(?:\([^()]*\)\s*)?(?:\(\s*(?:the\s+)?[“"](?:Placing|Placement)\s+Agents?[”"]\s*\)|,?\s*(?:as|being)\s+(?:the\s+|its\s+|our\s+|exclusive\s+)*(?:placing|placement)\s+agents?)/i.test(after)) return r.name;
    if (/\b(?:placing|placement)\s+agents?,\s*$/i.test(before)) return r.name;
    if (/\bsales\s+agreement\s+with\s+$/i.test(before)) return r.name;
  }
  return ctx.registry.alias(ctx.announcement.id, 'Placing Agent')?.name ?? ctx.registry.alias(ctx.announcement.id, 'Placement Agent')?.name;
}

/** "... to X", "... to an independent investor, X": the party shares go to. */
function toParty(ctx: SentenceContext, frameEnd: number): Ref | undefined {
  return ctx.refs.find((r) => r.kind === 'organization' && r.from >= frameEnd && r.from - frameEnd < 80 && /\bto\s+(?:the\s+|an?\s+(?:independent\s+)?(?:investor|third\s+party),?\s+)?$/i.test(ctx.text.slice(Math.max(frameEnd, r.from - 40), r.from)) && r.name !== ctx.issuer);
}

/** Who takes up a subscription: "to Kingsoft Corporation", "the Subscriber agreed to subscribe", "X subscribed for". */
function subscriberIn(ctx: SentenceContext, frameAt: number, frameEnd: number): Ref | undefined {
  const to = toParty(ctx, frameEnd);
  if (to) return to;
  const subject = [...ctx.refs].reverse().find((r) => r.to <= frameAt && r.name !== ctx.issuer && /^\s*(?:\([^()]*\)\s*)?(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+)?(?:conditionally\s+)?(?:agreed\s+to\s+)?$/i.test(ctx.text.slice(r.to, frameAt)));
  return subject;
}

function priceIn(text: string): { amount: number; currency: string } | undefined {
  const m = findMoney(text).find((x) => /(?:at|price\s+of|price\s+of\s+approximately|at\s+approximately)\s+(?:a\s+)?$|(?:placing|subscription|offer|issue|offering|public\s+offering)\s+price\s+(?:of\s+)?(?:approximately\s+)?$/i.test(text.slice(Math.max(0, x.from - 50), x.from)));
  return m && m.amount < 100000 ? { amount: m.amount, currency: m.currency } : undefined;
}

export function shareIssue(ctx: SentenceContext): void {
  if (!/\b(?:shares?|ADSs?|American\s+Depositary|units)\b/i.test(ctx.text)) return;
  const issuer = ctx.issuer;
  if (!issuer) return;
  for (const f of frames(ctx.text)) {
    const quantity = parseCount(f.count);
    if (!quantity || quantity < 1000) continue;
    // The clause around the count: authorisations, options and counts in issue are not issues.
    const lead = ctx.text.slice(Math.max(0, f.index - 80), f.index);
    const tail = ctx.text.slice(f.countEnd, f.countEnd + 100);
    // "may" in lower case: "May" is a month. A proposal, or an issue called off, is none.
    if (/\b(?:propos(?:ed|es|al)|possible|potential|lapsed|terminated)\b/i.test(lead.split(/[;:]/).pop()!) ||
      NOT_ISSUE.test(lead.split(/[;:]/).pop()! + ' ' + f.text) || /\b(?:may|might)\b/.test(lead.split(/[;:]/).pop()!) || /^\s*(?:issuable|reserved|upon\s+(?:the\s+)?exercise|underlying)/i.test(tail)) continue;
    if (/\b(?:not|no)\s+(?:\w+\s+){0,2}$/i.test(lead)) continue;
    // Shares paid as the price of an acquisition, issued on the exercise of options or bought on
    // the market are no placing, subscription or offering.
    if (/consideration/i.test(f.adjectives) || /^\s*(?:of\s+the\s+Company\s+)?(?:to\s+the\s+(?:vendors?|sellers?)\b|on\s+(?:the\s+)?(?:open\s+)?market\b|at\s+(?:the|an?)\s+exercise\s+price)/i.test(tail)) continue;
    const securityType = /ADS|American Depositary/i.test(f.security) ? 'ADS' : 'share';
    // "issued N new Shares to X": shares issued to a named party are its subscription.
    const issuedTo = /issu|allot/i.test(f.verb) && !f.noun ? toParty(ctx, f.end) : undefined;
    const kind = issuedTo ? 'subscription' : kindOf(f.noun ?? f.verb, f.adjectives, ctx.text);
    const after = ctx.text.slice(f.countEnd);
    const price = priceIn(after.slice(0, 160)) ?? priceIn(ctx.text.slice(Math.max(0, f.index - 120), f.index));
    const day = /\bon\s+((?:[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}))/.exec(after.slice(0, 200));
    const opening = /^\s*(?:\(\w+\)\s*)*On\s+([^,()]{6,30}?)\s*(?:\([^()]{0,40}\)\s*)?,/.exec(ctx.text);
    const openingDay = opening ? findDates(opening[1]).find((d) => d.precision === 'day')?.iso : undefined;
    const agreed = /\b(?:entered\s+into|signed|executed)\b/i.test(ctx.text.slice(0, f.index));
    const completed = /\b(?:completed|finished|completion)\b/i.test(lead + ' ' + f.verb) || /\b(?:has|have|had|were|was)\s+(?:been\s+)?(?:allotted|issued|placed|sold)\b/i.test(lead + ' ' + f.text) || /\b(?:issued|allotted|placed|sold)\b/i.test(f.verb);
    const inMonth = /\bin\s+(?:our\s+)?([A-Z][a-z]+\s+\d{4})\b/.exec(after.slice(0, 120));
    const date = day ? findDates(day[1])[0]?.iso : completed && openingDay && !agreed ? openingDay : inMonth ? findDates(inMonth[1])[0]?.iso : undefined;
    const subscriber = kind === 'subscription' || /\bto\s+an?\s+(?:independent\s+)?investor/i.test(after.slice(0, 60)) ? subscriberIn(ctx, f.index, f.end) : undefined;
    ctx.emit(issuedTo ? 'share_issue.subscription' : ruleOf(f.verb, kind, ctx.text, f.noun), 'share_issue', {
      issuer,
      kind,
      securityType,
      quantity,
      price,
      subscriber: subscriber?.name,
      placingAgent: kind === 'placing' || kind === 'offering' ? agentIn(ctx) : undefined,
      date,
      agreementDate: agreed ? openingDay : undefined,
    }, 0.75);
    // A top-up placing: the vendor whose existing shares were placed subscribes for as many new ones.
    const topUp = /top-?\s?up\s+(?:placing|subscription)/i.test(ctx.text) && kind === 'placing' ? /\b(?:held\s+by|owned\s+by|from)\s+$/i : undefined;
    if (topUp) {
      const vendor = ctx.refs.find((r) => r.from >= f.end && r.from - f.end < 40 && topUp.test(ctx.text.slice(f.end, r.from)));
      if (vendor && vendor.name !== issuer) ctx.emit('share_issue.top-up', 'share_issue', { issuer, kind: 'subscription', securityType, quantity, price, subscriber: vendor.name, agreementDate: agreed ? openingDay : undefined }, 0.7);
    }
  }
}

/** "The aggregate net proceeds from the placing ... amount to approximately HK$2,759,989,700." */
export function netProceeds(text: string): { kind: string; money: { amount: number; currency: string } } | undefined {
  const m = /net proceeds (?:from|of) the ([a-z ,-]+?)\s*(?:\(|amount|are|is|were|will|of|was)/i.exec(text);
  if (!m) return undefined;
  const kinds = m[1].split(/,\s*|\s+and\s+/).map((k) => k.replace(/^the\s+/, '').trim()).filter(Boolean);
  if (kinds.length !== 1) return undefined;
  const kind = /placing/.test(kinds[0]) ? 'placing' : /subscription/.test(kinds[0]) ? 'subscription' : /offering|open offer|rights issue/.test(kinds[0]) ? 'offering' : undefined;
  const money = findMoney(text.slice(m.index))[0];
  return kind && money ? { kind, money: { amount: money.amount, currency: money.currency } } : undefined;
}

/** "The placing was completed on 8 May 2015": the completion date of that kind of issue. */
export function completedOn(text: string): { kind: string; date: string } | undefined {
  const m = /\b(?:the\s+)?(placing|subscription|offering|open\s+offer|rights\s+issue|top-?\s?up\s+placing)\s+(?:was|were|has\s+been|had\s+been)\s+completed\s+on\s+([^,.;]{6,30})/i.exec(text);
  const date = m ? findDates(m[2]).find((d) => d.precision === 'day')?.iso : undefined;
  if (!m || !date) return undefined;
  const kind = /plac/i.test(m[1]) ? 'placing' : /subscri/i.test(m[1]) ? 'subscription' : 'offering';
  return { kind, date };
}

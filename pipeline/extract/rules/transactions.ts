// Equity transfers, share issues (placings, subscriptions, offerings, over-allotments),
// acquisitions and subsidiaries.
import type { Ref, SentenceContext } from '../context.ts';
import { lastRefBefore } from '../context.ts';
import { findDates } from '../../text/dates.ts';
import { COUNT, findMoney, findPercentages, parseCount } from '../quantities.ts';

function firstDayDate(text: string): string | undefined {
  return findDates(text).find((d) => d.precision === 'day')?.iso;
}

function agreementDate(ctx: SentenceContext): string | undefined {
  if (!/\bentered into\b|\bsigned\b|\bexecuted\b/i.test(ctx.text)) return undefined;
  const m = /^\s*(?:\(\w+\)\s*)?On\s+/i.exec(ctx.text);
  return m ? firstDayDate(ctx.text.slice(m[0].length, m[0].length + 40)) : undefined;
}

/** Clauses of a sentence: "(1) ...; and (2) ...", "(i) ..., (ii) ...". */
function clauses(text: string): Array<{ from: number; to: number }> {
  const marks = [...text.matchAll(/\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s/g)].map((m) => m.index!);
  if (marks.length < 2) return [{ from: 0, to: text.length }];
  const out = [{ from: 0, to: marks[0] }];
  marks.forEach((at, i) => out.push({ from: at, to: i + 1 < marks.length ? marks[i + 1] : text.length }));
  return out;
}

// Verbs, not the names of agreements ("equity transfer agreement", "sale and purchase agreement").
const TRANSFER_VERB = /(?<!equity\s|share\s)\b(?:transfer|sell|dispose\s+of|disposal\s+of|sale\s+of|transferred|sold|disposed\s+of)\b(?!\s+(?:and\s+purchase\s+)?agreement)/i;
const ACQUIRE_VERB = /\b(?:acquire|acquired|purchase|purchased|acquisition\s+of)\b(?!\s+agreement)/i;

export function equityTransferRule(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!/%|per cent/.test(text) || !(TRANSFER_VERB.test(text) || ACQUIRE_VERB.test(text))) return;
  if (!/\b(?:equity interest|issued share capital|interest|shares?)\b/i.test(text)) return;
  const verb = TRANSFER_VERB.exec(text) ?? ACQUIRE_VERB.exec(text)!;
  const selling = TRANSFER_VERB.test(verb[0]);
  // The party doing it: "pursuant to which Xunlei will transfer", "the Vendor agreed to sell".
  const actor = lastRefBefore(ctx, verb.index, 'organization');
  const date = agreementDate(ctx);
  for (const c of clauses(text)) {
    const part = text.slice(c.from, c.to);
    const pct = findPercentages(part)[0];
    if (!pct) continue;
    const afterPct = c.from + pct.to;
    const target = ctx.refs.find((r) => r.kind === 'organization' && r.from >= afterPct && /\bin\s+(?:the\s+)?$/i.test(text.slice(afterPct, r.from)) && r.from - afterPct < 120);
    if (!target) continue;
    let counterparty = ctx.refs.find((r) => r.kind === 'organization' && r.from > target.to && r.to <= c.to && /\b(?:to|from)\s+(?:the\s+)?$/i.test(text.slice(target.to, r.from)));
    // "the Vendor has agreed to sell, and the Purchaser has agreed to acquire, 60% of ...": two parties, two verbs.
    if (!counterparty && selling) {
      // Either order: "A agreed to sell, and B agreed to acquire" or "B agreed to acquire, and A agreed to sell".
      const before = text.slice(0, c.from + pct.from);
      const buys = [...before.matchAll(/\b(?:acquire|purchase|buy)\b(?!\s+agreement)/gi)];
      const buy = buys.find((b) => b.index! > verb.index) ?? buys[buys.length - 1];
      if (buy) counterparty = lastRefBefore(ctx, buy.index!, 'organization');
      if (counterparty && actor && counterparty.name === actor.name) counterparty = undefined;
    }
    if (!counterparty || (!actor && !selling)) continue;
    if (selling && !actor && !ctx.refs.some((r) => r.kind === 'organization' && r.to <= c.from + pct.from && /^[’']s\s+$/.test(text.slice(r.to, c.from + pct.from)))) continue;
    const money = findMoney(part).find((x) => /consideration|for\s+(?:a\s+)?(?:total\s+)?(?:cash\s+)?$|at\s+(?:a\s+)?(?:total\s+)?(?:price|consideration)/i.test(part.slice(Math.max(0, x.from - 40), x.from)));
    // "the disposal of TMPH’s 50% equity interest": the owner before the share is the one selling.
    const owner = ctx.refs.find((r) => r.kind === 'organization' && r.to <= c.from + pct.from && /^[’']s\s+$/.test(text.slice(r.to, c.from + pct.from)));
    const transferor = selling ? owner ?? actor : counterparty;
    const transferee = selling ? counterparty : actor!;
    if (!transferor) continue;
    if (transferor.name === transferee.name) continue;
    ctx.emit(
      'equity_transfer.sale-clause',
      'equity_transfer',
      {
        transferor: transferor.name,
        transferee: transferee.name,
        target: target.name,
        percentage: pct.value,
        consideration: money ? { amount: money.amount, currency: money.currency } : undefined,
        agreementDate: date,
      },
      0.8,
    );
  }
}

const SECURITY = /(American Depositary Shares|ADSs?|(?:ordinary |H |A |new |placing |subscription |offer |firm |additional |consideration )*(?:Shares|shares))/;
const ISSUE = new RegExp(`\\b(?:allotted and issued|allot and issue|issued|issue|placed|place|sold|sell|offer(?:ed)?|subscribe(?:d)? for)\\s+(?:to\\s+[^,]{1,60}?\\s+)?(?:up to\\s+|an aggregate of\\s+|a total of\\s+)?${COUNT}\\s+((?:firm |additional |new |placing |subscription |offer |ordinary |H )*)${SECURITY.source}`, 'gi');

function kindOf(adjectives: string, clause: string, sentence: string): 'placing' | 'subscription' | 'offering' | 'over_allotment' {
  const a = adjectives.toLowerCase();
  if (/additional/.test(a) || /over-?allotment|option to purchase additional|exercise of the option/i.test(clause)) return 'over_allotment';
  if (/placing/.test(a) || /\bplacing\b/i.test(clause)) return 'placing';
  if (/subscription/.test(a) || /\bsubscri/i.test(clause)) return 'subscription';
  if (/firm|offer/.test(a) || /offering|underwrit/i.test(clause)) return 'offering';
  if (/\bplacing\b/i.test(sentence)) return 'placing';
  if (/\bsubscription\b/i.test(sentence)) return 'subscription';
  return 'offering';
}

export interface ShareIssueState {
  /** Net proceeds stated for one kind, waiting for the facts of that kind in the same paragraph. */
  pendingProceeds?: { paragraph: string; kind: string; money: { amount: number; currency: string } };
}

export function shareIssueRule(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!/\b(?:shares|ADSs?|American Depositary)\b/i.test(text)) return;
  const date = agreementDate(ctx);
  for (const c of clauses(text)) {
    const part = text.slice(c.from, c.to);
    ISSUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ISSUE.exec(part))) {
      const quantity = parseCount(m[1]);
      if (!quantity || quantity < 1000) continue;
      if (/\b(?:not|no)\s+$/i.test(part.slice(0, m.index))) continue;
      const securityType = /ADS|American Depositary/i.test(m[3]) ? 'ADS' : 'share';
      const after = part.slice(m.index + m[0].length);
      const priceMoney = findMoney(after).find((x) => /(?:at|price of|price of approximately)\s+(?:a\s+)?$|at\s+the\s+(?:placing|subscription|offer|issue)\s+price\s+of\s+$/i.test(after.slice(Math.max(0, x.from - 45), x.from)));
      const price = priceMoney && priceMoney.amount < 100000 ? { amount: priceMoney.amount, currency: priceMoney.currency } : undefined;
      const tail = priceMoney ? after.slice(priceMoney.to) : after;
      const on = /^\s*(?:per\s+\w+(?:\s+\w+)?)?\s*(?:to\s+[^,;]*?\s+)?on\s+([A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})/.exec(tail);
      const toRef = ctx.refs.find((r) => r.kind === 'organization' && r.from > c.from + m!.index && r.from < c.to && /\bto\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, r.from - 8), r.from)) && r.name !== ctx.issuer);
      const kind = kindOf(m[2] + m[3], part, text);
      const agent = kind === 'placing' ? placingAgent(ctx) : undefined;
      if (!ctx.issuer) continue;
      ctx.emit(
        'share_issue.allotment',
        'share_issue',
        {
          issuer: ctx.issuer,
          kind,
          securityType,
          quantity,
          price,
          subscriber: kind === 'subscription' && toRef ? toRef.name : undefined,
          placingAgent: agent,
          date: on ? findDates(on[1])[0]?.iso : undefined,
          agreementDate: date,
        },
        0.75,
      );
    }
  }
}

function placingAgent(ctx: SentenceContext): string | undefined {
  const alias = ctx.registry.alias(ctx.announcement.id, 'Placing Agent');
  if (alias) return alias.name;
  const m = /\bthe Company and\s+/i.exec(ctx.text);
  if (m && /placing agreement/i.test(ctx.text)) {
    const r = ctx.refs.find((x) => x.kind === 'organization' && x.from === m.index + m[0].length);
    if (r) return r.name;
  }
  return undefined;
}

/** "The aggregate net proceeds from the placing ... amount to approximately HK$2,759,989,700." */
export function netProceeds(text: string): { kind: string; money: { amount: number; currency: string } } | undefined {
  const m = /net proceeds (?:from|of) the ([a-z ,-]+?)\s*(?:\(|amount|are|is|were|will|of)/i.exec(text);
  if (!m) return undefined;
  const kinds = m[1].split(/,\s*|\s+and\s+/).map((k) => k.replace(/^the\s+/, '').trim()).filter(Boolean);
  if (kinds.length !== 1) return undefined;
  const kind = /placing/.test(kinds[0]) ? 'placing' : /subscription/.test(kinds[0]) ? 'subscription' : /offering/.test(kinds[0]) ? 'offering' : undefined;
  const money = findMoney(text.slice(m.index))[0];
  return kind && money ? { kind, money: { amount: money.amount, currency: money.currency } } : undefined;
}

export function acquisitionRule(ctx: SentenceContext): void {
  const m = /\b(?:completed|completion of)\s+(?:the\s+)?acquisition\s+of\s+(?:(\d{1,3}(?:\.\d+)?)%\s+(?:of\s+)?(?:the\s+)?(?:equity interest|issued share capital|interest)\s+in\s+)?(?:the\s+)?/i.exec(ctx.text);
  if (!m) return;
  const target = ctx.refs.find((r) => r.kind === 'organization' && r.from >= m.index + m[0].length && r.from - (m.index + m[0].length) < 5);
  if (!target) return;
  const acquirer = lastRefBefore(ctx, m.index, 'organization')?.name ?? ctx.issuer;
  if (!acquirer || acquirer === target.name) return;
  const seller = ctx.refs.find((r) => r.kind === 'organization' && r.from > target.to && /\bfrom\s+(?:the\s+)?$/i.test(ctx.text.slice(target.to, r.from)));
  const money = findMoney(ctx.text.slice(target.to)).find((x) => /consideration|for\s+$/i.test(ctx.text.slice(target.to).slice(Math.max(0, x.from - 30), x.from)));
  ctx.emit('acquisition.completed', 'acquisition', { acquirer, target: target.name, seller: seller?.name, percentage: m[1] ? Number(m[1]) : undefined, consideration: money ? { amount: money.amount, currency: money.currency } : undefined, date: firstDayDate(ctx.text) }, 0.7);
}

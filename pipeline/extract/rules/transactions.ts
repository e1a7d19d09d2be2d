// Equity transfers, share issues (placings, subscriptions, offerings, over-allotments),
// acquisitions and subsidiaries.
import type { SentenceContext } from '../context.ts';
import { findDates } from '../../text/dates.ts';
import { COUNT, findMoney, parseCount } from '../quantities.ts';

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


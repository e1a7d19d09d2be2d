// Listings (stock codes and tickers) and auditors.
import type { SentenceContext } from '../context.ts';
import { lastRefBefore } from '../context.ts';
import { AUDITORS, EXCHANGES } from '../lexicon.ts';

function exchangeOf(label: string): string | undefined {
  return EXCHANGES.find(([re]) => re.test(label))?.[1];
}

/** "Xiaomi Corporation (HKEx: 1810 (HKD counter) and 81810 (RMB counter))". */
export function inlineListingRule(ctx: SentenceContext): void {
  const re = /\((HKEx|HKEX|SEHK|Stock Code|stock code|NYSE|Nasdaq|NASDAQ|SZSE|SSE)\s*[:：]\s*((?:[^()]|\([^()]*\))*)\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    const org = lastRefBefore(ctx, m.index + 1, 'organization');
    if (!org || m.index - org.to > 3) continue;
    // "listed on the Main Board of the Stock Exchange (stock code: 8037)": the exchange is not the listed company.
    if (EXCHANGES.some(([re]) => re.test(org.name)) || /\b(?:Board|Market)\b/.test(org.name)) continue;
    const exchange = exchangeOf(m[1]) ?? (/stock code|sehk/i.test(m[1]) ? 'Hong Kong Stock Exchange' : undefined);
    if (!exchange) continue;
    const codes = m[2].replace(/\([^)]*\)/g, ' ').match(/\b[0-9]{1,6}\b|\b[A-Z]{1,5}\b/g) ?? [];
    for (const code of codes) ctx.emit('listing.inline-code', 'listing', { organization: org.name, exchange, code }, 0.9);
  }
}

/** The 12(b) table of an 8-K cover: "Class A Common Stock ... META ... The Nasdaq Stock Market LLC". */
export function registeredSecuritiesRule(ctx: SentenceContext): void {
  const m = /\b(?:Common Stock|Ordinary Shares|American Depositary Shares|Common Shares)\b[^\n]*?\s([A-Z]{1,5})\s+((?:The\s+)?(?:Nasdaq[A-Za-z ]*?(?:LLC|Market)|New York Stock Exchange(?: LLC)?|NYSE[A-Za-z ]*))/.exec(ctx.text);
  if (!m || !ctx.issuer) return;
  const exchange = exchangeOf(m[2]);
  if (exchange) ctx.emit('listing.registered-securities', 'listing', { organization: ctx.issuer, exchange, code: m[1] }, 0.85);
}

export function auditorRule(ctx: SentenceContext): void {
  if (!/\bauditors?\b/i.test(ctx.text) || !ctx.issuer) return;
  for (const r of ctx.refs) {
    if (r.kind !== 'organization') continue;
    const known = AUDITORS.some((a) => r.name.toLowerCase().startsWith(a.toLowerCase()));
    const near = /\bauditors?\s*,\s*$|\bauditors?\s+of\s+the\s+(?:Company|Group)\s*,\s*$/i.test(ctx.text.slice(Math.max(0, r.from - 40), r.from));
    const appointed = /^\s*(?:\([^)]*\)\s*)?(?:(?:has|have)\s+been|was|were|is)\s+(?:re-)?appointed\s+as\s+(?:the\s+)?(?:new\s+)?auditors?/i.test(ctx.text.slice(r.to));
    if ((known && near) || appointed || (known && /\bauditors?\b/i.test(ctx.text))) {
      ctx.registry.entity('organization', r.name, 'Auditor');
      ctx.emit('auditor.named', 'auditor', { organization: ctx.issuer, auditor: r.name }, near || appointed ? 0.85 : 0.6);
    }
  }
}

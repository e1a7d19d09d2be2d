// Listings: which exchange lists an organisation's securities, under which code.
//   listing.inline-code            "Xiaomi Corporation (HKEx: 1810 (HKD counter) and 81810 (RMB counter))",
//                                  "The Buckle, Inc. (NYSE: BKE)", "X, shares of which are listed on the Main
//                                  Board of the Stock Exchange (Stock Code: 648)"
//   listing.under-symbol           "Our common stock is listed on The Nasdaq Capital Market under the symbol “CRIS”"
//   listing.registered-securities  an 8-K cover's Section 12(b) table, one fact a row: "Common Stock MMM New York
//                                  Stock Exchange", "1.500% Notes due 2026 MMM26 New York Stock Exchange"
import type { Ref, SentenceContext, TableContext } from '../context.ts';
import { EXCHANGES } from '../lexicon.ts';
import { AFTER_NAME } from './transactions-common.ts';

function exchangeOf(label: string): string | undefined {
  return EXCHANGES.find(([re]) => re.test(label))?.[1];
}

const LABELS = String.raw`HKEx|HKEX|SEHK|HKSE|NYSE(?:\s+American|\s+Arca)?|Nasdaq|NASDAQ|SZSE|SSE|SGX|TSX|LSE`;
const INLINE = new RegExp(String.raw`\((?:[^()]*?\b(?:listed|traded)\s+on\s+(?:the\s+)?([^()]*?)\s+)?(?:with\s+)?(?:(${LABELS})\s*[:：]\s*|(?:[Ss]tock\s+[Cc]odes?|[Tt]icker(?:\s+[Ss]ymbol)?|[Ss]ymbol)\s*[:：]?\s*)((?:[^()]|\([^()]*\))*)\)`, 'g');
/** "X, a company whose shares are listed on ...", "X, shares of which are listed on ...". */
const LISTED_CLAUSE = /(?:,|\()\s*(?:(?:a|an)\s+(?:company|corporation)\s+)?(?:whose\s+(?:shares|securities|H\s+shares)\s+(?:are|were)|(?:the\s+)?(?:shares|securities)\s+of\s+which\s+(?:are|were)|which\s+is)\s+listed\s+on\s+(?:the\s+)?([^()]*?)\s*$/i;

function codesIn(s: string): string[] {
  return s.replace(/\([^)]*\)/g, ' ').match(/\b[0-9]{1,6}\b|\b[A-Z]{1,5}(?:\.[A-Z])?\b/g) ?? [];
}

export function inlineListing(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(INLINE)) {
    const before = ctx.text.slice(0, m.index);
    const listedIn = m[1] ?? LISTED_CLAUSE.exec(before)?.[1];
    let org: Ref | undefined = [...ctx.refs].reverse().find((r) => r.kind === 'organization' && r.to <= m!.index && new RegExp(`^${AFTER_NAME}\\s*$`).test(ctx.text.slice(r.to, m!.index)));
    if (!org || listedIn) {
      // The company the listing clause hangs on: "X, a company whose shares are listed on ... (stock code: 1)".
      const clause = /(?:,|\()\s*(?:(?:a|an)\s+(?:company|corporation|stock\s+namely)\s+)?(?:whose|(?:the\s+)?(?:shares|securities)\s+of\s+which|which)\b[^()]*$/i.exec(before) ?? /\(\s*(?:a|an)\s+company\s+whose\b[^()]*$/i.exec(before);
      if (clause) org = [...ctx.refs].reverse().find((r) => r.kind === 'organization' && r.to <= clause.index && new RegExp(`^${AFTER_NAME}\\s*$`).test(ctx.text.slice(r.to, clause.index)));
    }
    // The exchange is not the listed company ("the Main Board of the Stock Exchange (stock code: 8037)").
    if (!org || EXCHANGES.some(([re]) => re.test(org!.name)) || /\b(?:Board|Market)\b/.test(org.name)) continue;
    const exchange = (m[2] && exchangeOf(m[2])) ?? (listedIn && exchangeOf(listedIn)) ?? (/stock\s+code/i.test(m[0]) && (!listedIn || /Stock Exchange|Growth Enterprise|GEM|Main Board/.test(listedIn)) ? 'Hong Kong Stock Exchange' : undefined);
    if (!exchange) continue;
    for (const code of codesIn(m[3])) ctx.emit('listing.inline-code', 'listing', { organization: org.name, exchange, code }, 0.9);
  }
}

const UNDER_SYMBOL = /\b(?:(our|its|their)|([A-Z][\w&.,' -]*?)[’']s)\s+(?:(?:class\s+[A-Z]\s+)?common\s+stock|ordinary\s+shares|shares|American\s+Depositary\s+Shares|ADSs|common\s+shares|units)\s+(?:(?:is|are)\s+)?(?:currently\s+|now\s+)?(?:listed|traded|quoted)\s+on\s+(?:the\s+)?(.+?)\s+under\s+the\s+(?:trading\s+|ticker\s+)?symbols?\s+[“"']?([A-Z][A-Z0-9.]{0,6})[”"'.]?/gi;

export function underSymbolListing(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(UNDER_SYMBOL)) {
    if (/\b(?:will|expected|anticipate|intend|applied|apply|may)\b/i.test(ctx.text.slice(0, m.index + m[0].length))) continue;
    const exchange = exchangeOf(m[3]);
    const owner = m[1] ? ctx.issuer : ctx.refs.find((r) => r.kind === 'organization' && r.to === m!.index + m![0].indexOf(m![2]) + m![2].length)?.name;
    if (exchange && owner) ctx.emit('listing.under-symbol', 'listing', { organization: owner, exchange, code: m[4].replace(/\.$/, '') }, 0.85);
  }
}

const EXCHANGE_AT_END = /(?:^|\s)((?:The\s+)?(?:Nasdaq|NASDAQ)[A-Za-z ]*?(?:LLC|Market)|(?:The\s+)?New\s+York\s+Stock\s+Exchange(?:\s+LLC)?|NYSE(?:\s+Arca|\s+American)?(?:,?\s+(?:Inc\.|LLC))?|Chicago\s+Stock\s+Exchange(?:,?\s+Inc\.)?|Boston\s+Stock\s+Exchange|(?:The\s+)?Stock\s+Exchange\s+of\s+Hong\s+Kong(?:\s+Limited)?|London\s+Stock\s+Exchange)\s*$/;
// A symbol and its series ("JPM PR D", "IFF 26", "JPM/32", "BF B"); never a legal form of the
// issuer's name before it ("... Financial Company LLC AMJB").
const SYMBOL_AT_END = /(?:^|\s)((?!(?:LLC|INC|LTD|PLC|CORP|CO|LP|LLP|NV|SA|AG)\b)[A-Z]{1,6}(?:\d{2})?(?:\s(?:PR\s[A-Z]{1,2}|\d{2,4}|[A-Z])|\/[A-Z0-9]{1,4})?)\s*$/;
const headerSeen = new WeakMap<object, boolean>();

/** A row of the Section 12(b) table (class, trading symbol, exchange), as one line of text. */
function registeredRow(text: string): { exchange: string; code: string } | undefined {
  const row = text.replace(/\t+/g, ' ');
  const ex = EXCHANGE_AT_END.exec(row);
  if (!ex) return undefined;
  const head = row.slice(0, ex.index);
  const sym = SYMBOL_AT_END.exec(head);
  if (!sym) return undefined;
  const title = head.slice(0, sym.index).trim();
  // A class of securities, or nothing (a second exchange for the class above).
  if (title && !/\b(?:stock|shares?|notes?|debentures?|bonds?|units?|warrants?|rights?|securities|ETNs?|depositary|guarantee|preferred)\b/i.test(title)) return undefined;
  const exchange = exchangeOf(ex[1]);
  return exchange ? { exchange, code: sym[1] } : undefined;
}

export function registeredSecurities(ctx: SentenceContext): void {
  if (!ctx.issuer) return;
  let seen = headerSeen.get(ctx.doc);
  if (seen === undefined) headerSeen.set(ctx.doc, (seen = /Trading\s+Symbol/i.test(ctx.doc.text)));
  if (!seen || ctx.text.length > 400) return;
  const r = registeredRow(ctx.text);
  if (r) ctx.emit('listing.registered-securities', 'listing', { organization: ctx.issuer, exchange: r.exchange, code: r.code }, 0.9);
}

/** The same table where the reader kept it a table: one fact a row. */
export function registeredSecuritiesTable(ctx: TableContext): void {
  if (!ctx.issuer || !ctx.table.rows.some((r) => r.cells.some((c) => /Trading\s+Symbol/i.test(c.text)))) return;
  for (const row of ctx.table.rows) {
    const r = registeredRow(row.cells.map((c) => c.text).join(' '));
    if (r) ctx.emit('listing.registered-securities', 'listing', { organization: ctx.issuer, exchange: r.exchange, code: r.code }, [row], undefined, 0.9);
  }
}

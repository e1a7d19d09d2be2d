// Stock codes from an issuer block: "(Stock Code: 3896)", "(Stock Codes: 1234 and 5678)",
// "(Stock Code: 9868 (HKD counter) and 89868 (RMB counter))", "(Nasdaq Stock Ticker: KC)",
// "(Debt Stock Code: 5678)". The codes keep their offsets in the document.
import type { Block, StockCode } from '../model.ts';

/** A stock-code label at a line's start, and the words before "Stock Code" that may name an exchange. */
const LABEL = /(?:^|\n|\)[ \t]*)[ \t]*\(?[ \t]*((?:[A-Za-z]+[ \t]+){0,3}?)(?:Stock[ \t]+(?:Codes?|Tickers?|Symbols?)|Tickers?(?:[ \t]+Symbols?)?)[ \t]*(?:No\.?)?[ \t]*[:：]/gi;

/** Words in a code list that are no codes. */
const NOT_CODES = new Set(['HKD', 'RMB', 'USD', 'CNY', 'HK', 'ADS', 'ADSS', 'AND', 'OR', 'THE', 'NYSE', 'NASDAQ', 'HKEX', 'SEHK', 'COUNTER', 'SHARES', 'SHARE', 'H', 'A', 'B', 'I', 'II']);

function exchangeOf(words: string): string {
  if (/nasdaq/i.test(words)) return 'Nasdaq';
  if (/nyse|new york/i.test(words)) return 'New York Stock Exchange';
  if (/shanghai/i.test(words)) return 'Shanghai Stock Exchange';
  if (/shenzhen/i.test(words)) return 'Shenzhen Stock Exchange';
  return 'Hong Kong Stock Exchange';
}

/** A header line "(Stock Code: 3896)": short, the label at a line's start, not a mention in prose. */
export function isStockCodeHeader(text: string): boolean {
  if (text.length > 400) return false;
  LABEL.lastIndex = 0;
  return LABEL.test(text);
}

/** Where the code list after a label ends: the ")" that closes the label's "(", or the line's end. */
function listEnd(text: string, from: number, opened: boolean): number {
  let depth = opened ? 1 : 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') return i;
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth <= 0 && opened) return i;
    }
  }
  return text.length;
}

export function stockCodes(b: Block): StockCode[] {
  const out: StockCode[] = [];
  const p = b.plain;
  if (!p) return out;
  const text = p.text;
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text))) {
    const from = m.index + m[0].length;
    const opened = /\(/.test(m[0]);
    const to = listEnd(text, from, opened);
    const list = text.slice(from, to);
    // Inner parentheses say which counter a code is ("(HKD counter)"): not codes.
    const exchange = exchangeOf(m[1] + ' ' + list.replace(/\([^)]*\)/g, ''));
    for (const c of list.matchAll(/(?<![\w.])(\d{1,6}|[A-Z]{1,5}(?:\.[A-Z]{1,2})?)(?![\w.])/g)) {
      if (NOT_CODES.has(c[1].toUpperCase())) continue;
      const inner = list.slice(0, c.index).lastIndexOf('(') > list.slice(0, c.index).lastIndexOf(')');
      if (inner) continue;
      const at = from + c.index!;
      out.push({ exchange, code: c[1], span: { start: p.map[at], end: p.map[at + c[1].length - 1] + 1 } });
    }
    LABEL.lastIndex = to;
  }
  return out;
}

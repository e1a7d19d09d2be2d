// Money, percentages and share counts as the genre writes them: RMB50 million,
// HK$8.29, US$11.27, US$278,986,066, HK$2.76 billion, 20%, 17,300,000 firm ADSs.
import type { Money } from '../facts/types.ts';

const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:HK\$|HKD\s?)/, 'HKD'],
  [/^(?:US\$|USD\s?)/, 'USD'],
  [/^(?:RMB\s?|CNY\s?|Renminbi\s)/, 'CNY'],
  [/^(?:S\$|SGD\s?)/, 'SGD'],
  [/^(?:NT\$|TWD\s?)/, 'TWD'],
  [/^(?:A\$|AUD\s?)/, 'AUD'],
  [/^(?:C\$|CAD\s?)/, 'CAD'],
  [/^(?:£|GBP\s?)/, 'GBP'],
  [/^(?:€|EUR\s?)/, 'EUR'],
  [/^(?:¥|JPY\s?)/, 'JPY'],
  [/^(?:MOP\$?\s?)/, 'MOP'],
  [/^\$/, 'USD'],
];

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12 };

export interface MoneyMention extends Money {
  from: number;
  to: number;
}

const MONEY_RE = /(HK\$|US\$|RMB|CNY|HKD|USD|S\$|NT\$|A\$|C\$|SGD|TWD|AUD|CAD|GBP|EUR|JPY|MOP\$?|Renminbi|£|€|¥|\$)\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn|m|b)\b)?/g;

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  MONEY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONEY_RE.exec(text))) {
    const sym = m[1];
    const currency = CURRENCIES.find(([re]) => re.test(sym + (sym.length > 1 && /^[A-Z]+$/.test(sym) ? ' ' : '')))?.[1] ?? 'USD';
    const base = Number(m[2].replace(/,/g, ''));
    const mult = m[3] ? MULTIPLIERS[m[3].toLowerCase()] ?? 1 : 1;
    out.push({ from: m.index, to: m.index + m[0].length, amount: round(base * mult), currency });
  }
  return out;
}

export interface PercentMention {
  from: number;
  to: number;
  value: number;
}

export function findPercentages(text: string): PercentMention[] {
  const out: PercentMention[] = [];
  const re = /(\d{1,3}(?:\.\d+)?)\s?(?:%|per cent\.?|percent)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ from: m.index, to: m.index + m[0].length, value: Number(m[1]) });
  return out;
}

/** "17,300,000", "338 million", "2.5 million": a count of shares. */
export function parseCount(s: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(million|billion|thousand))?$/.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ''));
  return round(n * (m[2] ? MULTIPLIERS[m[2]] : 1));
}

export const COUNT = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s?(?:million|billion))?)';

// Dates as announcements write them, normalised to ISO 8601 (a month alone is
// `2016-12`, a year alone `2012`).

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

export interface DateMention {
  /** Plain-text offsets. */
  from: number;
  to: number;
  iso: string;
  precision: 'day' | 'month' | 'year';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d?: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// Ordered so that the longest form wins at a position.
const PATTERNS: Array<{ re: RegExp; build: (m: RegExpExecArray) => Omit<DateMention, 'from' | 'to'> | null }> = [
  {
    // March 25, 2026 / March 25 2026
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'),
    build: (m) => {
      const mo = MONTHS[m[1].toLowerCase()];
      const d = Number(m[2]);
      const y = Number(m[3]);
      return valid(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : null;
    },
  },
  {
    // the 1st day of April, 2026 (deeds and older HKEX notices)
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+${MONTH},?\\s+(\\d{4})\\b`, 'g'),
    build: (m) => {
      const d = Number(m[1]);
      const mo = MONTHS[m[2].toLowerCase()];
      const y = Number(m[3]);
      return valid(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : null;
    },
  },
  {
    // 25 March 2026 / 25th March, 2026
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'g'),
    build: (m) => {
      const d = Number(m[1]);
      const mo = MONTHS[m[2].toLowerCase()];
      const y = Number(m[3]);
      return valid(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : null;
    },
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    build: (m) => {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      return valid(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : null;
    },
  },
  {
    // 03/25/2026 (US filings)
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    build: (m) => {
      const mo = Number(m[1]);
      const d = Number(m[2]);
      const y = Number(m[3]);
      return valid(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : null;
    },
  },
  {
    // December 2016 / December of 2016
    re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    build: (m) => {
      const mo = MONTHS[m[1].toLowerCase()];
      const y = Number(m[2]);
      // "May" is also a verb: only as a month when it is capitalised.
      if (m[1] === 'may') return null;
      return valid(y, mo) ? { iso: `${y}-${pad(mo)}`, precision: 'month' } : null;
    },
  },
  {
    re: /\b(1[89]\d{2}|2[01]\d{2})\b/g,
    build: (m) => ({ iso: m[1], precision: 'year' }),
  },
];

/** All date mentions in a text, longest first at each position, without overlaps. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, build } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const from = m.index;
      const to = m.index + m[0].length;
      if (found.some((f) => from < f.to && to > f.from)) continue;
      // A bare year inside a number (HK$2,012) or a code is not a date.
      if (/^\d{4}$/.test(m[0]) && (/[\d,.$]/.test(text[from - 1] ?? '') || /[\d,]/.test(text[to] ?? '') && /\d/.test(text[to + 1] ?? ''))) continue;
      const built = build(m);
      if (built) found.push({ from, to, ...built });
    }
  }
  return found.sort((a, b) => a.from - b.from);
}

/** The single full date in a short text such as "Hong Kong, March 25, 2026". */
export function parseDate(text: string): string | null {
  const d = findDates(text).find((x) => x.precision === 'day');
  return d ? d.iso : null;
}

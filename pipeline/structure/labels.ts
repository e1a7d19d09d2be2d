// The printed labels announcements and filings are built around, as data: the exchange's
// disclaimer, the issuer block, SEC cover captions (the value above or beside its caption
// in parentheses), place-and-date lines.

/** The exchange's disclaimer that opens every HKEX announcement. */
export const DISCLAIMER = /take no responsibility for the contents of this (?:announcement|document|circular|notice)/i;

/** "(Incorporated in the Cayman Islands with limited liability)" and its variants. */
export const INCORPORATED = /^\(?\s*(?:a company |an exempted company |a joint stock company )?(?:incorporated|continued|registered|a joint stock company|established)\b[^)]*\)?$|^\(?[^)]*\bwith limited liability\)?$/i;

/** A caption naming the registrant: the name is the line above it, or before it on its line. */
export const REGISTRANT_CAPTION =
  /\(\s*(?:Exact\s+)?Name\s+of\s+(?:the\s+)?Registrant\b[^)]*\)?|\(\s*Registrant['’]?s?\s+Name\s*\)|\(\s*Translation\s+of\s+Registrant['’]s\s+Name\s+into\s+English\s*\)|\(\s*Exact\s+name\s+of\s+(?:the\s+)?(?:registrant|issuer|company)\b[^)]*\)?/i;

/** A column heading naming the registrants: the names are in that column of the rows below. */
export const REGISTRANT_COLUMN = /^(?:Exact\s+Name\s+of\s+Registrant|Name\s+of\s+Registrant|Registrant)\b.*(?:State|Address|Incorporation|Charter)/i;

/** The date of an 8-K: "Date of Report (Date of earliest event reported): May 1, 2025". */
export const DATE_OF_REPORT = /\bDate\s+of\s+(?:Report|earliest\s+event\s+reported)\b/i;

/** The form of a filing, on its cover. */
export const FORM_LINE = /^\s*FORM\s+(?:6-K|8-K|10-K|10-Q|20-F|40-F|424B\d|S-1|S-3|F-1|F-3|DEF 14A)\b/i;

/** A prospectus cover: "Filed pursuant to Rule 424(b)(5)". */
export const PROSPECTUS = /^\s*Filed\s+pursuant\s+to\s+Rule\s+424\s*\(b\)/i;

/** The lines of an SEC submission's header: "COMPANY CONFORMED NAME:  SEARS ROEBUCK & CO". */
export const CONFORMED_NAME = /^\s*COMPANY CONFORMED NAME:\s*(.+?)\s*$/m;

/** "By order of the Board" opens an HKEX announcement's signature. */
export const BY_ORDER = /^By\s+order\s+of\s+the\s+Board\b/i;

/** A place then a date, alone on a line: "Hong Kong, 25 March 2026". The date is checked by the caller. */
export const PLACE_DATE = /^(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,3}),\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?$/;

/** Capital letters make up most of the letters: a title line. */
export function isCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length > 0.85;
}

export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

// When an announcement or filing is dated, by the genre's constructions: an 8-K's "Date of
// Report" (the date beside or above its caption), an HKEX announcement's place and date under
// "By order of the Board", a prospectus's "The date of this prospectus is", a date alone on a
// cover, a signature's "Date:".
import type { Announcement, Block } from '../model.ts';
import { parseDate } from '../text/dates.ts';
import { BY_ORDER, DATE_OF_REPORT, PLACE_DATE, lines } from './labels.ts';

const COVER_BLOCKS = 90;

function linesOf(b: Block | undefined): string[] {
  if (!b) return [];
  if (b.kind === 'row') return (b.cells ?? []).map((c) => c.text.trim()).filter(Boolean);
  return lines(b.plain?.text ?? '');
}

/** A line that is a date and nothing else (a cover's date of report). */
function dateAlone(line: string): string | null {
  return /^[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\.?$|^\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\.?$/.test(line) ? parseDate(line) : null;
}

/** The date of report: on the caption's line, or alone on the line above or below it. */
function dateOfReport(blocks: Block[]): string | null {
  for (let i = 0; i < blocks.length && i < COVER_BLOCKS; i++) {
    const ls = linesOf(blocks[i]);
    for (let k = 0; k < ls.length; k++) {
      if (!DATE_OF_REPORT.test(ls[k])) continue;
      const same = parseDate(ls[k]);
      if (same) return same;
      const around = [ls[k - 1], linesOf(blocks[i - 1]).pop(), ls[k + 1], linesOf(blocks[i + 1])[0]];
      for (const l of around) {
        const d = l ? dateAlone(l) : null;
        if (d) return d;
      }
    }
  }
  return null;
}

/** "Hong Kong, 25 March 2026" in the lines under "By order of the Board", or the last such line. */
function placeDate(blocks: Block[]): string | null {
  let last: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind === 'row') continue;
    const ls = linesOf(blocks[i]);
    if (ls.some((l) => BY_ORDER.test(l))) {
      for (const l of blocks.slice(i, i + 4).flatMap(linesOf)) {
        const d = PLACE_DATE.test(l) ? parseDate(l) : null;
        if (d) return d;
      }
    }
    for (const l of ls) {
      const d = l.length < 60 && PLACE_DATE.test(l) ? parseDate(l) : null;
      if (d) last = d;
    }
  }
  return last;
}

function firstMatch(blocks: Block[], re: RegExp, limit = blocks.length): string | null {
  for (const b of blocks.slice(0, limit)) {
    for (const l of linesOf(b)) {
      const m = re.exec(l);
      const d = m ? parseDate(m[1]) : null;
      if (d) return d;
    }
  }
  return null;
}

export function announcementDate(blocks: Block[], kind: Announcement['kind']): string | null {
  const prospectus = () => firstMatch(blocks, /^The date of this prospectus(?: supplement)? is (.+)$/i, 80);
  const filed = () => firstMatch(blocks, /^As filed with the (?:Securities and Exchange Commission|SEC|Commission) on (.+)$/i, COVER_BLOCKS);
  // A date alone on the cover, before the first paragraph of prose (a 6-K's, an 8-K's date of report).
  const prose = blocks.findIndex((b) => b.kind !== 'row' && (b.plain?.text.length ?? 0) > 200);
  const cover = blocks.slice(0, Math.min(COVER_BLOCKS, prose < 0 ? blocks.length : prose)).filter((b) => b.kind !== 'row');
  const coverAlone = () => cover.flatMap(linesOf).map(dateAlone).find(Boolean) ?? null;
  // A notice dated at its foot: "March 25, 2020   Jane Roe" on a short line.
  const dateline = () => {
    for (const l of blocks.slice(0, 80).filter((b) => b.kind !== 'row').flatMap(linesOf)) {
      const m = l.length < 80 ? /^(?:Dated:?\s*)?([A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b/.exec(l) : null;
      const d = m ? parseDate(m[1]) : null;
      if (d) return d;
    }
    return null;
  };
  const signed = () => firstMatch(blocks, /^Date(?:d)?\s*[:：]\s*(.{6,40}?)(?:\s+By:.*)?$/i);
  if (kind === 'announcement') return placeDate(blocks) ?? signed();
  return dateOfReport(blocks) ?? prospectus() ?? filed() ?? coverAlone() ?? placeDate(blocks) ?? signed() ?? dateline();
}

// Elections from vote tables (appointment.election): the 8-K Item 5.07 table of nominees
// (name | for | against | abstain | broker non-votes) under a sentence that says they were
// elected, and the HKEX poll-results table whose rows are resolutions "To re-elect Mr. A as
// an executive Director" with the votes for and against, in an announcement that says the
// resolutions were passed. The date is the meeting's.
import type { TableContext } from '../context.ts';
import type { Paragraph, TableRow } from '../../model.ts';
import { meetingDates } from './events-dates.ts';
import { nameInCell } from './composition-names.ts';
import { rolesOf } from './events.ts';
import { sentences } from '../sentences.ts';

const VOTE_HEAD = /^(?:(?:votes?\s+)?(?:for|against)|withh[eo]ld|abstain(?:ed|s)?|abstentions?|broker\s+non-?votes?|(?:number\s+of\s+)?votes?\s+cast\s+(?:for|against))\b/i;
const NUMBER = /^[\s(]*[\d,.]+\s*%?[\s)]*(?:\([\d.,]+\s*%\))?$|^[-–—]$/;
const ELECTED = /\b(?:were|was|are|is|been)\s+(?:duly\s+)?(?:re-?)?elected\b|\belected\s+(?:the\s+following|each\s+of)|\bre-?elected\b/i;
const PASSED = /\b(?:duly\s+)?passed\b|\bwere\s+approved\b|\bwas\s+approved\b/i;
const RESOLUTION_ELECT = /\bto\s+(?:re-?)?elect\s+(.+?)\s+as\s+(?:an?\s+|the\s+)?(.+?)(?:\s+of\s+the\s+Company)?\s*[.;]?$/i;

function numbers(row: TableRow): number[] {
  return row.cells
    .slice(1)
    .filter((c) => NUMBER.test(c.text))
    .map((c) => Number(c.text.replace(/\(.*\)/, '').replace(/[^\d.]/g, '')) || 0);
}

/** The sentence before the table that introduces it, with its paragraph. */
function introOf(before: Paragraph[], test: RegExp): { paragraph: Paragraph; from: number; to: number; text: string } | undefined {
  for (const p of before.slice(-3).reverse()) {
    const s = sentences(p.plain.text).reverse().find((x) => test.test(x.text));
    if (s) return { paragraph: p, from: s.from, to: s.to, text: s.text };
  }
  return undefined;
}

function meetingDate(ctx: TableContext): string | undefined {
  for (const p of ctx.doc.paragraphs.filter((x) => x.announcementId === ctx.announcement.id)) {
    const d = meetingDates(p.plain.text);
    const first = d.get('agm') ?? d.get('egm') ?? d.get('sgm');
    if (first) return first;
  }
  return ctx.date ?? undefined;
}

function termOf(text: string): string | undefined {
  const m = /\b(one|two|three|four|five|\d+)[- ]year\s+terms?\b/i.exec(text) ?? /\bterms?\s+of\s+(one|two|three|four|five|\d+)\s+years?\b/i.exec(text);
  return m ? `${m[1].toLowerCase()} year${/^(?:one|1)$/i.test(m[1]) ? '' : 's'}` : undefined;
}

export function voteTableRule(ctx: TableContext): void {
  const rows = ctx.table.rows;
  const head = rows.findIndex((r) => r.cells.filter((c) => VOTE_HEAD.test(c.text.trim())).length >= 2);
  if (head < 0 || !ctx.issuer) return;
  const date = meetingDate(ctx);
  const headCells = rows[head].cells.map((c) => c.text.trim().toLowerCase());
  // Columns counted from the right, as rows may have one cell more than the header (the name).
  const againstFromRight = headCells.length - headCells.findIndex((c) => /^(?:votes?\s+)?against\b/.test(c));
  const forFromRight = headCells.length - headCells.findIndex((c) => /^(?:votes?\s+)?for\b|^votes?\s+cast\s+for/.test(c));
  const data = rows.slice(head + 1);
  // 8-K: nominees by name, under a sentence that says they were elected.
  const intro = introOf(ctx.before, ELECTED);
  if (intro && !/\bnot\s+(?:be\s+)?(?:re-?)?elected\b/i.test(intro.text)) {
    const role = /\belected\s+(?:to\s+serve\s+)?as\s+(.+?)(?:\s+(?:of|for|to|until|at)\b|[,.:;]|$)/i.exec(intro.text);
    const roles = role ? rolesOf(role[1]).filter((r) => !r.committee && !r.of) : [];
    const term = termOf(intro.text);
    for (const r of data) {
      const who = r.cells[0] ? nameInCell(r.cells[0].text) : undefined;
      const votes = numbers(r);
      if (!who || votes.length < 2) continue;
      // Majority voting: more votes against than for is a nominee not elected.
      const vFor = votes[votes.length - forFromRight];
      const vAgainst = againstFromRight <= headCells.length ? votes[votes.length - againstFromRight] : undefined;
      if (vFor !== undefined && vAgainst !== undefined && vAgainst > vFor) continue;
      for (const rr of roles.length ? roles : [{ role: 'director' }]) {
        ctx.emit('appointment.election', 'appointment', { person: who.name, organization: ctx.issuer, role: rr.role, effectiveDate: date, term }, [r], intro, 0.85);
      }
    }
    return;
  }
  // HKEX poll results: "To re-elect Mr. A as an executive Director", passed.
  const passed = ctx.doc.paragraphs.some((p) => p.announcementId === ctx.announcement.id && PASSED.test(p.plain.text));
  if (!passed) return;
  for (const r of data) {
    const first = r.cells[0]?.text.replace(/^\s*(?:\(?[0-9ivx]+[.)]?\s*(?:\(?[a-z]\)\s*)?)+/i, '').trim() ?? '';
    const m = RESOLUTION_ELECT.exec(first);
    const votes = numbers(r);
    if (!m || votes.length < 2) continue;
    const who = nameInCell(m[1]);
    if (!who || votes[0] < votes[1]) continue;
    for (const rr of rolesOf(m[2]).filter((x) => !x.of)) {
      ctx.emit('appointment.election', 'appointment', { person: who.name, organization: ctx.issuer, role: rr.role, committee: rr.committee, effectiveDate: date }, [r], undefined, 0.8);
    }
  }
}

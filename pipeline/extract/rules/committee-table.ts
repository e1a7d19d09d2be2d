// Committee membership from tables:
//   committee.matrix   a row per director, a column per committee, cells "C"/"M", "Chairman"/"Member",
//                      "Chair", "✓" (HKEX "list of directors and their role and function"); rows of
//                      a group ("Executive Directors") also say each director's board role
//                      (board.table-groups)
//   committee.columns  a column per committee, its members' names in the cells, the chair marked
//                      ("Stacy Roe(1)" with "(1) Denotes the Chairperson" under the table, "(C)", "*")
import type { TableContext } from '../context.ts';
import type { TableRow } from '../../model.ts';
import { committeeName, parseRoleList } from '../roles.ts';
import { COMMITTEE_NAMES } from '../lexicon.ts';
import { nameInCell } from './composition-names.ts';
import { BOARD_ROLES } from './composition-table.ts';

const SHORT = new Set(COMMITTEE_NAMES.map((c) => c.toLowerCase()));
const CHAIR_CELL = /^(?:C|Ch|Chair|Chairman|Chairwoman|Chairperson|Committee\s+Chair(?:man)?)\s*\*?$/i;
const MEMBER_CELL = /^(?:M|Member|Members|✓|✔|√|X|Y|Yes|●|•)\s*\*?$/i;
const GROUP_ROW = /^(?:(?:independent\s+non[- ]?executive|non[- ]?executive|executive|independent)\s+directors?)\s*:?$/i;

/** A header cell's committee: "Audit Committee", or "Audit" alone when the genre knows the name. */
function headerCommittee(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[:*]$/, '');
  if (/committee/i.test(t)) return committeeName(t);
  return SHORT.has(t.toLowerCase()) ? committeeName(`${t} Committee`) : undefined;
}

/** What a marker under the table means: "(1) Denotes the Chairperson of the Committee", "* Chairman". */
function chairMarkers(ctx: TableContext): string[] {
  const after = ctx.doc.paragraphs.filter((p) => p.start >= ctx.table.end && p.announcementId === ctx.announcement.id).slice(0, 3);
  const out: string[] = [];
  for (const p of after) {
    const m = /^\s*(\(\d\)|\d\)|\*{1,3}|#|†|‡)\s*(?:[:=-]\s*)?(?:denotes|indicates|represents|means)?\s*(?:the\s+)?(?:chairman|chairwoman|chairperson|chair)\b/i.exec(p.plain.text);
    if (m) out.push(m[1].replace(/[()]/g, '').replace(/\)$/, ''));
  }
  return out;
}

function isChairMark(marks: string[], chairMarks: string[]): boolean {
  return marks.some((m) => /^(?:c|chair|chairman|chairwoman|chairperson)$/i.test(m.trim()) || chairMarks.includes(m.replace(/[()]/g, '').trim()));
}

function matrix(ctx: TableContext, head: number, columns: Map<number, string>): void {
  let group: string | undefined;
  for (const row of ctx.table.rows.slice(head + 1)) {
    const first = row.cells[0]?.text.trim() ?? '';
    if (GROUP_ROW.test(first)) {
      group = parseRoleList(first.replace(/:$/, ''))[0]?.role;
      continue;
    }
    const who = nameInCell(first);
    if (!who) continue;
    // Only a row with a cell under each header can be read by column (readers drop empty cells).
    const aligned = row.cells.length === ctx.table.rows[head].cells.length;
    for (const [col, committee] of aligned ? columns : new Map<number, string>()) {
      const cell = row.cells[col]?.text.trim() ?? '';
      const role = CHAIR_CELL.test(cell) ? 'chairman' : MEMBER_CELL.test(cell) ? 'member' : undefined;
      if (role) ctx.emit('committee.matrix', 'committee_member', { person: who.name, organization: ctx.issuer!, committee, role, asOf: ctx.date ?? undefined }, [row], undefined, 0.85);
    }
    const boardRoles = new Set<string>(group ? [group] : []);
    for (const m of who.marks) for (const r of parseRoleList(m)) if (!r.committee && BOARD_ROLES.has(r.role)) boardRoles.add(r.role);
    for (const role of boardRoles) ctx.emit('board.table-groups', 'board_member', { person: who.name, organization: ctx.issuer!, role, asOf: ctx.date ?? undefined }, [row], undefined, 0.85);
  }
}

function columnsTable(ctx: TableContext, head: number, columns: Map<number, string>): void {
  const chairMarks = chairMarkers(ctx);
  for (const row of ctx.table.rows.slice(head + 1)) {
    // A second header row of committees starts a new block of columns.
    const again = new Map<number, string>();
    row.cells.forEach((c, i) => {
      const k = headerCommittee(c.text);
      if (k) again.set(i, k);
    });
    if (again.size && again.size === row.cells.filter((c) => c.text.trim()).length) {
      columns = again;
      continue;
    }
    for (const [col, committee] of columns) {
      const who = row.cells[col] ? nameInCell(row.cells[col].text) : undefined;
      if (!who) continue;
      const role = isChairMark(who.marks, chairMarks) ? 'chairman' : 'member';
      ctx.emit('committee.columns', 'committee_member', { person: who.name, organization: ctx.issuer!, committee, role, asOf: ctx.date ?? undefined }, [row], undefined, 0.85);
    }
  }
}

export function committeeTableRule(ctx: TableContext): void {
  if (!ctx.issuer) return;
  const rows = ctx.table.rows;
  for (let h = 0; h < Math.min(rows.length, 3); h++) {
    const columns = new Map<number, string>();
    rows[h].cells.forEach((c, i) => {
      const k = headerCommittee(c.text);
      if (k) columns.set(i, k);
    });
    if (!columns.size) continue;
    // Bare names ("Audit", "Compensation") make a header only together, with nothing else beside them.
    const filled = rows[h].cells.filter((c) => c.text.trim()).length;
    const explicit = rows[h].cells.some((c) => /committee/i.test(c.text));
    if (!explicit && (columns.size < 2 || columns.size !== filled)) continue;
    const body: TableRow[] = rows.slice(h + 1);
    const markCells = body.flatMap((r) => r.cells.map((c) => c.text.trim())).filter((t) => CHAIR_CELL.test(t) || MEMBER_CELL.test(t)).length;
    // Cells that say C/M make a matrix; cells that hold names make columns of members.
    if (markCells > 0 && !columns.has(0)) matrix(ctx, h, columns);
    else if (columns.size >= 1 && [...columns.keys()].every((i) => body.some((r) => r.cells[i] && nameInCell(r.cells[i].text)))) columnsTable(ctx, h, columns);
    return;
  }
}

// Board composition from a table of directors (board.table): a name column and a position
// column ("Name | Position": "Mr. A | Chairman and Executive Director"). Board roles become
// board_member facts, committee roles in the same cell committee_member facts; officers'
// titles (chief financial officer) are not board membership and are left to other rules.
// Tables of directors grouped under rows that name the group (board.table-groups): a row
// "Independent Directors:" alone, then a row per director with the name first ("Jane Roe | 1,200 | *"),
// as in ownership and fee tables; the group ends at a row that is neither a name nor a group.
import type { TableContext } from '../context.ts';
import { parseRoleList } from '../roles.ts';
import { nameInCell } from './composition-names.ts';

export const BOARD_ROLES = new Set([
  'executive director', 'non-executive director', 'independent non-executive director', 'independent director', 'lead independent director',
  'director', 'alternate director', 'chairman', 'vice chairman', 'deputy chairman',
]);

const NAME_HEAD = /^(?:names?(?:\s+of\s+(?:the\s+)?directors?)?|directors?|board\s+members?|members?)$/i;
const ROLE_HEAD = /^(?:positions?(?:\s+held)?(?:\s+with\s+the\s+company)?|titles?|designations?|roles?|capacity|board\s+(?:position|role)s?|positions?\s+in\s+the\s+company)$/i;

/** A row that only names a group of directors: "Independent Directors:", "Interested Directors(2):", "Executive directors". */
const GROUP_ROW = /^((?:independent\s+non[- ]?executive|non[- ]?executive|executive|independent|interested|non[- ]?independent|employee|non[- ]?employee)\s+directors?)\s*(?:\(\d\)|\*|#)?\s*:?$/i;

function groupRole(label: string): string | undefined {
  // "Interested", "employee" and "non-independent" directors are directors of no named kind.
  if (/^(?:interested|non[- ]?independent|employee)\b/i.test(label)) return 'director';
  if (/^non[- ]?employee\b/i.test(label)) return undefined;
  const r = parseRoleList(label)[0];
  return r && !r.committee && BOARD_ROLES.has(r.role) ? r.role : undefined;
}

function groupedRows(ctx: TableContext): void {
  let role: string | undefined;
  for (const row of ctx.table.rows) {
    const cells = row.cells.filter((c) => c.text.trim());
    const first = cells[0]?.text.replace(/\s+/g, ' ').trim() ?? '';
    const g = cells.length === 1 ? GROUP_ROW.exec(first) : null;
    if (g) {
      role = groupRole(g[1]);
      continue;
    }
    const who = role ? nameInCell(first) : undefined;
    if (!who) {
      role = undefined;
      continue;
    }
    // A director who left during the period ("(resigned on 1 May 2025)") is no sitting member.
    if (who.marks.some((m) => /\b(?:resign|retir|ceas|remov|deceas)/i.test(m))) continue;
    ctx.emit('board.table-groups', 'board_member', { person: who.name, organization: ctx.issuer!, role, asOf: ctx.date ?? undefined }, [row], undefined, 0.8);
  }
}

export function compositionTableRule(ctx: TableContext): void {
  if (!ctx.issuer) return;
  groupedRows(ctx);
  const rows = ctx.table.rows;
  const head = rows.findIndex((r, i) => i < 3 && r.cells.some((c) => NAME_HEAD.test(c.text.trim())) && r.cells.some((c) => ROLE_HEAD.test(c.text.trim())));
  if (head < 0) return;
  const nameCol = rows[head].cells.findIndex((c) => NAME_HEAD.test(c.text.trim()));
  const roleCol = rows[head].cells.findIndex((c) => ROLE_HEAD.test(c.text.trim()));
  for (const row of rows.slice(head + 1)) {
    const who = nameInCell(row.cells[nameCol]?.text ?? '');
    if (!who) continue;
    const roles = parseRoleList(row.cells[roleCol]?.text ?? '');
    for (const r of roles) {
      if (r.of) continue;
      if (r.committee) ctx.emit('committee.table-roles', 'committee_member', { person: who.name, organization: ctx.issuer, committee: r.committee, role: r.role, asOf: ctx.date ?? undefined }, [row], undefined, 0.85);
      else if (BOARD_ROLES.has(r.role)) ctx.emit('board.table', 'board_member', { person: who.name, organization: ctx.issuer, role: r.role, asOf: ctx.date ?? undefined }, [row], undefined, 0.85);
    }
  }
}

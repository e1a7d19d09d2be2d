// Board composition from a table of directors (board.table): a name column and a position
// column ("Name | Position": "Mr. A | Chairman and Executive Director"). Board roles become
// board_member facts, committee roles in the same cell committee_member facts; officers'
// titles (chief financial officer) are not board membership and are left to other rules.
import type { TableContext } from '../context.ts';
import { parseRoleList } from '../roles.ts';
import { nameInCell } from './composition-names.ts';

export const BOARD_ROLES = new Set([
  'executive director', 'non-executive director', 'independent non-executive director', 'independent director', 'lead independent director',
  'director', 'alternate director', 'chairman', 'vice chairman', 'deputy chairman',
]);

const NAME_HEAD = /^(?:names?(?:\s+of\s+(?:the\s+)?directors?)?|directors?|board\s+members?|members?)$/i;
const ROLE_HEAD = /^(?:positions?(?:\s+held)?(?:\s+with\s+the\s+company)?|titles?|designations?|roles?|capacity|board\s+(?:position|role)s?|positions?\s+in\s+the\s+company)$/i;

export function compositionTableRule(ctx: TableContext): void {
  if (!ctx.issuer) return;
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

// Board and committee composition statements:
// "the Board comprises Mr. A as chairman and executive Director; Mr. B and Mr. C as
// non-executive Directors, and ... as independent non-executive Directors";
// "the executive Directors are Mr. A and Ms. B; and the independent non-executive
// Directors are ..."; "The Audit Committee comprises ..., being Mr. A, Mr. B and Ms. C,
// with Mr. A ... as the chairman of the Audit Committee".
import type { SentenceContext, Ref } from '../context.ts';
import { refsIn } from '../context.ts';
import { parseDate } from '../../text/dates.ts';
import { committeeName, parseRoleList } from '../roles.ts';

const BOARD_OPENER = /\b(?:the\s+)?Board(?:\s+of\s+Directors)?\s+(?:comprises|comprised|consists\s+of|is\s+composed\s+of|includes)\b|\bthe\s+(?:executive|non-executive|independent\s+non-executive)?\s*Directors?\s+(?:of\s+the\s+Company\s+)?(?:are|is|were)\b|\bthe\s+directors\s+of\s+the\s+Company\s+are\b/i;
const GROUP_ROLE = /\bas\s+((?:the\s+|an?\s+)?(?:(?:chairman|chairwoman|vice\s+chairman|chief\s+executive\s+officer|independent\s+non-executive|non-executive|executive)[a-z\s,-]*?)?\s*(?:directors?|chairman|chairwoman|chief executive officer))\b/gi;
const ROLE_GROUP_HEAD = /\bthe\s+((?:independent\s+non-executive|non-executive|executive)\s+directors?)\s+(?:are|is|were|being)\s+/gi;

function asOf(ctx: SentenceContext): string | undefined {
  if (/\bas at the date of this announcement\b|\bas of the date of this announcement\b/i.test(ctx.text)) return ctx.date ?? undefined;
  const m = /\bas (?:at|of)\s+([^,]+),/i.exec(ctx.text);
  return (m ? parseDate(m[1]) : null) ?? ctx.date ?? undefined;
}

function parenRoles(ctx: SentenceContext, p: Ref): string[] {
  const m = /^\s*\(([^)]{3,40})\)/.exec(ctx.text.slice(p.to));
  return m ? parseRoleList(m[1]).map((r) => r.role) : [];
}

export function boardCompositionRule(ctx: SentenceContext): void {
  const opener = BOARD_OPENER.exec(ctx.text);
  if (!opener || !ctx.issuer) return;
  const date = asOf(ctx);
  const emit = (p: Ref, role: string) => ctx.emit('board.composition', 'board_member', { person: p.name, organization: ctx.issuer!, role, asOf: date }, 0.9);
  const start = opener.index;
  // Form A: groups of people each closed by "as <roles>".
  GROUP_ROLE.lastIndex = start;
  let groupFrom = start;
  let m: RegExpExecArray | null;
  let found = false;
  while ((m = GROUP_ROLE.exec(ctx.text))) {
    const people = refsIn(ctx, groupFrom, m.index, 'person');
    const roles = parseRoleList(m[1]).filter((r) => !r.committee);
    if (people.length && roles.length) {
      found = true;
      for (const p of people) {
        for (const r of roles) emit(p, r.role);
        for (const extra of parenRoles(ctx, p)) if (!roles.some((r) => r.role === extra)) emit(p, extra);
      }
    }
    groupFrom = m.index + m[0].length;
  }
  if (found) return;
  // Form B: "the executive Directors are A and B; and the independent non-executive Directors are C".
  ROLE_GROUP_HEAD.lastIndex = start;
  const heads: Array<{ role: string; from: number }> = [];
  while ((m = ROLE_GROUP_HEAD.exec(ctx.text))) heads.push({ role: parseRoleList(m[1])[0]?.role ?? 'director', from: m.index + m[0].length });
  heads.forEach((h, i) => {
    const to = i + 1 < heads.length ? heads[i + 1].from : ctx.text.length;
    for (const p of refsIn(ctx, h.from, to, 'person')) {
      emit(p, h.role);
      for (const extra of parenRoles(ctx, p)) if (extra !== h.role) emit(p, extra);
    }
  });
}

export function committeeCompositionRule(ctx: SentenceContext): void {
  const m = /\b(?:The\s+)?([A-Z][A-Za-z,\s]*?Committee)\s+(?:comprises|comprised|consists\s+of|is\s+composed\s+of|currently\s+comprises)\b/.exec(ctx.text);
  if (!m || !ctx.issuer) return;
  const committee = committeeName(m[1]);
  if (!committee) return;
  const people = refsIn(ctx, m.index + m[0].length, ctx.text.length, 'person');
  if (!people.length) return;
  const chairs = new Set<string>();
  for (const p of people) {
    const after = ctx.text.slice(p.to, p.to + 160);
    if (/^\s*(?:\([^)]*\)\s*)*(?:\(\s*(?:chairman|chairwoman|chair)\s*\)|(?:\([^)]*\)\s*)?as\s+(?:the\s+)?(?:chairman|chairwoman|chair|chairperson)\b)/i.test(after)) chairs.add(p.name);
    if (/\bchaired by\s*$/i.test(ctx.text.slice(Math.max(0, p.from - 14), p.from))) chairs.add(p.name);
  }
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    ctx.emit('committee.composition', 'committee_member', { person: p.name, organization: ctx.issuer, committee, role: chairs.has(p.name) ? 'chairman' : 'member', asOf: asOf(ctx) }, 0.85);
  }
}

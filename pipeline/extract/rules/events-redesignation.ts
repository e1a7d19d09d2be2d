// Re-designations and transitions, by construction: "Mr. A has been re-designated from an
// executive Director to a non-executive Director" (resignation.re-designation of the first
// role, appointment.re-designation of the second), "re-designated as a non-executive
// Director" (only the new role), "transitioned from the role of Chief Financial Officer to
// Vice Chairman".
import type { EventConstruction, EventMatch } from './events.ts';
import { rolesOf, roleText } from './events.ts';
import { subjectBefore } from './events-who.ts';

const redesignated: EventConstruction = {
  rule: 'appointment.re-designation',
  cue: /designat|transition|move/i,
  trigger:
    /\b(?:(?:has|have|had)\s+been\s+|(?:was|were|is|are)\s+|(?:will|shall)\s+be\s+|being\s+)?re-?designated\b|\b(?:transitioned|transitions|(?:will|shall)\s+transition|(?:has|have)\s+transitioned|moved|moves|(?:will|shall)\s+move)(?=\s+from\b)/gi,
  find(ctx, m, state): EventMatch[] | undefined {
    const people = subjectBefore(ctx, m.index, state);
    if (!people) return undefined;
    const end = m.index + m[0].length;
    const rest = ctx.text.slice(end);
    const from = /^\s+from\s+(?:(?:the|his|her)\s+(?:role|position|office)\s+(?:of|as)\s+)?(.+?)\s+(?:to|as|into)\s+(?:(?:the|a)\s+(?:role|position|office)\s+of\s+)?/i.exec(rest);
    const as = from ? undefined : /^\s+(?:as|to)\s+(?:(?:the|a)\s+(?:role|position|office)\s+of\s+)?/i.exec(rest);
    const intro = from ?? as;
    if (!intro) return undefined;
    const roleAt = end + intro[0].length;
    const out: EventMatch[] = [{ type: 'appointment', rule: 'appointment.re-designation', people, at: m.index, end, roleAt }];
    if (from) {
      const next = rolesOf(roleText(ctx.text, roleAt));
      // "from a member to the chairman of the Nomination Committee": the committee is shared.
      const bare = /^(?:an?\s+|the\s+)?(member|chairman|chairwoman|chairperson|chair)$/i.exec(from[1].trim());
      const committee = next.find((r) => r.committee)?.committee;
      const previous = bare && committee ? [{ role: /^member/i.test(bare[1]) ? 'member' : 'chairman', committee }] : rolesOf(from[1]);
      // The office kept is not left: "from executive Director to chairman and executive Director".
      const left = previous.filter((r) => !next.some((n) => n.role === r.role && n.committee === r.committee));
      if (left.length) out.unshift({ type: 'resignation', rule: 'resignation.re-designation', people, at: m.index, end, roleAt, roles: left });
    }
    return out;
  },
};

export const REDESIGNATION_CONSTRUCTIONS: EventConstruction[] = [redesignated];

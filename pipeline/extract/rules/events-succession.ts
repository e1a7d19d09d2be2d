// Successions, by construction (appointment.succession): "Ms. B will succeed Mr. A as chief
// executive officer", "Ms. B, who succeeds Mr. A as Chairman", "Mr. A will be succeeded by
// Ms. B as Chief Financial Officer". The successor is appointed; the predecessor's leaving
// is stated elsewhere, if at all, and is not assumed here.
import type { EventConstruction, EventMatch } from './events.ts';
import { objectAfter, subjectBefore } from './events-who.ts';

const AS = /^\s*(?:\([^()]*\)\s*)?,?\s*as\s+/i;

const succeeds: EventConstruction = {
  rule: 'appointment.succession',
  cue: /succeed/i,
  trigger: /\b(?:(?:will|shall|would)\s+|to\s+)?(?:succeed|succeeds|succeeded|succeeding)\s+(?!by\b)/gi,
  find(ctx, m, state): EventMatch | undefined {
    const end = m.index + m[0].length;
    const predecessor = objectAfter(ctx, end);
    if (!predecessor) return undefined;
    const as = AS.exec(ctx.text.slice(predecessor.end));
    if (!as) return undefined;
    // "appointed Ms. B to succeed Mr. A": the successor is the object of the verb before.
    const successor = /^to\b/i.test(m[0]) ? ctx.refs.filter((r) => r.kind === 'person' && r.to <= m.index).slice(-1).map((r) => r.name) : subjectBefore(ctx, m.index, state);
    if (!successor?.length || successor.some((s) => predecessor.people.includes(s))) return undefined;
    return { type: 'appointment', rule: this.rule, people: successor, at: m.index, end: predecessor.end, roleAt: predecessor.end + as[0].length };
  },
};

const succeededBy: EventConstruction = {
  rule: 'appointment.succession',
  cue: /succeed/i,
  trigger: /\b(?:(?:will|shall)\s+be|was|were|(?:has|have)\s+been|is|are)\s+succeeded\s+by\s+/gi,
  find(ctx, m): EventMatch | undefined {
    const end = m.index + m[0].length;
    const successor = objectAfter(ctx, end);
    if (!successor) return undefined;
    const as = AS.exec(ctx.text.slice(successor.end));
    if (!as) return undefined;
    return { type: 'appointment', rule: this.rule, people: successor.people, at: m.index, end: successor.end, roleAt: successor.end + as[0].length };
  },
};

export const SUCCESSION_CONSTRUCTIONS: EventConstruction[] = [succeededBy, succeeds];

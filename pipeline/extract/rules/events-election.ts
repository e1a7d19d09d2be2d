// Elections at shareholders' meetings, in text (appointment.election): "Mr. A was re-elected
// as an executive Director at the annual general meeting held on 20 May 2026", "each of Mr. A,
// Ms. B and Mr. C was re-elected", "the following individuals were elected as directors: A,
// B and C". An election of a director is an appointment with role director unless the text
// names another (the spec's convention); the date is the meeting's. Vote tables are read by
// events-vote-table.ts.
import type { SentenceContext } from '../context.ts';
import type { EventConstruction, EventMatch } from './events.ts';
import { objectAfter, subjectBefore } from './events-who.ts';
import { ROLE_INTRO } from './events-appointment.ts';
import { HONORIFIC_SPACE } from '../lexicon/people.ts';

const MEETING_CONTEXT = /\b(?:general\s+meeting|annual\s+meeting|special\s+meeting|AGM|EGM|SGM|shareholders|stockholders|members\s+of\s+the\s+Company)\b/i;

function followingList(ctx: SentenceContext, end: number): string[] | undefined {
  const colon = ctx.text.indexOf(':', end);
  if (colon < 0) return undefined;
  const people = ctx.refs.filter((r) => r.kind === 'person' && r.from > colon).map((r) => r.name);
  return people.length ? [...new Set(people)] : undefined;
}

const elected: EventConstruction = {
  rule: 'appointment.election',
  cue: /elect/i,
  trigger: /\b(?:(?:was|were|(?:has|have|had)\s+been|is|are|(?:will|shall)\s+be|being)\s+(?:duly\s+|each\s+|all\s+|also\s+)?)?(?:re-?)?elected\b/gi,
  find(ctx, m, state): EventMatch | undefined {
    const before = ctx.text.slice(0, m.index);
    // Active "the shareholders elected Mr. A" is read by appointment.active's kin below; here the passive.
    if (!/\s(?:was|were|been|is|are|be|being|duly|each|all|also)\s+(?:re-?)?elected$/i.test(' ' + ctx.text.slice(Math.max(0, m.index - 20), m.index + m[0].length))) return undefined;
    const end = m.index + m[0].length;
    const following = /\bthe\s+following\s+(?:\w+\s+){0,4}$/i.test(before.slice(-60).replace(/\s+(?:was|were|(?:has|have|had)\s+been|is|are|will\s+be).*$/i, ' '));
    const people = following ? followingList(ctx, end) : subjectBefore(ctx, m.index, state);
    if (!people) return undefined;
    const meeting = MEETING_CONTEXT.test(ctx.text) || MEETING_CONTEXT.test(ctx.paragraphText);
    const intro = ROLE_INTRO.exec(ctx.text.slice(end));
    return { type: 'appointment', rule: this.rule, people, at: m.index, end, roleAt: end + (intro ? intro[0].length : 0), defaultRole: meeting ? 'director' : undefined };
  },
};

/** Between the verb or one elected name and the next. */
const LIST_GAP = new RegExp(String.raw`^\s*(?:,|and|,\s*and|&)?\s*${HONORIFIC_SPACE}?$`, 'i');

const electedActive: EventConstruction = {
  rule: 'appointment.election',
  cue: /elect/i,
  trigger: new RegExp(String.raw`\b(?:(?:has|have|had)\s+)?(?:re-?)?elected\b(?=\s+${HONORIFIC_SPACE}?[A-Z])`, 'g'),
  find(ctx, m): EventMatch | undefined {
    if (/\b(?:been|be|was|were|is|are|being)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
    const people: string[] = [];
    const end = m.index + m[0].length;
    let last = end;
    for (const r of ctx.refs.filter((x) => x.kind === 'person' && x.from >= end)) {
      if (!LIST_GAP.test(ctx.text.slice(last, r.from))) break;
      people.push(r.name);
      last = r.to;
    }
    if (!people.length) return undefined;
    const intro = ROLE_INTRO.exec(ctx.text.slice(last));
    const meeting = MEETING_CONTEXT.test(ctx.text.slice(0, m.index));
    return { type: 'appointment', rule: this.rule, people: [...new Set(people)], at: m.index, end: last, roleAt: last + (intro ? intro[0].length : 0), defaultRole: meeting ? 'director' : undefined };
  },
};

const PASSED = /\b(?:were|was)\s+(?:duly\s+)?passed\b|\b(?:duly\s+)?passed\s+(?:as|by\s+way\s+of)\b/i;
const passedIn = new WeakMap<object, Map<string, boolean>>();

/** The announcement says its resolutions were passed (poll results). */
function resolutionsPassed(ctx: SentenceContext): boolean {
  let byAnn = passedIn.get(ctx.doc);
  if (!byAnn) passedIn.set(ctx.doc, (byAnn = new Map()));
  let v = byAnn.get(ctx.announcement.id);
  if (v === undefined) {
    v = ctx.doc.paragraphs.some((p) => p.announcementId === ctx.announcement.id && PASSED.test(p.plain.text));
    byAnn.set(ctx.announcement.id, v);
  }
  return v;
}

/** A poll-results line read as text: "2(a). To re-elect Mr. A as an executive Director 899,000,000 (99.88%) 1,010,000 (0.12%)". */
const resolutionLine: EventConstruction = {
  rule: 'appointment.election',
  cue: /elect/i,
  trigger: /\bTo\s+re-?elect\s+/g,
  find(ctx, m): EventMatch | undefined {
    const end = m.index + m[0].length;
    const votes = [...ctx.text.slice(end).matchAll(/(\d[\d,]{2,})\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)/g)].map((x) => Number(x[1].replace(/,/g, '')));
    if (votes.length < 2 || votes[0] < votes[1] || !resolutionsPassed(ctx)) return undefined;
    const obj = objectAfter(ctx, end);
    if (!obj) return undefined;
    const as = /^\s*,?\s*as\s+/i.exec(ctx.text.slice(obj.end));
    return { type: 'appointment', rule: this.rule, people: obj.people, at: m.index, end: obj.end, roleAt: as ? obj.end + as[0].length : obj.end, defaultRole: 'director' };
  },
};

export const ELECTION_CONSTRUCTIONS: EventConstruction[] = [elected, electedActive, resolutionLine];

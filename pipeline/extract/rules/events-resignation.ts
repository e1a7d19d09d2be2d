// Resignations, by construction:
//   resignation.active   "tendered his resignation as", "resigned from his position as", "will step down as",
//                        "retired as", "notified the Board of her decision to resign as"
//   resignation.passive  "was resigned as" (HKEX filings write it), "has been removed as"
//   resignation.ceased   "ceased to be", "ceased to act as", "will no longer serve as"
//   resignation.nominal  "the resignation of Mr. A as ... took effect", "his resignation as"
//   resignation.not-standing  "will not stand for re-election", "decided not to seek re-election"
import type { SentenceContext } from '../context.ts';
import type { EventConstruction, EventMatch, EventState } from './events.ts';
import { nominalPeople, possessorBefore, subjectBefore } from './events-who.ts';

/** "from his positions as", "from the office of": what stands between the verb and the role. */
const FROM_OFFICE = /^\s*(?:(?:from\s+)?(?:(?:all\s+(?:of\s+)?)?(?:his|her|their|the)\s+)?(?:positions?|offices?|roles?|posts?|duties)\s+(?:as|of)\s+|as\s+|from\s+(?=(?:the|our|its|all|each|his|her)\b))/i;

function reasonOf(text: string): string | undefined {
  const m =
    /\b(?:due|owing)\s+to\s+(?:his|her|their|the)\s+(.+?)(?=[.;,]|\s+and\s+(?:will|has|he|she)\b|$)/i.exec(text) ??
    /\b(?:due|owing)\s+to\s+((?:personal|health|family|other)\s[^.;,]+?)(?=[.;,]|\s+and\s+|$)/i.exec(text) ??
    /\bfor\s+((?:personal|health|family)\s+reasons?)\b/i.exec(text) ??
    /\bas\s+(?:he|she|they)\s+(?:wish(?:es)?|would\s+like|decided|intends?)\s+to\s+((?:devote|focus|pursue|spend|concentrate)[^.;,]+)/i.exec(text) ??
    /\b(?:in\s+order\s+)?to\s+((?:devote|focus|pursue|spend|concentrate)[^.;,]+)/i.exec(text);
  return m ? m[1].trim() : undefined;
}

function subjectEvent(rule: string, reason?: (ctx: SentenceContext, at: number) => string | undefined): EventConstruction['find'] {
  return (ctx, m, state): EventMatch | undefined => {
    const people = subjectBefore(ctx, m.index, state);
    if (!people) return undefined;
    const end = m.index + m[0].length;
    const intro = FROM_OFFICE.exec(ctx.text.slice(end));
    const roleAt = end + (intro ? intro[0].length : 0);
    return { type: 'resignation', rule, people, at: m.index, end, roleAt, reason: reasonOf(ctx.text.slice(m.index)) ?? reason?.(ctx, m.index) };
  };
}

const retirement = (ctx: SentenceContext, at: number) => (/retir/i.test(ctx.text.slice(at, at + 40)) ? 'retirement' : undefined);

const active: EventConstruction = {
  rule: 'resignation.active',
  cue: /resign|retir|step/i,
  trigger:
    /\b(?:(?:has|have|had)\s+)?(?:tendered|submitted|given|handed\s+in|offered)\s+(?:his|her|their)\s+(?:notice\s+of\s+)?resignation(?=\s+(?:as|from)\b)|\b(?:(?:has|have|had)\s+)?resigned(?=\s+(?:as|from)\b)|\b(?:is|was|are|were)\s+resigning(?=\s+(?:as|from)\b)|\b(?:will|would|to|shall|decided\s+to|decision\s+to|intends?\s+to|intention\s+to|agreed\s+to|plans?\s+to|elected\s+to)\s+(?:resign|retire|step\s+down)(?=\s+(?:as|from)\b)|\b(?:(?:has|have|had)\s+)?(?:stepped|steps|stepping|is\s+stepping)\s+down(?=\s+(?:as|from)\b)|\b(?:(?:has|have|had)\s+)?(?:retired|retires|is\s+retiring)(?=\s+(?:as|from)\b)/gi,
  find: subjectEvent('resignation.active', retirement),
};

const passive: EventConstruction = {
  rule: 'resignation.passive',
  cue: /resigned|removed|dismissed|relieved/i,
  trigger: /\b(?:was|were|(?:has|have|had)\s+been|is|are|(?:will|shall)\s+be)\s+(?:resigned|removed|dismissed|relieved)(?=\s+(?:as|from)\b)/gi,
  find: subjectEvent('resignation.passive'),
};

const ceased: EventConstruction = {
  rule: 'resignation.ceased',
  cue: /ceas|no\s+longer/i,
  trigger:
    /\b(?:(?:has|have|had|also|will|shall|would|then|consequently|accordingly|automatically|thereby)\s+)*(?:ceased|ceases|cease|ceasing)\s+to\s+(?:be|act\s+as|serve\s+as|hold\s+(?:the\s+)?(?:office|position)\s+(?:of|as))(?=\s)|\b(?:(?:will|would|shall|then|also)\s+)*no\s+longer\s+(?:serves?|acts?|be|is|holds?\s+(?:the\s+)?(?:office|position)\s+of)(?:\s+as)?(?=\s)/gi,
  find: subjectEvent('resignation.ceased'),
};

const nominal: EventConstruction = {
  rule: 'resignation.nominal',
  cue: /resignation|retirement|departure/i,
  trigger: /\b(?:(?:the|this|such)\s+)?(?:resignation|retirement|departure)\s+of\s+|(?:['’]s?|\b(?:his|her|their))\s+(?:resignation|retirement|departure)\s+(?=as\b|from\b)/gi,
  find(ctx, m, state): EventMatch | undefined {
    const who = nominalPeople(ctx, m, state, ['as', 'from']);
    if (!who) return undefined;
    const { people, after, roleAt: roleAt0 } = who;
    const office = /^(?:(?:all\s+(?:of\s+)?)?(?:his|her|their|the)\s+)?(?:positions?|offices?|roles?|posts?)\s+(?:as|of)\s+/i.exec(ctx.text.slice(roleAt0));
    const roleAt = roleAt0 + (office ? office[0].length : 0);
    return { type: 'resignation', rule: this.rule, people, at: m.index, end: after, roleAt, reason: reasonOf(ctx.text.slice(after)) ?? (/retire/i.test(m[0]) ? 'retirement' : undefined), confidence: 0.75 };
  },
};

const notStanding: EventConstruction = {
  rule: 'resignation.not-standing',
  cue: /stand|offer|seek/i,
  trigger: /\b(?:will|would|shall|has\s+decided|decided|elected|chose|has\s+chosen)?\s*(?:not\s+to|not)\s+(?:(?:stand|offer\s+(?:himself|herself|themselves))\s+for\s+(?:re-?)?election|seek\s+(?:re-?)?(?:election|appointment|re-?appointment))\b|\bis\s+not\s+standing\s+for\s+(?:re-?)?election\b/gi,
  find(ctx, m, state: EventState): EventMatch | undefined {
    const people = subjectBefore(ctx, m.index, state);
    if (!people) return undefined;
    const end = m.index + m[0].length;
    const as = /^\s+as\s+/i.exec(ctx.text.slice(end));
    return { type: 'resignation', rule: this.rule, people, at: m.index, end, roleAt: as ? end + as[0].length : end, roles: as ? undefined : [{ role: 'director' }], reason: reasonOf(ctx.text.slice(end)) };
  },
};

/** "Mr. A's employment as Chief Financial Officer will terminate effective April 17, 2026", "his term of office as a Director expired". */
const termEnds: EventConstruction = {
  rule: 'resignation.term-ends',
  cue: /employment|service|tenure|term|appointment/i,
  trigger: /(?:['’]s?|\b(?:his|her|their))\s+(?:employment|service|services|tenure|term\s+of\s+office|appointment)\s+(?:with\s+the\s+Company\s+)?as\s+/gi,
  find(ctx, m, state): EventMatch | undefined {
    const end = m.index + m[0].length;
    const verb = /^[^.;]{1,160}?\b(?:will\s+|shall\s+|has\s+|had\s+)?(?:terminate[sd]?|end(?:s|ed)?|expire[sd]?|cease[sd]?)\b/i.exec(ctx.text.slice(end));
    if (!verb) return undefined;
    const people = /^['’]/.test(m[0]) ? [possessorBefore(ctx, m.index)].filter((x): x is string => !!x) : subjectBefore(ctx, m.index + m[0].search(/\b(?:his|her|their)\b/i), state);
    if (!people?.length) return undefined;
    return { type: 'resignation', rule: this.rule, people, at: m.index, end: end + verb[0].length, roleAt: end };
  },
};

export const RESIGNATION_CONSTRUCTIONS: EventConstruction[] = [notStanding, active, passive, ceased, nominal, termEnds];

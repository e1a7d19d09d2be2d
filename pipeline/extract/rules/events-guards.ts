// What looks like an event and is not one: proposals not yet approved ("will be proposed for
// re-election", "it is proposed that Mr. A be appointed"), hypotheticals ("if elected", "would
// be appointed"), negations ("has not been appointed"), authorisations ("authorise the Board
// to appoint"), retirement by rotation with re-election offered; and biographies, whose
// events at other companies are those companies' past, not this filing's news.
import type { SentenceContext } from '../context.ts';
import { findDates } from '../../text/dates.ts';
import type { EventMatch } from './events.ts';

const NEGATION = /\b(?:not|never|n['’]t|neither|nor|no)\s+(?:\w+\s+){0,2}$/i;
/** Case-sensitive: "May 2026" is a month, "may be appointed" a possibility. */
const MODAL = /\b(?:may|might|could|would|should|[Ii]f|[Uu]nless|[Ww]hether|wish(?:es)?\s+to|intends?\s+to|plans?\s+to|expected\s+to|proposed\s+to|proposes?\s+to|propose|recommends?|recommended|eligible\s+(?:to|for)|intention\s+to|to\s+consider|to\s+approve)\s+(?:\w+\s+){0,3}$/;
/** "that Mr. A be appointed": the subjunctive of a proposal or resolution. */
const SUBJUNCTIVE = /(?<!\b(?:will|shall|would|to|has|have|had|not|may|must|can|could|should)\s)\bbe\s+$/i;
const AUTHORISATION = /\b(?:authori[sz](?:e|es|ed|ing)|empower(?:s|ed)?|power|right|entitled|mandate|discretion)\b[^.;]{0,50}\bto\s+$/i;
/** A proposal or a nomination for a vote, in the clause before the verb. */
const PROPOSAL = /\bpropos(?:e|ed|es|al|ing)\b|\bnominat(?:ed|ion)\s+(?:for|as)\b|\bcandidates?\b|\bresolution\b|\bto\s+(?:re-?)?elect\b|\bintends?\s+to\b/i;
/** A finite verb in the past or perfect: a statement of what happened, even of a nominee. */
const FINITE_PAST = /^(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:duly\s+|also\s+|each\s+)?)?(?:re-?)?(?:elected|appointed)\b|^(?:resigned|retired|ceased|stepped)/i;
const ROTATION = /\bretire\s+(?:from\s+office\s+)?by\s+rotation\b|\b(?:offer|offers|offered|offering)\s+(?:himself|herself|themselves)\s+for\s+re-?election\b|\beligible\s+for\s+re-?election\b|\bstand(?:s|ing)?\s+for\s+re-?election\b/i;
const NOT_OFFERING = /\b(?:not|decline[sd]?\s+to)\s+(?:to\s+)?(?:offer|stand|seek)/i;

function clauseBefore(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1)) + 1;
  return text.slice(Math.max(from, at - 120), at);
}

/** True when the event the construction found is not stated as having happened or as decided. */
export function blockedEvent(ctx: SentenceContext, ev: EventMatch): boolean {
  const text = ctx.text;
  const before = clauseBefore(text, ev.at);
  const near = before.slice(-40);
  const trigger = text.slice(ev.at, ev.end);
  if (NEGATION.test(near) && !/\bno\s+longer\s+$/i.test(near)) return true;
  if (MODAL.test(near) || SUBJUNCTIVE.test(near) || AUTHORISATION.test(before)) return true;
  if (/\bif\s+(?:re-?)?elected\b/i.test(text)) return true;
  if (PROPOSAL.test(before) && !FINITE_PAST.test(trigger)) return true;
  if (/\bproposed\s+$/i.test(near) || /\bproposed\s+(?:appointment|re-?election|election|resignation)\b/i.test(before.slice(-60) + trigger)) return true;
  if (ev.type === 'resignation' && /retir/i.test(trigger) && ROTATION.test(text) && !NOT_OFFERING.test(text)) return true;
  if (ev.type === 'appointment' && ROTATION.test(text.slice(ev.at - 10)) && /re-?elect/i.test(trigger)) return true;
  return false;
}

const AGE = /\baged\s+\d{2}\b|,\s+age\s+\d{2}\b|,\s+\d{2},\s/;
const PAST_VERB = /\b(?:was|were|had|served|resigned|retired|joined|became|left|held)\b/i;
const NEWS = /\b(?:has|have)\s+been\s+(?:re-?)?(?:appointed|elected|named|re-?designated)\b|\bwill\b|\beffective\b|\bwith\s+effect\b/i;

/** A sentence of someone's past career: it names years before the announcement's, or sits in a biography and tells of the past. */
export function isBiographical(ctx: SentenceContext): boolean {
  const year = ctx.date ? Number(ctx.date.slice(0, 4)) : undefined;
  if (year && findDates(ctx.text).some((d) => Number(d.iso.slice(0, 4)) < year - 1 || (Number(d.iso.slice(0, 4)) < year && d.precision === 'year'))) return true;
  return AGE.test(ctx.paragraphText) && PAST_VERB.test(ctx.text) && !NEWS.test(ctx.text);
}

// When an event takes effect, as the genre says it: "with effect from 1 April 2026",
// "effective immediately", "on the same day", "with effect from the conclusion of the annual
// general meeting", "the date of this announcement", "On 20th January, 2009, Mr. A resigned",
// and several dates "respectively".
import type { SentenceContext } from '../context.ts';
import { findDates, type DateMention } from '../../text/dates.ts';
import type { EventMatch, EventState } from './events.ts';

const MEETING = /\b(?:(annual|extraordinary|special)\s+general\s+meeting|(AGM|EGM|SGM)|annual\s+meeting(?:\s+of\s+(?:share|stock)holders)?|special\s+meeting(?:\s+of\s+(?:share|stock)holders)?)\b/i;
const EXPLICIT = /\b(?:with\s+effect\s+(?:from|on|as\s+(?:of|from))|effective(?:\s+(?:as\s+(?:of|from)|from|on|upon))?|commencing\s+(?:on|from)|as\s+(?:of|from)|from|on)\s+(?:the\s+)?$/i;
const TODAY = /^(?:the\s+)?date\s+(?:of\s+)?(?:this\s+announcement|hereof)|^today\b/i;
const IMMEDIATE = /\bwith\s+immediate\s+effect\b|\beffective\s+immediately\b|\bimmediately\s+effective\b/i;
const SAME_DAY = /\b(?:on|effective(?:\s+(?:as\s+of|from|on))?|with\s+effect\s+(?:from|on))\s+(?:the\s+same\s+(?:day|date)|that\s+date|even\s+date)\b|\bsimultaneously\b|\bat\s+the\s+same\s+time\b/i;
const AFTER_MEETING = /\b(?:(?:with\s+effect\s+from|effective\s+(?:from|upon)|upon|at|after|following)\s+the\s+(?:conclusion|close|end)\s+of\s+the\s+|at\s+the\s+)/i;

/** Kind of meeting a phrase names, as a key: "agm", "egm". */
function meetingKey(m: RegExpExecArray): string {
  const w = (m[1] ?? m[2] ?? m[0]).toLowerCase();
  return /^(?:annual|agm)/.test(w) ? 'agm' : /^(?:extraordinary|egm)/.test(w) ? 'egm' : /^(?:special|sgm)/.test(w) ? 'sgm' : 'agm';
}

/** Meetings a text dates: "the annual general meeting of the Company held on 20 May 2026", "On 1 May 2026, X held its Annual Meeting". */
export function meetingDates(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = new RegExp(MEETING.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const held = /^(?:\s+of\s+(?:the\s+)?[A-Z][\w ]{0,40}?)?\s*(?:\([^)]*\)\s*)?(?:(?:was\s+)?held|to\s+be\s+held|convened)?\s*(?:on|dated)\s+/i.exec(after);
    const d = held ? findDates(after.slice(held[0].length)).find((x) => x.from === 0 && x.precision === 'day') : undefined;
    const before = /\bheld\s+(?:its|an?|the)\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index)) ? findDates(text.slice(0, m.index)).filter((x) => x.precision === 'day').pop() : undefined;
    const iso = d?.iso ?? before?.iso;
    if (iso && !out.has(meetingKey(m))) out.set(meetingKey(m), iso);
  }
  return out;
}

/** Remember the meetings a sentence dates, for "at the conclusion of the AGM" later on. */
export function noteMeetings(ctx: SentenceContext, state: EventState): void {
  for (const [k, v] of meetingDates(ctx.text)) state.meetings.set(k, v);
}

function dateAt(text: string, from: number): DateMention | undefined {
  return findDates(text.slice(from)).find((x) => x.from === 0 && x.precision === 'day');
}

/** Dates of an event, one per person when the sentence pairs them "respectively". */
export function eventDates(ctx: SentenceContext, state: EventState, ev: EventMatch, roleEnd: number, biographical: boolean): string[] {
  const text = ctx.text;
  const tail = text.slice(roleEnd);
  // A date of another document ("the announcement dated 1 March 2026") is not the event's.
  const all = findDates(text).filter((d) => !/\bdated\s+$/i.test(text.slice(Math.max(0, d.from - 8), d.from)));
  // Explicit: "with effect from 1 April 2026" after the role (the first one; several with "respectively").
  const after = all.filter((d) => d.from >= roleEnd && EXPLICIT.test(text.slice(Math.max(roleEnd, d.from - 40), d.from)) && (d.precision === 'day' || biographical));
  if (after.length) {
    if (/\brespectively\b/i.test(tail)) {
      // "with effect from 1 May 2026 and 1 June 2026 respectively": the dates of one list.
      const list = [after[0]];
      for (const d of all.filter((x) => x.from > after[0].from)) if (/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(list[list.length - 1].to, d.from))) list.push(d);
      if (list.length > 1) return list.map((d) => d.iso);
    }
    if (after[0].from - roleEnd < 120) return [after[0].iso];
  }
  const explicit = /\b(?:with\s+effect\s+from|effective(?:\s+from|\s+as\s+of)?)\s+/i.exec(tail);
  if (explicit && TODAY.test(tail.slice(explicit.index + explicit[0].length))) return ctx.date ? [ctx.date] : [];
  if (SAME_DAY.test(text.slice(ev.at)) && state.lastDate && !biographical) return [state.lastDate];
  const meeting = AFTER_MEETING.exec(tail);
  if (meeting && meeting.index < 20) {
    const mm = MEETING.exec(tail.slice(meeting.index + meeting[0].length, meeting.index + meeting[0].length + 40));
    if (mm) {
      const own = dateAt(tail, meeting.index + meeting[0].length + mm.index + mm[0].length + (/^\s+(?:held\s+)?on\s+/i.exec(tail.slice(meeting.index + meeting[0].length + mm.index + mm[0].length))?.[0].length ?? 0));
      const known = own?.iso ?? state.meetings.get(meetingKey(mm));
      if (known) return [known];
    }
  }
  // "was appointed as a Director in June 2015", "on 3 May 2026" right after the role.
  const loose = all.find((d) => d.from >= roleEnd && d.from - roleEnd < 30 && /^[\s,]*(?:on|in|since)\s+(?:the\s+)?$/i.test(text.slice(roleEnd, d.from)));
  if (loose) return [loose.iso];
  // "On 20th January, 2009, Mr. A resigned as": the nearest date before the verb.
  const before = all.filter((d) => d.to <= ev.at && (d.precision === 'day' || biographical));
  if (before.length) return [before[before.length - 1].iso];
  if (IMMEDIATE.test(text)) return ctx.date ? [ctx.date] : [];
  // An election is dated by its meeting, named earlier in the announcement.
  if (ev.rule === 'appointment.election') {
    const meeting = state.meetings.get('agm') ?? state.meetings.get('egm') ?? state.meetings.get('sgm');
    if (meeting) return [meeting];
  }
  return [];
}

// Who an event is about: the subject before its verb ("Mr. A and Ms. B have been appointed"),
// the object after it ("the Board appointed Mr. A, Mr. B and Ms. C as"), a pronoun ("he also
// ceased"), never a name inside another phrase ("the resignation of Mr. A", "succeeding Mr. A").
import type { Ref, SentenceContext } from '../context.ts';
import type { EventState } from './events.ts';
import { HONORIFIC_SPACE } from '../lexicon/people.ts';

const HONORIFIC = HONORIFIC_SPACE;
/** Between a verb or preposition and the name that follows it. */
const LEAD_GAP = new RegExp(String.raw`^\s*(?:each\s+of\s+|both\s+|(?:the\s+)?(?:Company['’]s\s+)?(?:[a-z-]+\s+){0,1})?${HONORIFIC}?$`);
/** Between two names of a list, after the first (its definition or age may come first). */
const LIST_GAP = String.raw`^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:aged\s+)?\d{1,3}\s*)?`;
const AND_GAP = new RegExp(`${LIST_GAP}(?:,\\s*(?:and|&)\\s+|\\s+(?:and|&)\\s+)${HONORIFIC}?$`, 'i');
const COMMA_GAP = new RegExp(`${LIST_GAP},\\s*${HONORIFIC}?$`, 'i');
/** A name right after these words is their object, not a subject. */
const EMBEDDED = new RegExp(
  String.raw`(?:(?<!\b(?:each|both|all|any|none|either|neither|one|two|three)\s)\bof|\bby|\bto|\bfrom|\bwith|\bfor|\bsucceed(?:s|ing|ed)?|\breplac(?:e|es|ing|ed)|\bin\s+place\s+of|\bfollowing|\bupon|\bafter|\bbefore|\bthan|\bnamely|\bincluding|\bbetween|\bbeing|\bthat\s+of|\bwhom|\bappointed|\bnamed|\belected|\bre-elected)\s+(?:the\s+)?(?:late\s+)?(?:(?:[A-Z][a-z]+\s+){0,3})?${HONORIFIC}?$`,
);
const PRONOUN_SUBJECT = /\b(he\/she|she\/he|he|she|they)\b(?:\s+[a-z]+){0,4}\s*,?\s*$/i;

export function isEmbedded(ctx: SentenceContext, r: Ref): boolean {
  const before = ctx.text.slice(Math.max(0, r.from - 60), r.from);
  return EMBEDDED.test(before) || /\(\s*[“"]?$/.test(before);
}

function persons(ctx: SentenceContext): Ref[] {
  return ctx.refs.filter((r) => r.kind === 'person');
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** The list a name ends: "A, B and C" read back from C. */
function listEndingAt(ctx: SentenceContext, list: Ref[], i: number): Ref[] {
  const out = [list[i]];
  let j = i;
  let sawAnd = false;
  while (j > 0) {
    const gap = ctx.text.slice(list[j - 1].to, list[j].from);
    if (!sawAnd && AND_GAP.test(gap)) sawAnd = true;
    else if (!(sawAnd && (COMMA_GAP.test(gap) || AND_GAP.test(gap)))) break;
    out.unshift(list[--j]);
  }
  return out;
}

/** The people a verb at `at` is about, from the words before it. */
export function subjectBefore(ctx: SentenceContext, at: number, state: EventState): string[] | undefined {
  const list = persons(ctx).filter((r) => r.to <= at);
  const before = ctx.text.slice(0, at);
  const pron = PRONOUN_SUBJECT.exec(before);
  if (pron && !list.some((r) => r.from > pron.index)) {
    const near = list.filter((r) => r.to <= pron.index);
    if (near.length) {
      const last = near.length - 1;
      // "A, B and C ... notified the Company that he/she was resigning": each of them.
      return /^they$|\//i.test(pron[1]) ? unique(listEndingAt(ctx, near, last).map((r) => r.name)) : [near[last].name];
    }
    return state.lastPeople;
  }
  // "Mr. A, who succeeds Mr. B": the name a relative clause hangs on, wherever it stands.
  const last = list[list.length - 1];
  if (last && /^\s*(?:\([^()]*\)\s*)?,\s*who\s+(?:\w+\s+){0,2}$/i.test(ctx.text.slice(last.to, at))) return [last.name];
  for (let i = list.length - 1; i >= 0; i--) {
    const group = listEndingAt(ctx, list, i);
    if (isEmbedded(ctx, group[0])) {
      i -= group.length - 1;
      continue;
    }
    return unique(group.map((r) => r.name));
  }
  return undefined;
}

/** The people named right after `from` ("appointed Mr. A and Ms. B as"), and where their list ends. */
export function objectAfter(ctx: SentenceContext, from: number): { people: string[]; end: number } | undefined {
  const list = persons(ctx).filter((r) => r.from >= from);
  if (!list.length || !LEAD_GAP.test(ctx.text.slice(from, list[0].from))) return undefined;
  const out = [list[0]];
  for (let i = 1; i < list.length; i++) {
    const gap = ctx.text.slice(list[i - 1].to, list[i].from);
    if (!AND_GAP.test(gap) && !COMMA_GAP.test(gap)) break;
    out.push(list[i]);
  }
  let end = out[out.length - 1].to;
  const def = /^\s*\([^()]*\)/.exec(ctx.text.slice(end));
  if (def) end += def[0].length;
  return { people: unique(out.map((r) => r.name)), end };
}

/** "Mr. A's appointment": the name before a possessive at `at`. */
export function possessorBefore(ctx: SentenceContext, at: number): string | undefined {
  const r = persons(ctx).find((x) => x.to <= at && /^\s*(?:['’]s?)?\s*$/.test(ctx.text.slice(x.to, at)));
  return r?.name;
}

/**
 * Who a nominal event names: "the appointment of A and B", "A's resignation", "his retirement"
 * (the sentence's subject, or the people last named), and where the role begins after one of
 * the event's connectives ("as", "to", "from"). `after` is where the people end.
 */
export function nominalPeople(ctx: SentenceContext, m: RegExpExecArray, state: EventState, connectives: readonly string[]): { people: string[]; after: number; roleAt: number } | undefined {
  const who = nominalWho(ctx, m, state);
  if (!who) return undefined;
  const intro = new RegExp(String.raw`^\s*(?:\([^()]*\)\s*)?,?\s*(?:${connectives.join('|')})\s+`, 'i').exec(ctx.text.slice(who.after));
  return intro ? { ...who, roleAt: who.after + intro[0].length } : undefined;
}

function nominalWho(ctx: SentenceContext, m: RegExpExecArray, state: EventState): { people: string[]; after: number } | undefined {
  const end = m.index + m[0].length;
  if (/\bof\s+$/i.test(m[0])) {
    const obj = objectAfter(ctx, end);
    return obj ? { people: obj.people, after: obj.end } : undefined;
  }
  if (/^['’]/.test(m[0])) {
    const p = possessorBefore(ctx, m.index);
    return p ? { people: [p], after: end } : undefined;
  }
  const people = subjectBefore(ctx, m.index + m[0].search(/\b(?:his|her|their)\b/i), state) ?? state.lastPeople;
  return people ? { people, after: end } : undefined;
}

// Board composition statements, sentence by sentence:
//   board.as-groups    "the Board comprises Mr. A and Ms. B as executive Directors; Mr. C as
//                      chairman and non-executive Director; and Mr. D as independent non-executive Director"
//   board.role-groups  "the executive Directors are Mr. A and Ms. B; and the independent non-executive
//                      Directors are ...", "three executive Directors, namely A, B and C",
//                      "Executive Directors: Mr. A (Chairman), Ms. B"
//   board.members      "the Board consists of A, B, C and D" (no groups: each is a director)
// A name's own parenthesis adds a role ("Mr. A (Chairman)"). Names are the sentence's people, or,
// where no name was recognised, the list items themselves.
import type { SentenceContext } from '../context.ts';
import { parseDate } from '../../text/dates.ts';
import { parseRoleList } from '../roles.ts';
import { nameInCell } from './composition-names.ts';
import { BOARD_ROLES } from './composition-table.ts';
import { HONORIFIC_ALT } from '../lexicon/people.ts';

const OPENER =
  new RegExp(String.raw`\b(?:the\s+)?(?:Board|board\s+of\s+directors)(?:\s+of\s+(?:Directors|the\s+Company))?\s+(?:currently\s+|now\s+)?(?:comprises|comprised|consists\s+of|consisted\s+of|is\s+(?:currently\s+|now\s+)?(?:composed|made\s+up)\s+of|includes|comprising)\b|\b(?:members\s+of\s+the\s+Board|directors\s+of\s+the\s+Company|Board\s+members)\s+(?:are|were|is)\b|\bthe\s+(?:executive|non-executive|independent\s+non-executive|independent)\s+(?:Directors?|directors?)\s+(?:of\s+the\s+Company\s+)?(?:are|is|were|was)\b|\bthe\s+Directors\s+(?:of\s+the\s+Company\s+)?(?:are|were)(?=\s*:|\s+(?:${HONORIFIC_ALT})\.?\s)|^\s*(?=(?:independent\s+non-executive|non-executive|executive|independent)\s+Directors?\s*:)`, 'i');
/** A group of directors the statement names: "executive Directors", "independent non-executive Director". */
const GROUP =
  /\b((?:(?:chairman|chairwoman|chairperson|vice[- ]chairman|deputy\s+chairman|chief\s+executive\s+officer|CEO)(?:\s+of\s+the\s+Board)?\s*(?:,\s*|\s+and\s+(?:an?\s+)?|\s*&\s*)){0,3}(?:(?:independent\s+non[- ]?executive|non[- ]?executive|executive|independent)\s+directors?|INEDs?)|(?:chairman|chairwoman|chairperson|vice[- ]chairman)(?:\s+of\s+the\s+Board)?)\b/gi;
const AFTER_CUE = new RegExp(String.raw`^\s*(?:of\s+the\s+Company\s+)?(?:\([^()]*\)\s*)?(?:,\s*)?(?:are|is|were|was|being|namely|:|include|includes|comprising)\b|^\s*(?:\([^()]*\)\s*)?[,:]\s*(?:namely\s+)?(?:(?:${HONORIFIC_ALT})\.?\s|[A-Z][a-z]+\s[A-Z])`, 'i');
/** An honorific left at the end of a title cell's text. */
const HONORIFIC_END = new RegExp(String.raw`\b(?:${HONORIFIC_ALT})\.?\s*$`);
const MODAL = /\b(?:will|shall|would|may|must|should|to)\s+(?:comprise|consist|be\s+composed|include)\b|\bprior\s+to\b|\bimmediately\s+before\b|\bnot\s+less\s+than\b|\bat\s+least\b/i;

interface Group {
  from: number;
  to: number;
  roles: string[];
  names: 'before' | 'after';
}

export function compositionAsOf(ctx: SentenceContext): string | undefined {
  if (/\bas\s+(?:at|of)\s+the\s+date\s+(?:of\s+)?(?:this\s+announcement|hereof)\b/i.test(ctx.text)) return ctx.date ?? undefined;
  const m = /\bas\s+(?:at|of)\s+([^,;]{6,30})[,;]/i.exec(ctx.text);
  return (m ? parseDate(m[1]) : null) ?? ctx.date ?? undefined;
}

export interface Listed {
  name: string;
  /** Parenthesised words after the name: "Chairman", "C". */
  marks: string[];
  /** Where the item ends in the sentence. */
  to: number;
  /** Words of the item before the name: "Independent Non-executive Director" of "Independent Non-executive Director Dr A". */
  title?: string;
}

/** The items of a list in a span ("Mr. A (Chairman), Ms. B, JP and Mr. C"), commas inside parentheses kept. */
function listItems(text: string, from: number, to: number): Array<{ from: number; to: number; text: string }> {
  const out: Array<{ from: number; to: number; text: string }> = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = /^[\s,;:]*(?:(?:and|namely|being|are|is|were|was|including|of\s+whom|comprising)\s+)*/i.exec(raw)![0].length;
    if (raw.trim()) out.push({ from: start + lead, to: end, text: raw.slice(lead).trim() });
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';' || text.startsWith(' and ', i))) {
      // Post-nominals (", JP", ", GBS") belong to the name before them.
      if (c === ',' && /^,\s*(?:GBS|SBS|BBS|JP|MH|M\.H\.|OBE|MBE|CBE|PDSM)(?![\w])/.test(text.slice(i, i + 8))) continue;
      push(i);
      start = c === ' ' ? i + 5 : i + 1;
      if (c === ' ') i += 4;
    }
  }
  push(to);
  return out;
}

/** People in a span of a list: each item is a recognised name or, failing that, a name by its form. */
export function peopleIn(ctx: SentenceContext, from: number, to: number): Listed[] {
  const out: Listed[] = [];
  for (const item of listItems(ctx.text, from, to)) {
    const refs = ctx.refs.filter((r) => r.kind === 'person' && r.from >= item.from && r.to <= item.to);
    const byForm = nameInCell(item.text);
    const paren = /\(([^()]{1,60})\)/.exec(item.text);
    const marks = byForm?.marks ?? (paren ? [paren[1]] : []);
    if (refs.length > 1) {
      for (const r of refs) out.push({ name: r.name, marks: [], to: r.to });
    } else if (refs.length === 1) {
      // A name found in part ("Hoi Lam" of "Sit Hoi Lam") is the item's whole name.
      const r = refs[0];
      const whole = byForm && r.surface === r.name && byForm.name.includes(r.name) && byForm.name.length > r.name.length ? byForm.name : r.name;
      const title = ctx.text.slice(item.from, r.from).replace(HONORIFIC_END, '').trim();
      out.push({ name: whole, marks, to: item.to, title: title || undefined });
    } else if (byForm) {
      out.push({ name: byForm.name, marks: byForm.marks, to: item.to });
    }
  }
  return out;
}

function groupsOf(ctx: SentenceContext, from: number): Group[] {
  const out: Group[] = [];
  GROUP.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = GROUP.exec(ctx.text))) {
    const before = ctx.text.slice(Math.max(from, m.index - 40), m.index);
    // Names before: "Mr. A and Mr. B as executive Directors", "..., being the executive Directors", "Mr. A and Mr. B are executive Directors".
    const as = /\b(?:as|being|who\s+(?:are|is)|(?<!\b(?:Directors?|Board)\s)(?:are|is))\s+(?:(?:the|an?|our|all)\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?$/i.test(before);
    const after = AFTER_CUE.test(ctx.text.slice(m.index + m[0].length));
    if (!as && !after) continue;
    const roles = parseRoleList(m[1].replace(/\bINEDs?\b/i, 'independent non-executive directors'))
      .filter((r) => !r.committee)
      .map((r) => r.role);
    if (!roles.length) continue;
    out.push({ from: m.index, to: m.index + m[0].length, roles, names: as ? 'before' : 'after' });
  }
  return out;
}

export function boardCompositionRule(ctx: SentenceContext): void {
  const opener = OPENER.exec(ctx.text);
  if (!opener || !ctx.issuer || MODAL.test(ctx.text.slice(0, opener.index + opener[0].length + 12))) return;
  const issuer = ctx.issuer;
  const asOf = compositionAsOf(ctx);
  const start = opener.index;
  const groups = groupsOf(ctx, start);
  const emit = (rule: string, name: string, role: string) => ctx.emit(rule, 'board_member', { person: name, organization: issuer, role, asOf }, 0.9);
  const withMarks = (rule: string, p: { name: string; marks: string[] }, roles: string[]) => {
    for (const r of roles) emit(rule, p.name, r);
    // A mark adds a board role ("(Chairman)"); an officer's title ("Chief Executive Officer") is no seat on the Board.
    for (const mark of p.marks) for (const r of parseRoleList(mark)) if (!r.committee && BOARD_ROLES.has(r.role) && !roles.includes(r.role)) emit(rule, p.name, r.role);
  };
  if (!groups.length) {
    // "The Board consists of A, B, C and D": each a director.
    if (/\bconsists?\s+of\b|\bcomprises\b|\bare\b/i.test(opener[0])) {
      const colon = ctx.text.indexOf(':', opener.index);
      const from = colon > 0 && colon - opener.index < 60 ? colon + 1 : opener.index + opener[0].length;
      const people = peopleIn(ctx, from, ctx.text.length);
      // Each a director, unless the name's own parenthesis says which kind ("Mr. A (independent non-executive Director)").
      const own = (p: Listed) => p.marks.flatMap((m) => parseRoleList(m)).some((r) => /director/.test(r.role));
      if (people.length >= 2) for (const p of people) withMarks('board.members', p, own(p) ? [] : ['director']);
    }
    return;
  }
  let boundary = start + opener[0].length;
  groups.forEach((g, i) => {
    if (g.names === 'before') {
      const semi = ctx.text.lastIndexOf(';', g.from);
      const from = Math.max(boundary, semi + 1);
      for (const p of peopleIn(ctx, from, g.from)) withMarks('board.as-groups', p, g.roles);
    } else {
      const next = groups[i + 1];
      const semi = ctx.text.indexOf(';', g.to);
      const to = Math.min(next ? next.from : ctx.text.length, semi >= 0 ? semi : ctx.text.length);
      for (const p of peopleIn(ctx, g.to, to)) withMarks('board.role-groups', p, g.roles);
    }
    boundary = g.to;
  });
}

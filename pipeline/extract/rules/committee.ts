// Committee membership stated as a state, sentence by sentence:
//   committee.comprises   "The Audit Committee comprises three independent non-executive Directors,
//                         namely Mr. A (chairman), Ms. B and Mr. C", "The members of the Audit
//                         Committee are A, B and C, with A as the chairman", "an ESG Committee
//                         comprising A, B and C", "Audit Committee: Mr. A (Chairman), Ms. B"
//   committee.chaired-by  "The Committee is chaired by A. The other members are B and C."
//   committee.copular     "Mr. A is the chairman of the Audit Committee and a member of the
//                         Nomination Committee", "Mr. A, the chairman of the Audit Committee, ..."
//   committee.inverted    "The Chairman of the Audit Committee is Mr. A"
//   committee.members-label "awards to the following Operating Committee members: A, ...; B, ..."
//   board.committee-list-title  a member's board role written before the name in such a list
//                         ("chaired by Independent Non-executive Director Dr A") is board membership
// "The Committee" is the committee the text last named alone (state.current).
// A committee's chairman is one fact with role chairman, not also a member (the spec's convention).
import type { SentenceContext } from '../context.ts';
import type { FactBody } from '../../facts/types.ts';
import { committeeName, parseRoleList } from '../roles.ts';
import { compositionAsOf, peopleIn, type Listed } from './composition.ts';
import { BOARD_ROLES } from './composition-table.ts';
import { subjectBefore } from './events-who.ts';
import { newEventState } from './events.ts';
import { HONORIFIC_SPACE } from '../lexicon/people.ts';

export interface CommitteeState {
  /** The committee the text is about, for "The Committee is chaired by" and "The other members are". */
  current?: string;
}

const COMMITTEE = String.raw`((?:[A-Z][\w’'&-]*,?\s+(?:(?:and|of|for|&)\s+)?){0,7}Committee|(?:audit|remuneration|nomination|compensation|nominating|risk\s+management|corporate\s+governance|strategy|investment|ESG)(?:\s+and\s+\w+)?\s+committee)`;
const COMPRISES = new RegExp(
  String.raw`\b(?:the\s+)?(?:members\s+of\s+the\s+)?${COMMITTEE}(?:\s+of\s+the\s+Board)?\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:currently|now|presently)\s+)?(?:comprises|comprised(?:\s+of)?|comprising|consists\s+of|consisting\s+of|is\s+(?:currently\s+)?(?:composed|made\s+up)\s+of|are|were|currently\s+has\s+\w+\s+members|has\s+\w+\s+members)\b`,
  'g',
);
const INLINE_HEAD = new RegExp(String.raw`^\s*${COMMITTEE}\s*[:：]\s*`);
const CHAIRED_BY = /\b(?:the\s+)?(?:(.{0,60}?Committee)|Committee)\s+(?:is|was)\s+(?:currently\s+)?chaired\s+by\b/i;
const OTHER_MEMBERS = /\b(?:the\s+)?other\s+members?\s+(?:of\s+the\s+(?:Committee|.{0,60}?Committee)\s+)?(?:are|is|include)\b/i;
const CHAIR_AFTER = /^\s*(?:,\s*(?:GBS|SBS|BBS|JP|MH|OBE|MBE)\b\s*)*(?:\([^()]*\)\s*)?(?:\(\s*(?:the\s+)?(?:chairman|chairwoman|chairperson|chair|committee\s+chair)(?:\s+of\s+the\s+[^)]*)?\s*\)|,?\s*(?:\([^()]*\)\s*)?(?:as|being|who\s+is)\s+(?:the\s+|its\s+|their\s+)?(?:chairman|chairwoman|chairperson|chair)\b)/i;
const MODAL = /\b(?:will|shall|would|may|must|should)\s+(?:comprise|consist|be\s+composed|be\s+chaired)\b|\bprior\s+to\b|\bnot\s+less\s+than\b|\bat\s+least\b|\bmajority\s+of\b/i;

/** A board role written before a member's name: "Independent Non-executive Director", "Non- executive Director". */
function titleRoles(title: string | undefined): string[] {
  if (!title || title.length > 60 || !/(?:directors?|chairman|chairwoman|chairperson)$/i.test(title) || /\b(?:former|retired|resigned|retiring|proposed|then)\b/i.test(title)) return [];
  return parseRoleList(title.replace(/-\s+/g, '-').replace(/^(?:and|an?|the|our)\s+/i, ''))
    .filter((r) => !r.committee && !r.of && BOARD_ROLES.has(r.role))
    .map((r) => r.role);
}

function emitMembers(ctx: SentenceContext, rule: string, committee: string, people: Listed[], chairs: Set<string>): void {
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    for (const role of titleRoles(p.title)) ctx.emit('board.committee-list-title', 'board_member', { person: p.name, organization: ctx.issuer!, role, asOf: compositionAsOf(ctx) }, 0.8);
    const chair = chairs.has(p.name) || p.marks.some((m) => /^(?:the\s+)?(?:chairman|chairwoman|chairperson|chair|c)\b/i.test(m.trim()));
    ctx.emit(rule, 'committee_member', { person: p.name, organization: ctx.issuer!, committee, role: chair ? 'chairman' : 'member', asOf: compositionAsOf(ctx) }, 0.85);
  }
}

/** Who the sentence says chairs: "Mr. A (chairman)", "with Mr. A as the chairman", "chaired by Mr. A". */
function chairsIn(ctx: SentenceContext): Set<string> {
  const chairs = new Set<string>();
  for (const r of ctx.refs) {
    if (r.kind !== 'person') continue;
    if (CHAIR_AFTER.test(ctx.text.slice(r.to, r.to + 160))) chairs.add(r.name);
    if (/\bchaired\s+by\s+(?:\w+\s+){0,4}$/i.test(ctx.text.slice(Math.max(0, r.from - 60), r.from))) chairs.add(r.name);
  }
  return chairs;
}

function comprises(ctx: SentenceContext, state: CommitteeState): boolean {
  COMPRISES.lastIndex = 0;
  const m = COMPRISES.exec(ctx.text) ?? INLINE_HEAD.exec(ctx.text);
  if (!m) return false;
  const committee = committeeName(m[1]);
  if (!committee) return false;
  state.current = committee;
  if (MODAL.test(ctx.text)) return true;
  const from = m.index + m[0].length;
  // The list ends where another committee's statement begins.
  COMPRISES.lastIndex = from;
  const next = COMPRISES.exec(ctx.text);
  const people = peopleIn(ctx, from, next ? next.index : ctx.text.length);
  if (!people.length) return true;
  emitMembers(ctx, 'committee.comprises', committee, people, chairsIn(ctx));
  return true;
}

function chairedBy(ctx: SentenceContext, state: CommitteeState): boolean {
  const c = CHAIRED_BY.exec(ctx.text);
  const o = OTHER_MEMBERS.exec(ctx.text);
  if (!c && !o) return false;
  const named = c?.[1] ? committeeName(c[1]) : o && /Committee/.test(o[0]) ? committeeName(o[0]) : undefined;
  const committee = named ?? state.current;
  if (!committee) return false;
  state.current = committee;
  if (c) {
    // "is chaired by A and comprises B and C": the chair, then the other members.
    const more = /\b(?:and|,)\s+(?:also\s+)?(?:comprises|includes|consists\s+of|its\s+other\s+members\s+are)\b/i.exec(ctx.text.slice(c.index + c[0].length));
    const end = more ? c.index + c[0].length + more.index : ctx.text.length;
    const chair = peopleIn(ctx, c.index + c[0].length, end)[0];
    if (chair) emitMembers(ctx, 'committee.chaired-by', committee, [chair], new Set([chair.name]));
    if (more) emitMembers(ctx, 'committee.chaired-by', committee, peopleIn(ctx, end + more[0].length, ctx.text.length), new Set());
  }
  if (o) emitMembers(ctx, 'committee.chaired-by', committee, peopleIn(ctx, o.index + o[0].length, ctx.text.length), new Set());
  return true;
}

/** "Mr. A is the chairman of the Audit Committee", "Mr. A, a member of the Nomination Committee, ...". */
function copular(ctx: SentenceContext, listed = false): void {
  const re = /(?:\b(?:is|are|(?:(?:also|currently|now)\s+)?serves\s+as|ha(?:s|ve)\s+(?:also\s+)?been)\s+(?:also\s+|currently\s+|now\s+)?|,\s*(?:(?:an?|the)\s+)?(?:(?:independent\s+non-\s?executive|non-\s?executive|executive|independent)\s+[Dd]irector\s+and\s+)?)((?:(?:the|an?)\s+)?(?:chairman|chairwoman|chairperson|chair|members?)\s+of\s+(?:each\s+of\s+|both\s+)?(?:the\s+)?[^.;]{0,160}?Committees?(?:\s+of\s+the\s+(?:Board|Company))?(?:\s*(?:,|and)\s+(?:(?:the|an?)\s+)?(?:(?:chairman|chairwoman|chairperson|chair|members?)\s+of\s+)?(?:each\s+of\s+)?(?:the\s+)?[^.;,]{0,80}?Committees?)*)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    // Past offices and other companies' committees are biography, not this company's committee.
    const rest = ctx.text.slice(m.index + m[0].length);
    if (/^\s+of\s+(?!the\s+(?:Board|Company)\b)[A-Z]/.test(rest) || /\b(?:was|were|had|former|formerly|previously)\b/i.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (otherCompanyBefore(ctx, m.index)) continue;
    const apposition = m[0].startsWith(',');
    // In a sentence that lists a committee's members, only a member's own apposition says more.
    if (listed && !apposition) continue;
    const people = apposition
      ? ctx.refs.filter((r) => r.kind === 'person' && /^\s*(?:\([^()]*\)\s*)?$/.test(ctx.text.slice(r.to, m!.index))).map((r) => r.name)
      : subjectBefore(ctx, m.index + 1, newEventState()) ?? [];
    if (!people.length) continue;
    for (const r of parseRoleList(m[1])) {
      if (!r.committee || r.of) continue;
      for (const person of people) ctx.emit('committee.copular', 'committee_member', { person, organization: ctx.issuer!, committee: r.committee, role: r.role, asOf: compositionAsOf(ctx) }, 0.8);
    }
  }
  if (!listed) sitsOn(ctx);
  itsChairman(ctx);
}

/** "A, B and C are members of the Nomination Committee, and A is its chairman": the one committee the sentence names. */
function itsChairman(ctx: SentenceContext): void {
  const named = namedCommittees(ctx.text);
  if (named.size !== 1) return;
  const committee = [...named][0];
  for (const r of ctx.refs) {
    if (r.kind === 'person' && /^\s*(?:,\s*)?(?:is|as|being)\s+(?:its|their|the\s+committee['’]s)\s+(?:chairman|chairwoman|chairperson|chair)\b/i.test(ctx.text.slice(r.to, r.to + 40))) {
      ctx.emit('committee.copular', 'committee_member', { person: r.name, organization: ctx.issuer!, committee, role: 'chairman', asOf: compositionAsOf(ctx) }, 0.8);
    }
  }
}

/**
 * "a director of Brightwater Limited, where he is the chairman of the audit committee": the
 * committee is that company's. Another organisation named in the clause before the role, with no
 * word of the issuer after it, makes the role not the issuer's.
 */
function otherCompanyBefore(ctx: SentenceContext, at: number): boolean {
  const issuer = ctx.issuer?.toLowerCase();
  const org = [...ctx.refs].reverse().find((r) => r.kind === 'organization' && r.to <= at && r.name.toLowerCase() !== issuer);
  if (!org) return false;
  const between = ctx.text.slice(org.to, at);
  return !/\bthe\s+(?:Company|Board)\b|[.;]/.test(between) && !ctx.refs.some((r) => r.kind === 'organization' && r.name.toLowerCase() === issuer && r.from >= org.to && r.to <= at);
}

/** Nothing but an honorific between a phrase and the name it introduces. */
const HONORIFIC_GAP = new RegExp(String.raw`^\s*${HONORIFIC_SPACE}?$`);

const SITS_ON = /\b(?:(?:also|currently|now)\s+)?(?:sits|serves)\s+on\s+((?:the\s+)?(?:[A-Z][\w’'&-]*,?\s+(?:(?:and|of|for|&)\s+)?){1,8}Committees?(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*,?\s+(?:(?:and|of|for|&)\s+)?){1,8}Committees?)*)(?:\s+of\s+the\s+(?:Board|Company))?/g;

/** "Ms. A sits on the Audit Committee and the Nomination Committee": a member of each. */
function sitsOn(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(SITS_ON)) {
    const rest = ctx.text.slice(m.index! + m[0].length);
    // "will serve on" is an appointment's, not a state.
    if (/^\s+of\s+(?!the\s+(?:Board|Company)\b)[A-Z]/.test(rest) || /\b(?:will|shall|would|to|expected|may)\s+(?:\w+\s+)?$/i.test(ctx.text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    const people = subjectBefore(ctx, m.index! + 1, newEventState()) ?? [];
    const committees = m[1].split(/\s*,\s*(?:and\s+)?(?=(?:the\s+)?[A-Z])|\s+and\s+(?=(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*\s+Committee)/).map((c) => committeeName(c)).filter((c): c is string => !!c);
    for (const committee of new Set(committees)) for (const person of people) ctx.emit('committee.copular', 'committee_member', { person, organization: ctx.issuer!, committee, role: 'member', asOf: compositionAsOf(ctx) }, 0.8);
  }
}

const NAMED = new RegExp(COMMITTEE, 'g');

/** The committees a sentence names, for "The Committee" in the sentences after it. */
function namedCommittees(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAMED)) {
    const c = committeeName(m[1]);
    if (c) out.add(c);
  }
  return out;
}

const INVERTED = new RegExp(String.raw`\bthe\s+(chairman|chairwoman|chairperson|chair)\s+of\s+(?:the\s+)?${COMMITTEE}(?:\s+of\s+the\s+Board)?\s+is\s+(?:currently\s+)?`, 'i');

/** "The Chairman of the Audit Committee is Mr. A": the person right after "is". */
function inverted(ctx: SentenceContext): boolean {
  const m = INVERTED.exec(ctx.text);
  if (!m) return false;
  const committee = committeeName(m[2]);
  const at = m.index + m[0].length;
  const who = ctx.refs.find((r) => r.kind === 'person' && r.from >= at && HONORIFIC_GAP.test(ctx.text.slice(at, r.from)));
  if (!committee || !who) return false;
  ctx.emit('committee.inverted', 'committee_member', { person: who.name, organization: ctx.issuer!, committee, role: 'chairman', asOf: compositionAsOf(ctx) }, 0.85);
  return true;
}

const MEMBERS_LABEL = new RegExp(String.raw`\b(?:the\s+following|our|its|the\s+other)\s+${COMMITTEE}\s+members\s*(?::|,?\s+(?:namely|being)\b)`, 'i');

/** "to the following Operating Committee members: A, Co-President, and B, ...": each name a member. */
function membersLabel(ctx: SentenceContext): boolean {
  const m = MEMBERS_LABEL.exec(ctx.text);
  const committee = m ? committeeName(m[1]) : undefined;
  if (!m || !committee) return false;
  // Titles stand between the names here ("A, General Counsel, and B"): only recognised people count.
  const known = new Set(ctx.refs.filter((r) => r.kind === 'person').map((r) => r.name));
  emitMembers(ctx, 'committee.members-label', committee, peopleIn(ctx, m.index + m[0].length, ctx.text.length).filter((p) => known.has(p.name)), new Set());
  return true;
}

export function committeeRule(state: CommitteeState) {
  return (ctx: SentenceContext): void => {
    if (!ctx.issuer || !/committee|other\s+members/i.test(ctx.text)) return;
    const stated = comprises(ctx, state) || chairedBy(ctx, state) || membersLabel(ctx) || inverted(ctx);
    // Events ("has been appointed as a member of ...") are the event rules'; a state needs "is" or an apposition.
    if (!/\b(?:appoint|elect|resign|ceas|retir|re-?designat|step(?:ped|s)?\s+down|no\s+longer)/i.test(ctx.text)) copular(ctx, stated);
    // "The Committee" in the next sentences is the one this sentence names alone.
    const named = namedCommittees(ctx.text);
    if (named.size === 1) state.current = [...named][0];
    else if (named.size > 1) state.current = undefined;
  };
}

const DEFINED_COMMITTEE = /\b((?:[A-Z][\w’'&-]*,?\s+(?:(?:and|of|for|&)\s+)?){1,8}Committee)(?:\s+of\s+the\s+Board)?\s*\((?:the\s+)?[“"]([^”"]{2,60}?Committee)[”"]\)/g;

/** Short names a document defines for its committees: “Nominating Committee” for the Nominating and Management Development Committee. */
function definedCommittees(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(DEFINED_COMMITTEE)) {
    const full = committeeName(m[1]);
    if (full && full.toLowerCase() !== m[2].toLowerCase()) out.set(m[2].toLowerCase(), full);
  }
  return out;
}

/**
 * A document's committee facts made consistent: committees under the full name the document
 * defines a short one for; a member the same document appoints chairman of that committee is
 * its chairman; a chairman is not also listed as a member.
 */
export function reconcileCommittees<T extends { fact: FactBody }>(facts: T[], text = ''): T[] {
  const defined = /Committee\s*\((?:the\s+)?[“"]/.test(text) ? definedCommittees(text) : new Map<string, string>();
  for (const x of facts) {
    const full = typeof x.fact.committee === 'string' ? defined.get(x.fact.committee.toLowerCase()) : undefined;
    if (full) x.fact.committee = full;
  }
  const key = (f: FactBody) => `${String(f.person)}|${String(f.organization)}|${String(f.committee).toLowerCase()}`;
  const chairs = new Set(facts.filter((x) => x.fact.committee && x.fact.role === 'chairman' && (x.fact.type === 'committee_member' || x.fact.type === 'appointment')).map((x) => key(x.fact)));
  const kept: T[] = [];
  const seen = new Set<string>();
  for (const x of facts) {
    if (x.fact.type === 'committee_member' && chairs.has(key(x.fact))) {
      if (seen.has(key(x.fact))) continue;
      seen.add(key(x.fact));
      x.fact.role = 'chairman';
    }
    kept.push(x);
  }
  return kept;
}

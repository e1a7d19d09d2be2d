// "its subsidiary": the parent named by a possessive, the children listed after (or before) it.
//   subsidiary.its-subsidiary  "Y and its wholly owned subsidiary, X", "through its indirect
//                              wholly-owned subsidiary, X, the Company ...", "its finance
//                              subsidiaries, primarily X and Z"
//   subsidiary.possessive      "Y’s wholly-owned subsidiary X", "two of Y’s subsidiaries, namely X
//                              and Z", "X, the Company's wholly owned broker dealer subsidiary"
//   subsidiary.has-subsidiary  "Y has a wholly owned subsidiary, X", "Y established a wholly owned subsidiary X"
import type { Ref, SentenceContext } from '../context.ts';
import { AFTER_NAME, OWNERSHIP, notStated, orgAt, orgBefore, orgList, ownedPercent, subjectBefore } from './transactions-common.ts';

const WORD = String.raw`(?:(?!its\b|their\b|our\b|and\b|the\b|of\b|an?\b|in\b|by\b|to\b|for\b|with\b)[a-z]+(?:-[a-z]+)*\s+(?:(?:and|or)\s+)?)`;
const BEFORE = new RegExp(String.raw`(?:(\b(?:its|their|our))|([’']s)|())\s+(${OWNERSHIP})(${WORD}{0,3}?)$`);
/** "subsidiary", or "company" where ownership is stated ("its 85%-held company"). */
const SUBSIDIARY = /\b(?:subsidiar(?:y|ies)|compan(?:y|ies))\b(?!\s+of\b)/gi;
const LEAD = /^\s*,?\s*(?:namely|primarily|principally|including|being|i\.e\.)?,?\s*/;

/** Whom "its" stands for: "Y and its", else the sentence's subject, else the name after the list, else the issuer. */
function possessor(ctx: SentenceContext, at: number, listEnd: number): string | undefined {
  const adjacent = [...ctx.refs].reverse().find((r) => r.kind === 'organization' && r.to <= at && new RegExp(`^${AFTER_NAME}\\s*(?:,\\s*)?(?:and\\s+)?$`).test(ctx.text.slice(r.to, at)));
  if (adjacent) return adjacent.name;
  // Inside a parenthesis, "its" is the name the parenthesis follows ("the Group (through its ...)").
  const open = ctx.text.lastIndexOf('(', at);
  if (open >= 0 && ctx.text.indexOf(')', open) > at) {
    const before = [...ctx.refs].reverse().find((r) => r.kind === 'organization' && r.to <= open && /^\s*$/.test(ctx.text.slice(r.to, open)));
    return before?.name;
  }
  const subject = subjectBefore(ctx, at);
  if (subject) return subject.name;
  const after = ctx.refs.find((r) => r.kind === 'organization' && r.from >= listEnd);
  if (after && /^\s*,?\s*(?:the\s+)?$/i.test(ctx.text.slice(listEnd, after.from))) return after.name;
  return ctx.issuer ?? undefined;
}

export function subsidiaryIts(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(SUBSIDIARY)) {
    const head = ctx.text.slice(Math.max(0, m.index - 120), m.index);
    const b = BEFORE.exec(head);
    // A bare name before the noun with nothing between and no list after: "the Registrant’s GridWarden subsidiary".
    if (!b || (b[3] !== undefined && !b[4].trim() && !b[5].trim() && !/^\s*,/.test(ctx.text.slice(m.index + m[0].length)))) {
      namedBetween(ctx, m.index);
      continue;
    }
    const start = m.index - head.length + b.index; // where the possessive starts
    if (/^compan/i.test(m[0]) && !/\d\s?%|wholly/i.test(b[4])) continue;
    const after = m.index + m[0].length;
    const lead = LEAD.exec(ctx.text.slice(after))!;
    // "its subsidiaries, the VIEs, and ...": a list of parties, not of subsidiaries.
    if (/,/.test(lead[0]) && /^\s*the\s/i.test(ctx.text.slice(after + lead[0].length))) continue;
    const { refs: children, end } = orgList(ctx, after + lead[0].length);
    let parent: string | undefined;
    let rule = 'subsidiary.possessive';
    if (b[1]) {
      parent = possessor(ctx, start, end);
      rule = 'subsidiary.its-subsidiary';
    } else {
      // "TIH’s" or a name written straight before the words ("Hatteras Financial Corp wholly owned subsidiary").
      const owner: Ref | undefined = ctx.refs.find((r) => r.kind === 'organization' && r.to === start);
      if (!owner || (b[3] !== undefined && !b[4].trim() && !/^\s*,/.test(ctx.text.slice(after)))) continue;
      parent = owner.name;
    }
    if (!parent) continue;
    // "X, the Company's wholly owned broker dealer subsidiary": the child stands before.
    const kids = children.length ? children : b[2] !== undefined ? [appositionChild(ctx, start)].filter((x) => x !== undefined) : [];
    for (const child of kids) {
      if (child.name === parent) continue;
      ctx.emit(rule, 'subsidiary', { parent, child: child.name, percentage: ownedPercent(b[4]) });
    }
  }
}

/** The name an apposition "X, the Company's ... subsidiary" hangs on. */
function appositionChild(ctx: SentenceContext, possessiveStart: number): Ref | undefined {
  const owner = ctx.refs.find((r) => r.kind === 'organization' && r.to === possessiveStart);
  if (!owner) return undefined;
  const sep = /[,(]\s*$/.exec(ctx.text.slice(0, owner.from));
  if (!sep) return undefined;
  return orgBefore(ctx, sep.index);
}

/** "the Registrant’s OmniMetrix subsidiary", "its Acme subsidiary": the child named between owner and noun. */
function namedBetween(ctx: SentenceContext, at: number): void {
  const child = ctx.refs.find((r) => r.kind === 'organization' && r.to <= at && /^\s+$/.test(ctx.text.slice(r.to, at)));
  if (!child) return;
  const pos = /(?:\b(its|their|our)|[’']s)\s+$/.exec(ctx.text.slice(0, child.from));
  if (!pos) return;
  const parent = pos[1] ? possessor(ctx, pos.index, at) : ctx.refs.find((r) => r.kind === 'organization' && r.to === pos.index)?.name;
  if (parent && parent !== child.name) ctx.emit('subsidiary.possessive', 'subsidiary', { parent, child: child.name });
}

const HAS = new RegExp(String.raw`\b(?:has|have|had|established|formed|incorporated|set\s+up)\s+(?:a|an)\s+(${OWNERSHIP})(${WORD}{0,2}?)subsidiary\s*,?\s*(?:namely\s+|called\s+|named\s+)?`, 'gi');

/** "Y has a wholly owned subsidiary, X": the verb's subject owns the subsidiary named after the noun. */
export function subsidiaryHas(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(HAS)) {
    const parent = [...ctx.refs].reverse().find((r) => r.kind === 'organization' && r.to <= m!.index && new RegExp(`^${AFTER_NAME}\\s*(?:,\\s*)?(?:(?:also|has|have|had|recently|successfully)\\s+)*$`, 'i').test(ctx.text.slice(r.to, m!.index)));
    const child = orgAt(ctx, m.index + m[0].length, 0);
    if (!parent || !child || child.name === parent.name || notStated(ctx.text, parent.from, m.index + m[0].length)) continue;
    // The name closes the phrase: "X, which ...", "X (“X1”)", "X." — not "X Holdings' assets".
    if (!new RegExp(`^${AFTER_NAME}\\s*(?:[,.;)]|$|which\\b|that\\b)`).test(ctx.text.slice(child.to))) continue;
    ctx.emit('subsidiary.has-subsidiary', 'subsidiary', { parent: parent.name, child: child.name, percentage: ownedPercent(m[1]) });
  }
}

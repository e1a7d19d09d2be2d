// "subsidiary of": the child named before or after the phrase.
//   subsidiary.apposition   "X (“X1”), a wholly-owned subsidiary of Y", "X (a 55%-owned subsidiary of Y)"
//   subsidiary.copular      "X is an indirect subsidiary of Y", "X and Z have become subsidiaries of the Group"
//   subsidiary.named-after  "a wholly-owned subsidiary of the Company, X, pledged ..."
//   subsidiary.member-of    "X, a member of the Roche Group"
import type { Ref, SentenceContext } from '../context.ts';
import { AFTER_NAME, OWNERSHIP, notStated, orgAt, orgBefore, orgListBefore, ownedPercent } from './transactions-common.ts';

const KIND = String.raw`(${OWNERSHIP})((?:[a-z]+\s+){0,2}?)subsidiar(y|ies)\s+of\s+`;
const APPOSITION = new RegExp(String.raw`(,|\()\s*(?:both\s+|each\s+|all\s+)?(?:being\s+|which\s+(?:is|are|was|were)\s+|now\s+|currently\s+)?(?:(?:an?|the|one\s+of\s+the|two\s+of\s+the|its|our)\s+)?${KIND}`, 'gi');
const COPULAR = new RegExp(
  String.raw`\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been|became|become|becomes|has\s+become|have\s+become|had\s+become|has\s+thus\s+become|have\s+thus\s+become|remains|remained|(?:is|was|are|were)\s+deemed\s+(?:as|to\s+be))\s+(?:an?\s+|the\s+)?${KIND}`,
  'gi',
);
const NAMED_AFTER = new RegExp(String.raw`\b(?:an?|the)\s+${KIND}`, 'gi');
const MEMBER = /(,|\()\s*(?:an?|the)\s+member\s+of\s+/gi;

export function subsidiaryApposition(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(APPOSITION)) {
    const parent = orgAt(ctx, m.index + m[0].length);
    if (!parent) continue;
    const children = m[4].toLowerCase() === 'ies' || /^(?:both|each|all)\b/i.test(ctx.text.slice(m.index + 1).trim()) ? orgListBefore(ctx, m.index) : [orgBefore(ctx, m.index) ?? inDefinition(ctx, m.index)].filter((x) => x !== undefined);
    // "X, a direct subsidiary of A and an indirect subsidiary of B": each parent its own fact.
    const parents: Array<[Ref, string]> = [[parent, m[2]]];
    const more = new RegExp(`^${AFTER_NAME}\\s*,?\\s+and\\s+(?:an?|the)\\s+${KIND}`, 'i').exec(ctx.text.slice(parent.to));
    const second = more ? orgAt(ctx, parent.to + more[0].length) : undefined;
    if (more && second) parents.push([second, more[1]]);
    for (const [p, owned] of parents) {
      for (const child of children) {
        if (child.name === p.name) continue;
        ctx.emit('subsidiary.apposition', 'subsidiary', { parent: p.name, child: child.name, percentage: ownedPercent(owned) });
      }
    }
  }
}

/** "X (“X1”, a subsidiary of Y)": the apposition shares the parenthesis of X's definition. */
function inDefinition(ctx: SentenceContext, at: number): Ref | undefined {
  return [...ctx.refs].reverse().find((r) => r.kind === 'organization' && r.to <= at && /^\s*\(\s*(?:the\s+)?[“"][^”"()]{1,60}[”"]\s*$/.test(ctx.text.slice(r.to, at)));
}

export function subsidiaryCopular(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(COPULAR)) {
    const parent = orgAt(ctx, m.index + m[0].length);
    if (!parent) continue;
    const children = orgListBefore(ctx, m.index);
    if (children.length === 0 || notStated(ctx.text, children[0].from, m.index + m[0].length)) continue;
    for (const child of children) {
      if (child.name === parent.name) continue;
      ctx.emit('subsidiary.copular', 'subsidiary', { parent: parent.name, child: child.name, percentage: ownedPercent(m[1]) });
    }
  }
}

export function subsidiaryNamedAfter(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(NAMED_AFTER)) {
    if (/[,(]\s*$/.test(ctx.text.slice(0, m.index))) continue; // an apposition to a name before it
    const parent = orgAt(ctx, m.index + m[0].length);
    if (!parent) continue;
    const tail = new RegExp(`^${AFTER_NAME},\\s+(?:namely\\s+)?$`);
    const child = ctx.refs.find((r) => r.kind === 'organization' && r.from > parent.to && tail.test(ctx.text.slice(parent.to, r.from)));
    if (!child || child.name === parent.name) continue;
    // An apposition closes: "X, pledged" / "X)" / the end.
    if (!new RegExp(`^${AFTER_NAME}\\s*(?:[,;.)]|$)`).test(ctx.text.slice(child.to))) continue;
    ctx.emit('subsidiary.named-after', 'subsidiary', { parent: parent.name, child: child.name, percentage: ownedPercent(m[1]) });
  }
}

export function subsidiaryMemberOf(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(MEMBER)) {
    const parent = orgAt(ctx, m.index + m[0].length);
    // Only a group has members that are companies: "a member of the Board" names nobody's parent.
    if (!parent || !/\bGroup$/i.test(parent.surface)) continue;
    const child = orgBefore(ctx, m.index);
    if (!child || child.name === parent.name) continue;
    ctx.emit('subsidiary.member-of', 'subsidiary', { parent: parent.name, child: child.name }, 0.7);
  }
}

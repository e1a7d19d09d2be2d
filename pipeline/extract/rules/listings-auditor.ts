// Auditors of the issuer: a firm named in the role of its auditors or accountants.
//   auditor.role-apposition  "its independent registered public accounting firm, Simon & Edward, LLP",
//                            "X, an independent registered public accounting firm", "the Group's auditors, EY"
//   auditor.as-auditor       "engaged KPMG as its external auditors", "ratified the selection of X as the
//                            Company’s independent registered public accounting firm", "the re-appointment of X as auditor"
//   auditor.audited-by       "have been audited by Ernst & Young LLP, independent auditors"
//   auditor.firm-is          "The new principal independent accounting firm is X", "The former auditing firm, X"
import type { Ref, SentenceContext } from '../context.ts';
import { AUDITORS } from '../lexicon.ts';
import { AFTER_NAME } from './transactions-common.ts';

const ROLE = String.raw`(?:(?:existing|new|former|initial|previous|predecessor|outgoing|retiring|incumbent|principal|current|continuing|sole)\s+)*(?:independent\s+)?(?:(?:registered\s+)?(?:public\s+)?(?:accounting\s+firm|accountants?)|(?:external\s+|statutory\s+|independent\s+)?auditors?|auditing\s+firm|certifying\s+accountants?|certified\s+public\s+accountants?)`;
const OWNER = String.raw`(?:(?:an?|the|its|our|their|the\s+(?:Company|Group|Registrant)[’']s|[A-Z][\w&.,' -]{0,60}?[’']s)\s+)`;
const ROLE_BEFORE = new RegExp(String.raw`\b${OWNER}${ROLE}\s*,\s*(?:namely\s+)?$`, 'i');
const ROLE_AFTER = new RegExp(String.raw`^${AFTER_NAME}\s*[,–—-]\s*${OWNER}?${ROLE}\b`, 'i');
const AS_ROLE = new RegExp(String.raw`^${AFTER_NAME}\s*,?\s*(?:(?:to\s+)?(?:be\s+|serve\s+)?)?(?:(?:re-?)?appointed\s+)?as\s+${OWNER}?${ROLE}\b`, 'i');
const APPOINTED_AS = new RegExp(String.raw`^${AFTER_NAME}\s*,?\s*(?:[^.;]{0,60}?\b)?(?:be|was|were|has\s+been|have\s+been|is)\s+(?:re-?)?(?:appointed|engaged|retained|selected)\s+(?:[^.;]{0,40}?\s)?as\s+${OWNER}?${ROLE}\b`, 'i');
const AUDITED_BY = /\baudited\s+by\s+$/i;
const FIRM_IS = new RegExp(String.raw`\b(?:The|the)\s+${ROLE}\s+(?:is|was|will\s+be)\s+$`, 'i');
const NEGATED = /\b(?:not|no|never)\b/i;

function isFirm(r: Ref): boolean {
  return r.kind === 'organization' && (AUDITORS.some((a) => r.name.toLowerCase().startsWith(a.toLowerCase())) || /\b(?:LLP|L\.L\.P\.|P\.C\.|LLC|Inc\.|Limited|CPA|Associates)(?![A-Za-z])|\s&\s+Co(?:\.|mpany\b)/i.test(r.name) || /^[A-Z]{2,5}$/.test(r.surface));
}

export function auditor(ctx: SentenceContext): void {
  if (!ctx.issuer || !/\b(?:audit|accountant|accounting\s+firm)/i.test(ctx.text)) return;
  for (const r of ctx.refs) {
    if (!isFirm(r) || r.name === ctx.issuer) continue;
    const before = ctx.text.slice(Math.max(0, r.from - 160), r.from);
    const after = ctx.text.slice(r.to, r.to + 200);
    let rule: string | undefined;
    if (ROLE_BEFORE.test(before) || ROLE_AFTER.test(after)) rule = 'auditor.role-apposition';
    else if (AS_ROLE.test(after) || APPOINTED_AS.test(after) || /\b(?:engaged|appointed|re-?appointed|retained|selected|selection\s+of|appointment\s+of|re-?appointment\s+of|engagement\s+of)\s+(?:the\s+firm\s+of\s+)?$/i.test(before) && AS_ROLE.test(after)) rule = 'auditor.as-auditor';
    else if (AUDITED_BY.test(before)) rule = 'auditor.audited-by';
    else if (FIRM_IS.test(before)) rule = 'auditor.firm-is';
    if (!rule) continue;
    // "appointed X, Certified Public Accountants, as a liquidator": the firm in another office.
    if (/^[^.;]{0,80}?\bas\s+(?:an?\s+|the\s+|joint\s+)*(?:liquidators?|receivers?|administrators?|trustees?|valuers?|advisers?|advisors?|consultants?|reporting\s+accountants?)\b/i.test(after)) continue;
    // "X has not audited ...", "no disagreements with X".
    if (NEGATED.test(ctx.text.slice(r.to, r.to + 20)) || /\b(?:not|no)\s+(?:\w+\s+){0,3}$/i.test(ctx.text.slice(Math.max(0, r.from - 30), r.from))) continue;
    ctx.registry.entity('organization', r.name, 'Auditor');
    ctx.emit(rule, 'auditor', { organization: ctx.issuer, auditor: r.name }, 0.85);
  }
}

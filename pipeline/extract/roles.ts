// Role phrases to the spec's roles: "a member of the nomination committee of the Board"
// is {role: member, committee: Nomination Committee}; "independent non-executive
// Directors" is {role: independent non-executive director}.
import { COMMITTEE_NAMES, ROLES } from './lexicon.ts';

export interface RoleRef {
  role: string;
  committee?: string;
  /** Text of the organisation the phrase names ("of Xiaomi Corporation"), when not the issuer's board. */
  of?: string;
}

const COMMITTEE_RE = new RegExp(`\\b((?:${COMMITTEE_NAMES.map((c) => c.replace(/[,]/g, ',?')).join('|')})\\s+Committee)\\b`, 'i');

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && /^(and|of|the)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export function committeeName(text: string): string | undefined {
  const m = COMMITTEE_RE.exec(text);
  return m ? titleCase(m[1].replace(/\s+/g, ' ')) : undefined;
}

/** One role phrase (no lists). */
export function parseRole(phrase: string): RoleRef | undefined {
  let p = phrase
    .trim()
    .replace(/^(?:the|a|an|as|its|our|his|her)\s+/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+/g, ' ');
  const committeeRole = /^(chairman|chairwoman|chair|chairperson|member)s?\s+of\s+(?:the\s+)?(.+)$/i.exec(p);
  if (committeeRole) {
    const committee = committeeName(committeeRole[2]);
    if (committee) return { role: /^member/i.test(committeeRole[1]) ? 'member' : 'chairman', committee };
  }
  // "Chief Financial Officer of the Company", "director of Home Depot Corporation".
  const ofm = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/i.exec(p);
  const of = ofm && !/^(?:board|company|group|registrant|directors)\b/i.test(ofm[2].trim()) ? ofm[2].trim() : undefined;
  const lower = p.toLowerCase();
  for (const [phraseText, role] of ROLES) {
    const m = new RegExp(`^${phraseText.replace(/-/g, '[- ]')}s?\\b`, 'i').exec(lower);
    if (!m) continue;
    const rest = lower.slice(m[0].length).trim();
    // The phrase must be the whole role, or be followed by "of ...".
    if (rest && !/^of\b/.test(rest)) continue;
    return { role, of };
  }
  return undefined;
}

/** A list of roles: "a non-executive Director, a member of the Nomination Committee and a member of the Compensation Committee". */
export function parseRoleList(text: string): RoleRef[] {
  const out: RoleRef[] = [];
  // Committee names may contain "and" (Audit and Risk Committee): keep them whole while splitting.
  const protectedText = text.replace(new RegExp(COMMITTEE_RE.source, 'gi'), (m) => m.replace(/ and /gi, ' \u0001 ').replace(/,/g, '\u0002'));
  const parts = protectedText
    .replace(/\((?:the\s+)?[“"][^”"]*[”"]\)/g, '')
    .split(/\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+(?:as\s+)?|\s+as well as\s+|\s*;\s*/i);
  for (const part of parts) {
    if (!part.trim()) continue;
    const r = parseRole(part.replace(/ \u0001 /g, ' and ').replace(/\u0002/g, ','));
    if (r && !out.some((o) => o.role === r.role && o.committee === r.committee)) out.push(r);
  }
  return out;
}

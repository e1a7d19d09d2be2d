// Role phrases to the spec's roles: "a member of the nomination committee of the Board"
// is {role: member, committee: Nomination Committee}; "independent non-executive
// Directors" is {role: independent non-executive director}; "the chairman of the
// remuneration committee and a member of each of the audit committee and the nomination
// committee" is three roles.
import { COMMITTEE_ACRONYMS, COMMITTEE_NAMES, NOT_COMMITTEES, OFFICER_TITLE, ROLES } from './lexicon.ts';

export interface RoleRef {
  role: string;
  committee?: string;
  /** Text of the organisation the phrase names ("of Xiaomi Corporation"), when not the issuer's board. */
  of?: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN = COMMITTEE_NAMES.slice()
  .sort((a, b) => b.length - a.length)
  .map((c) => esc(c).replace(/,/g, ',?').replace(/\s+/g, '\\s+'))
  .join('|');
/** A word of a committee's name written in capitals; role words and articles never are. */
const CAP_WORD = `(?!(?:Chairman|Chairwoman|Chairperson|Chair|Members?|Directors?|Officers?|President|The|A|An|Each|Both|Our|Its|Board|Company)\\b)[A-Z][\\w’'&-]*`;
/** A committee's name: one the lexicon knows (any case), or capitalised words before "Committee". */
const KNOWN_SRC = `(?:${KNOWN})\\s+Committee`;
const CAP_SRC = `(?:${CAP_WORD}|\\(?[A-Z]{2,}\\)?)(?:,?\\s+(?:(?:and|of|for|&)\\s+)?${CAP_WORD})*\\s+Committee`;
const KNOWN_RE = new RegExp(`\\b(${KNOWN_SRC})\\b`, 'i');
const CAP_RE = new RegExp(`\\b(${CAP_SRC})\\b`);
/** "the audit, remuneration and nomination committees": names sharing one plural head. */
const SHARED_HEAD = new RegExp(`\\b(?:the\\s+)?((?:${KNOWN})(?:\\s*,\\s*(?:the\\s+)?(?:${KNOWN}))*\\s*,?\\s+(?:and|&)\\s+(?:the\\s+)?(?:${KNOWN}))\\s+Committees\\b`, 'gi');
/** "(chairman|member) of (each of) the X Committee, the Y Committee and the Z Committee". */
const COMMITTEE_LIST = new RegExp(
  `\\b(chairman|chairwoman|chairperson|chair|members?)\\s+of\\s+(?:each\\s+of\\s+|both\\s+|all\\s+of\\s+)?((?:the\\s+)?(?:${KNOWN})\\s+Committee(?:\\s+of\\s+the\\s+Board)?(?:\\s*(?:,|,?\\s+and|,?\\s+&)\\s+(?:the\\s+)?(?:${KNOWN})\\s+Committee(?:\\s+of\\s+the\\s+Board)?)+)`,
  'gi',
);

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w, i) => {
      const bare = w.replace(/[^A-Za-z]/g, '');
      if (COMMITTEE_ACRONYMS.has(bare.toUpperCase()) && (w === w.toUpperCase() || bare.length <= 3)) return w.toUpperCase();
      const lower = w.toLowerCase();
      return i > 0 && /^(and|of|the|for)$/.test(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/** The committee a text names: "the nomination committee of the Board" -> "Nomination Committee". */
export function committeeName(text: string): string | undefined {
  const m = CAP_RE.exec(text) ?? KNOWN_RE.exec(text);
  if (!m) return undefined;
  let name = m[1].replace(/\s+/g, ' ').replace(/^(?:The|Our|Its|Each|Both)\s+/, '');
  // Capitalised words before a known name are not part of it ("Board Audit Committee" stays; "Mr Audit" cannot happen).
  if (/^(?:Board|Company|Group)$/i.test(name.replace(/\s+Committee$/i, ''))) return undefined;
  if (NOT_COMMITTEES.test(name)) return undefined;
  const words = name.split(' ');
  if (words.length > 9) return undefined;
  // Written in capitals in the text: keep it as written; otherwise title case.
  // Written in capitals throughout (a heading): title case, acronyms kept.
  if (!/[a-z]/.test(name)) return titleCase(name);
  return /^[A-Z(]/.test(name) && words.every((w) => /^(?:and|of|for|&)$/.test(w) || /^[A-Z(]/.test(w)) ? name : titleCase(name);
}

const ROLE_PATTERNS: Array<[RegExp, string]> = ROLES.slice()
  .sort((a, b) => b[0].length - a[0].length)
  .map(([phrase, role]) => [new RegExp(`^${esc(phrase).replace(/[- ]/g, '[- ]?')}s?\\b`, 'i'), role]);

const ARTICLES = /^(?:(?:the|a|an|as|its|our|his|her|their|sole|new|then|current|also|each|both)\s+|(?:the\s+)?(?:company|group|registrant|firm|bank)['’]s\s+)+/i;

/** One role phrase (no lists). */
export function parseRole(phrase: string): RoleRef | undefined {
  const p = phrase.trim().replace(/\s+/g, ' ').replace(ARTICLES, '').replace(/[.,:;]+$/, '');
  if (!p) return undefined;
  const committeeRole = /^(chairman|chairwoman|chair|chairperson|members?)\s+of\s+(?:the\s+)?(.+)$/i.exec(p);
  if (committeeRole && /committee/i.test(committeeRole[2])) {
    const committee = committeeName(committeeRole[2]);
    if (!committee) return undefined;
    const after = committeeRole[2].slice(committeeRole[2].toLowerCase().indexOf('committee') + 9);
    const of = /^\s+of\s+(?:the\s+)?(.+)$/i.exec(after)?.[1];
    return { role: /^member/i.test(committeeRole[1]) ? 'member' : 'chairman', committee, of: of && !/^(?:board|company|directors)\b/i.test(of) ? of.trim() : undefined };
  }
  // "Chief Financial Officer of the Company", "director of Home Depot Corporation".
  const ofm = /^(.*?)\s+(?:of|at|with)\s+(?:the\s+)?(.+)$/i.exec(p);
  const of = ofm && !/^(?:board|company|group|registrant|directors|firm|bank)\b/i.test(ofm[2].trim()) ? ofm[2].trim() : undefined;
  for (const [re, role] of ROLE_PATTERNS) {
    const m = re.exec(p);
    if (!m) continue;
    const rest = p.slice(m[0].length).trim();
    // The phrase must be the whole role, or be followed by "of ...".
    if (rest && !/^(?:of|at|with)\b/i.test(rest)) continue;
    return { role, of };
  }
  const officer = OFFICER_TITLE.exec(p.toLowerCase());
  if (officer) {
    const rest = p.slice(officer[0].length).trim();
    if (!rest || /^(?:of|at|with)\b/i.test(rest)) return { role: officer[0].replace(/\s+/g, ' '), of };
    // "Executive Vice President, Global Supply Chain" is split before it gets here; "Vice President Finance" is not a role we can name.
  }
  return undefined;
}

/** Stand-in characters that keep committee names and their lists whole while a list of roles is split. */
const AND = '\u0001';
const COMMA = '\u0002';

/** A list of roles: "a non-executive Director, a member of the Nomination Committee and a member of the Compensation Committee". */
export function parseRoleList(text: string): RoleRef[] {
  const out: RoleRef[] = [];
  const add = (r: RoleRef | undefined) => {
    if (r && !out.some((o) => o.role === r.role && o.committee === r.committee)) out.push(r);
  };
  const groups: RoleRef[][] = [];
  let t = text.replace(/\((?:the\s+)?[“"][^”"]*[”"]\)/g, '').replace(/\((?:collectively\s+)?(?:the\s+)?“[^”]*”\)/g, '');
  // "member of each of the Audit Committee and the Nomination Committee": one role, several committees.
  t = t.replace(COMMITTEE_LIST, (_m, role: string, list: string) => {
    const role0 = /^member/i.test(role) ? 'member' : 'chairman';
    const names = [...list.matchAll(new RegExp(KNOWN_SRC, 'gi'))].map((x) => committeeName(x[0])).filter((x): x is string => !!x);
    groups.push(names.map((committee) => ({ role: role0, committee })));
    return `${AND}g${groups.length - 1}${AND}`;
  });
  // "a member of the audit, remuneration and nomination committees".
  t = t.replace(SHARED_HEAD, (_m, list: string) => list.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i).map((x) => `${x.replace(/^the\s+/i, '')} Committee`).join(', '));
  // Committee names may contain "and" or a comma (Audit and Risk Committee): keep them whole while splitting.
  const protect = (m: string) => m.replace(/ and /gi, ` ${AND} `).replace(/,/g, COMMA);
  t = t.replace(new RegExp(KNOWN_RE.source, 'gi'), protect).replace(new RegExp(CAP_RE.source, 'g'), protect);
  const parts = t.split(/\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+(?:as\s+)?|\s+as well as\s+|\s*;\s*/i);
  let lastCommitteeRole: RoleRef | undefined;
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    const g = new RegExp(`^${AND}g(\\d+)${AND}$`).exec(part.replace(/^(?:a|an|the)\s+/i, '')) ?? new RegExp(`${AND}g(\\d+)${AND}`).exec(part);
    if (g) {
      for (const r of groups[Number(g[1])]) add(r);
      continue;
    }
    const restored = part.replace(new RegExp(` ${AND} `, 'g'), ' and ').replace(new RegExp(` ?${COMMA} ?`, 'g'), (x) => (x.trim() === COMMA && x.startsWith(' ') ? ', ' : ','));
    let r = parseRole(restored);
    // "the chairman of the Audit Committee, the Nomination Committee": a bare committee after a committee role shares it.
    if (!r && lastCommitteeRole && /^(?:the\s+)?[\w ,&’'-]*committee$/i.test(restored)) {
      const committee = committeeName(restored);
      if (committee) r = { role: lastCommitteeRole.role, committee };
    }
    if (r?.committee) lastCommitteeRole = r;
    add(r);
  }
  return out;
}

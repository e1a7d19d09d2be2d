// Organisations named without a legal form ("Arch Therapeutics", "OmniMetrix", "Guangzhou
// Feidong"), found from what surrounds them: a cue before the name that only an organisation
// can follow ("joined X", "director of X", "a subsidiary of X", "its wholly-owned subsidiary,
// X", "acquired X") or after it ("X's board", "X and its subsidiaries", "X (Stock Code: 1234)",
// "X (NYSE: ABC)", "X (the “Purchaser”)", "X, a Delaware corporation").
import { GENERIC_NAME_WORDS, NAME_OPENERS, ORG_FUNCTION_WORDS, ORG_HEAD_WORDS, ORG_THING_WORDS, PLACE_WORDS } from '../lexicon.ts';
import { GENERIC, NAME_CONNECT, NAME_PAREN, NAME_WORD, SEP } from './organizations.ts';
import type { NameMention } from './types.ts';
import { HONORIFIC_ALT } from '../lexicon/people.ts';

/** A capitalised run: the words a name without a legal form is made of. */
const RUN = `(?:${NAME_WORD})(?:${SEP}(?:${NAME_WORD}|${NAME_PAREN}|${NAME_CONNECT}(?=${SEP}(?:${NAME_WORD}|${NAME_PAREN}))))*`;

/** Cues that only an organisation follows. */
const BEFORE = new RegExp(
  [
    '\\bjoin(?:ed|ing|s)?',
    '\\b(?:director|directors|officer|president|chairman|chairwoman|chair|founder|co-founder|partner|employee|board of directors|supervisory board|board|CEO|CFO|COO|CTO)\\s+(?:of|at)',
    '\\b(?:an?\\s+|the\\s+|its\\s+)?(?:(?:direct|indirect|principal|major|flagship|operating|wholly[- ]owned|non-wholly[- ]owned|majority[- ]owned|\\d{1,3}(?:\\.\\d+)?%[- ]owned),?\\s+){0,3}subsidiar(?:y|ies)\\s+of(?:\\s+the)?',
    '(?:\\b(?:its|our|their)|[A-Za-z][\\w&.-]*[’\']s)\\s+(?:(?:direct|indirect|principal|major|flagship|operating|wholly[- ]owned|non-wholly[- ]owned|majority[- ]owned|\\d{1,3}(?:\\.\\d+)?%[- ]owned|consolidated|newly[- ]formed|[a-z]+),?\\s+){0,3}subsidiar(?:y|ies),?(?:\\s+namely)?',
    '\\bacquired|\\bacquisition\\s+of|\\bmerger\\s+(?:with|of)|\\bmerged\\s+with|\\bspin-?off\\s+of|\\bspun\\s+off|\\binvestment\\s+in|\\bstake\\s+in',
    '\\b(?:equity\\s+interests?|issued\\s+share\\s+capital|registered\\s+capital|shares)\\s+(?:in|of)',
    '\\b(?:member|members)\\s+of\\s+the',
  ]
    .map((c) => `(?:${c})\\s+`)
    .join('|'),
  'gi',
);

/** Cues after a name that make it an organisation's. */
/** Parties that may be people too: the run must carry an organisation's head word ("Tellus Mining"). */
const PARTY_AFTER = /^\s*\((?:the\s+|a\s+)?[“"](?:Purchaser|Vendor|Seller|Buyer|Transferor|Transferee|Subscriber|Guarantor|Lender|Borrower|Placee)[”"]/;

const AFTER = new RegExp(
  [
    "^[’']s\\s+(?:board|wholly|indirect|direct|subsidiar|shares|common\\s+stock|stock|shareholders|stockholders|chief|management)",
    '^\\s+and\\s+(?:its|their)\\s+(?:[a-z-]+\\s+){0,2}subsidiar',
    '^\\s*\\((?:[A-Za-z ]*?)?(?:Stock\\s+Code|stock\\s+code|NYSE|Nasdaq|NASDAQ|HKEx|HKEX|SEHK|SZSE|SSE|TSX|LSE)\\s*[:：]',
    '^\\s*\\((?:the\\s+|a\\s+)?[“"](?:Target|Target Company|Issuer|Offeror|Placing Agent|Underwriter|JV Company|Joint Venture Company)[”"]',
    // "X (“Short”), a wholly-owned subsidiary of Y", "X is an indirect subsidiary of Y", "X, a member of the Roche Group".
    '^\\s*(?:\\([^()]{0,60}\\)\\s*)?[,(]\\s*(?:being\\s+|which\\s+is\\s+|now\\s+)?(?:an?|the|its|our)\\s+(?:[\\w%-]+,?\\s+){0,4}(?:subsidiar(?:y|ies)|member\\s+of\\s+the)\\b',
    '^\\s+(?:is|was|became|has\\s+become|have\\s+become|had\\s+become|remains)\\s+(?:an?\\s+|the\\s+)?(?:[\\w%-]+,?\\s+){0,3}subsidiar',
    // "the Registrant’s OmniMetrix subsidiary"
    '^\\s+subsidiary\\b(?!\\s+of)',
    // "Heartland acquired Founders Bancorp": the subject of a completed acquisition.
    '^\\s+(?:has\\s+|had\\s+)?(?:acquired|completed\\s+(?:the|its)\\s+acquisition\\s+of)\\s+(?:all\\s+|substantially\\s+all\\s+|the\\s+|a\\s+|an\\s+|\\d)?[A-Za-z]',
    '^,\\s+an?\\s+(?:[A-Z][a-z]+\\s+){1,2}(?:corporation|limited\\s+liability\\s+company|limited\\s+partnership|company|statutory\\s+trust)\\b',
    '^,\\s+a\\s+company\\s+(?:incorporated|established|organi[sz]ed)\\s+(?:in|under)',
  ].join('|'),
);

const OPENERS = new Set(NAME_OPENERS.map((w) => w.toLowerCase()));
const NOT_NAME = new Set([...GENERIC_NAME_WORDS, ...ORG_FUNCTION_WORDS, ...ORG_THING_WORDS, ...PLACE_WORDS].map((w) => w.toLowerCase()));
const THINGS = new Set(ORG_THING_WORDS.map((w) => w.toLowerCase()));
const HEADS = new RegExp(`\\b(?:${ORG_HEAD_WORDS.join('|')})\\b`);
const HONORIFIC_BEFORE = new RegExp(String.raw`\b(?:${HONORIFIC_ALT})\.?\s+$`);
const HONORIFIC_WORD = new RegExp(String.raw`\b(?:${HONORIFIC_ALT})\b`);

interface Span {
  from: number;
  to: number;
}

/** The run as a name: openers and a trailing possessive off; null when no name is left. */
function clean(text: string, from: number, to: number): Span | null {
  let s = text.slice(from, to);
  for (;;) {
    const m = /^(\S+)\s+/.exec(s);
    if (!m || !OPENERS.has(m[1].toLowerCase()) && !/^(?:The|THE)$/.test(m[1])) break;
    from += m[0].length;
    s = s.slice(m[0].length);
  }
  // "Registrant’s GridWarden": the name after a possessive inside the run.
  const inner = /^.*[’']s\s+(?=\S)/.exec(s);
  if (inner) {
    from += inner[0].length;
    s = s.slice(inner[0].length);
  }
  // A run ends where an opener or a date starts inside it: "Eternal Charm On 5 December", "X Pursuant to".
  const stop = /\s(?:On|In|As|At|By|For|From|To|Pursuant|Upon|Following|During|Since|After|Before|Under|With|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2}|\(Continued\)|(?:for|and|of)\s+(?:RMB|HKD|USD|HK\$|US\$))(?![A-Za-z])/.exec(s);
  if (stop) {
    to = from + stop.index;
    s = s.slice(0, stop.index);
  }
  const poss = /[’']s$/.exec(s);
  if (poss) {
    to -= poss[0].length;
    s = s.slice(0, -poss[0].length);
  }
  // "Company and Mr", "Group Chairman": a party noun or an honorific makes no name.
  if (/^(?:Company|Group|Board|Directors?|Registrant|Issuer)\b/.test(s) || HONORIFIC_WORD.test(s)) return null;
  // At most six words: longer capitalised runs are headings or lists.
  const words = s.split(/\s+/).filter((w) => !/^(?:of|and|&|the|for|de|la|du|van|von|der|del)$/i.test(w));
  if (words.length === 0 || words.length > 6) return null;
  if (GENERIC.test(s)) return null;
  // A description or a department rather than a name: "Finance", "Asia Pacific", "Sale Shares".
  if (words.every((w) => NOT_NAME.has(w.toLowerCase().replace(/[,.]$/, '')))) return null;
  if (THINGS.has(words[words.length - 1].toLowerCase())) return null;
  if (/^\d/.test(s) && !/[A-Za-z]/.test(words[0])) return null;
  // Product and drug codes ("TRX100") are not companies.
  if (words.length === 1 && /^[A-Z]+-?\d+[A-Z]?$/.test(words[0])) return null;
  if (s.length < 2) return null;
  return { from, to };
}

/**
 * Names without a legal form in `text`, where the context says they are organisations.
 * `taken` holds the spans other passes explained (names with legal forms, people).
 */
export function findContextOrganizations(text: string, taken: Span[]): NameMention[] {
  const out: NameMention[] = [];
  const free = (s: Span) => !taken.some((t) => s.from < t.to && s.to > t.from) && !out.some((t) => s.from < t.to && s.to > t.from);
  const push = (s: Span | null) => {
    if (!s) return;
    // "Xuzhou Mengmu and Shanghai Kejian": two names of two words or more each are two parties.
    const two = /^((?:\S+\s+)+\S+)\s+(?:and|&)\s+(\S+(?:\s+\S+)+)$/.exec(text.slice(s.from, s.to));
    if (two && !/[,]/.test(two[0])) {
      const second = s.to - two[2].length;
      push({ from: s.from, to: s.from + two[1].length });
      push({ from: second, to: s.to });
      return;
    }
    if (!free(s)) return;
    if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, s.from - 12), s.from))) return;
    const raw = text.slice(s.from, s.to);
    out.push({ from: s.from, to: s.to, name: raw.replace(/\s+/g, ' '), kind: 'organization', label: 'Company' });
  };
  const run = new RegExp(RUN, 'y');
  BEFORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BEFORE.exec(text))) {
    run.lastIndex = m.index + m[0].length;
    const r = run.exec(text);
    if (r) push(clean(text, r.index, r.index + r[0].length));
  }
  const runs = new RegExp(`(?<![A-Za-z0-9&'’.\\-])${RUN}`, 'g');
  while ((m = runs.exec(text))) {
    // A possessive is read as part of the last word: look at the cue from the apostrophe.
    const end = m.index + m[0].length - (/[’']s$/.exec(m[0])?.[0].length ?? 0);
    const after = text.slice(end, end + 120);
    if (AFTER.test(after) || (PARTY_AFTER.test(after) && HEADS.test(m[0]))) push(clean(text, m.index, end));
  }
  return out.sort((a, b) => a.from - b.from);
}

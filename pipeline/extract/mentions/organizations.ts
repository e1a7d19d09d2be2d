// Organisations in plain text: names closed by a legal form ("Kingsoft Corporation Limited",
// "1-800-FLOWERS.COM, Inc.", "The Buckle, Inc.", "CHINA OCEAN INDUSTRY GROUP LIMITED"),
// institutions (University of X) and government bodies (Department of X). Names without a
// legal form come from their context (org-context.ts). A name never spans a line break, except
// before its legal form, and never takes in a sentence opener, a month, a title or an exchange.
import { EXCHANGES, GENERIC_NAME_WORDS, GOVERNMENT_HEADS, INSTITUTION_HEADS, LEGAL_FORMS_CLOSING, NAME_OPENERS, ORG_HEAD_WORDS, legalFormsSource } from '../lexicon.ts';
import type { NameMention } from './types.ts';
import { cleanName } from '../../text/clean.ts';

/** Horizontal white space: names do not run across lines. */
export const SEP = '[ \\t\\u00a0]+';
/**
 * A word of a name: a capitalised word (JPMorgan, C&C, O'Neil, FLOWERS.COM), a word opening with
 * digits (3M, 1-800-FLOWERS.COM), initials (H.K.), or a short number before a capitalised word (180 Degree).
 */
export const NAME_WORD =
  "(?:[A-Z][A-Za-z0-9'’&\\-]*(?:\\.(?:com|COM|net|NET))?|\\d[\\d\\-]*[A-Za-z](?:[A-Za-z0-9.\\-]*[A-Za-z0-9])?|(?:[A-Z]\\.){2,}|\\d{1,3}(?=[ \\t][A-Z]))";
/** A parenthesis inside a name: (Shenzhen), (Hong Kong), (1933), (H.K.). */
export const NAME_PAREN = "\\((?:[A-Z][A-Za-z.&'’\\-]*(?:[ \\t][A-Z][A-Za-z.&'’\\-]*){0,3}|\\d{4})\\)";
export const NAME_CONNECT = '(?:of|OF|and|AND|&|the|THE|for|FOR|de|la|du|van|von|der|del)';

const CLOSING = legalFormsSource(LEGAL_FORMS_CLOSING);
const ANY_FORM = legalFormsSource();
const SUFFIX = `(?:,?(?:${SEP}|[ \\t]*\\n[ \\t]*)(?:${ANY_FORM}))+`;
const ORG_RE = new RegExp(
  `(?<![A-Za-z0-9&'’.\\-])${NAME_WORD}(?:(?:${SEP}|(?<=&)[ \\t]*\\n[ \\t]*)(?:${NAME_WORD}|${NAME_PAREN}|${NAME_CONNECT}(?=(?:${SEP}|(?<=&)[ \\t]*\\n[ \\t]*)(?:${NAME_WORD}|${NAME_PAREN}))))*${SUFFIX}(?![A-Za-z0-9])`,
  'g',
);
/** Partnerships named for their partners: "Sears, Roebuck and Co.", "Morgan, Lewis & Bockius LLP". */
const PARTNERS_RE = new RegExp(
  `(?<![A-Za-z0-9&'’.\\-])[A-Z][A-Za-z'’\\-]+(?:,${SEP}[A-Z][A-Za-z'’\\-]+){1,4},?${SEP}(?:&|and|AND)${SEP}(?:Co\\.|CO\\.|Company|[A-Z][A-Za-z'’\\-]+,?${SEP}(?:LLP|L\\.L\\.P\\.|P\\.C\\.))(?![A-Za-z0-9])`,
  'g',
);
const FORM_AT_END = new RegExp(`(?:^|[\\s,])(?:${ANY_FORM})$`);
const CLOSING_AT_END = new RegExp(`(?:^|[\\s,])(?:${CLOSING})$`);
const ONLY_FORMS = new RegExp(`^(?:(?:${ANY_FORM}|International|Investments?|&)[ \\t,]*)+$`);

const INSTITUTION_RE = new RegExp(
  `(?:The${SEP})?(?:${NAME_WORD}${SEP}){0,4}(?:${INSTITUTION_HEADS.join('|')})(?:${SEP}of(?:${SEP}(?:${NAME_WORD}|and|the))+)?|(?:The${SEP})?(?:${INSTITUTION_HEADS.join('|')})${SEP}of(?:${SEP}(?:${NAME_WORD}|and|the))+`,
  'g',
);
const GOVERNMENT_RE = new RegExp(`(?:${NAME_WORD}${SEP}){0,3}(?:${GOVERNMENT_HEADS.join('|')})${SEP}of(?:${SEP}(?:the${SEP})?${NAME_WORD})+`, 'g');
// Each pattern needs a word of its own (a legal form, a partnership's ending, an institution's or
// a public body's head word): a paragraph without it is not searched, the costly part.
const HAS_FORM = new RegExp(ANY_FORM);
const HAS_PARTNERS_END = /Co\.|CO\.|Company|LLP|L\.L\.P\.|P\.C\./;
const HAS_INSTITUTION = new RegExp(INSTITUTION_HEADS.join('|'));
const HAS_GOVERNMENT = new RegExp(GOVERNMENT_HEADS.join('|'));

const OPENERS = new Set(NAME_OPENERS.map((w) => w.toLowerCase()));
const GENERIC_WORDS = new Set(GENERIC_NAME_WORDS.map((w) => w.toLowerCase()));
const HEAD_WORDS = new Set(ORG_HEAD_WORDS.map((w) => w.toLowerCase()));
/** Party nouns and bodies that are never a name on their own. */
export const GENERIC = /^(?:the\s+)?(?:Company|Group|Board|Directors?|Shareholders?|Vendors?|Purchasers?|Subscribers?|Target Company|Target Group|Target|Placing Agent|Underwriters?|Issuer|Offeror|Registrant|Exchange|Stock Exchange|JV Company|Joint Venture Company)$/i;
const NOT_ORG_HEAD = /^(?:Hong Kong|United States|People’s Republic|People's Republic|PRC|Cayman Islands|Bermuda|British Virgin Islands|Securities and Futures|Listing Rules|Companies Ordinance)\b/;
/** Heads that take "of" inside a name (Bank of China, University of Illinois). */
const OF_HEADS = /^(?:Bank|University|Institute|College|School|Academy|Commonwealth|Department|Ministry|Government|Republic|Chamber|Federation|Association|Society|Bureau|Office|State|Exchange|Board|Trust|Church|City|Port|Province|Museum|Council|Authority|Commission|Corporation|Company|Stock Exchange)$/i;
/** A title or body in front of "of": "Chief Financial Officer and Treasurer of AFC Gamma, Inc.". */
const TITLED = /^.*\b(?:Officer|Directors?|Chairman|Chairwoman|President|Treasurer|Secretary|Counsel|Manager|Members?|Board|Committee|Shareholders?|Partner|Founder|Governor|Subsidiar(?:y|ies))\s+of\s+(?=[A-Z0-9]|the\s)/i;
/** Words that end a clause in an all-capitals heading: the name starts after the last of them. */
const CAPS_CLAUSE = /^(?:IN|TO|THE|BY|FOR|WITH|ON|AT|FROM|INTO|RELATION|REGARDING|CONCERNING|AND|OF|ANNOUNCEMENT|NOTICE|TRANSACTION|ACQUISITION|DISPOSAL|SUBSCRIPTION|PLACING)$/;

interface Piece {
  from: number;
  text: string;
}

/** Words of a candidate with their offsets in it. */
function words(s: string): Array<{ w: string; at: number }> {
  return [...s.matchAll(/\S+/g)].map((m) => ({ w: m[0], at: m.index! }));
}

function isFormWord(w: string): boolean {
  return ONLY_FORMS.test(w.replace(/,$/, ''));
}

/**
 * Pieces of a candidate that hold more than one name: a closing legal form followed by another
 * name ("... Limited Bloom Shine Investments Limited"), "X Limited and Y Limited", a "The" that
 * opens a second name ("ABVC The Nasdaq Stock Market LLC").
 */
function split(raw: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  const ws = words(raw);
  for (let i = 1; i < ws.length; i++) {
    const before = raw.slice(start, ws[i].at).trimEnd();
    const w = ws[i].w;
    let cut = -1;
    if (CLOSING_AT_END.test(before.replace(/,$/, '')) && !isFormWord(w) && !/^\(/.test(w)) cut = ws[i].at;
    else if (/^(?:and|AND|&)$/.test(w) && FORM_AT_END.test(before.replace(/\s*\([^()]*\)$/, '').replace(/,$/, '')) && i + 1 < ws.length && !isFormWord(ws[i + 1].w)) {
      out.push({ from: start, text: raw.slice(start, start + before.replace(/\s*\([^()]*\)$/, '').length) });
      start = ws[i + 1].at;
      continue;
    } else if (/^(?:The|THE)$/.test(w) && !/^(?:of|and|for|&)$/i.test(ws[i - 1].w)) cut = ws[i].at;
    if (cut > start) {
      out.push({ from: start, text: raw.slice(start, cut).trimEnd() });
      start = cut;
    }
  }
  out.push({ from: start, text: raw.slice(start) });
  return out;
}

/** Drop what precedes a name inside a candidate: openers, dates, titles, "X of", exchange tickers. */
function trim(piece: Piece): Piece {
  let { from, text } = piece;
  const cutTo = (n: number) => {
    from += n;
    text = text.slice(n);
  };
  // Capitals: a heading's words before the name.
  if (!/[a-z]/.test(text.replace(/\b(?:of|and|the|for)\b/g, ''))) {
    const ws = words(text);
    for (let i = ws.length - 2; i >= 0; i--) {
      if (CAPS_CLAUSE.test(ws[i].w) && !(ws[i].w === 'OF' && OF_HEADS.test(ws[i - 1]?.w ?? '')) && !(ws[i].w === 'AND' || ws[i].w === 'THE' && i === 0)) {
        cutTo(ws[i + 1].at);
        break;
      }
    }
  }
  const openers = () => {
  for (;;) {
      const ws = words(text);
      if (ws.length < 2) break;
      const w = ws[0].w.replace(/[,.]$/, '');
      const two = ws.length > 2 ? `${w} ${ws[1].w}`.toLowerCase() : '';
      // Dates before a name: "30 September", "1st", "2019", "31 March China Jicheng Holdings Limited".
      const date = /^\d+(?:st|nd|rd|th)?,?$/.test(w) && (/^(?:1[89]|20)\d\d$/.test(w) || /\D/.test(w) || OPENERS.has(ws[1].w.toLowerCase().replace(/,$/, '')));
      // "Atlanta-based Southern Company", "Texas-based X": where it is based is no part of its name.
      const based = /^[A-Z][A-Za-z.]*-based$/.test(w);
      const opener = OPENERS.has(w.toLowerCase()) || OPENERS.has(two) || date || based;
      // "The" belongs to the name unless a generic word follows ("The Company", "The Group").
      const article = /^(?:The|THE)$/.test(w) && (GENERIC.test(ws[1].w.replace(/(?:[’']s)?[,.]?$/, '')) || OPENERS.has(ws[1].w.toLowerCase()));
      if (!opener && !article) break;
      cutTo(OPENERS.has(two) ? ws[2].at : ws[1].at);
    }
  };
  openers();
  const titled = TITLED.exec(text);
  if (titled && text.length - titled[0].length >= 3) {
    cutTo(titled[0].length);
    openers();
  }
  // "of" joins a name only after the heads that take it ("Clinical Development of Halcyon Biologics Corp.").
  const ofs = [...text.matchAll(/\s(?:of|OF)\s/g)];
  for (let i = ofs.length - 1; i >= 0; i--) {
    const before = text.slice(0, ofs[i].index).split(/\s+/).pop() ?? '';
    if (OF_HEADS.test(before)) continue;
    const rest = text.slice(ofs[i].index! + ofs[i][0].length);
    if (rest.length >= 3 && /^[A-Z0-9]/.test(rest)) cutTo(ofs[i].index! + ofs[i][0].length);
    break;
  }
  // A ticker or a label glued to an exchange's name: "MMM Chicago Stock Exchange, Inc.".
  for (const [re] of EXCHANGES) {
    const m = re.exec(text);
    if (m && m.index > 0) {
      cutTo(m.index);
      break;
    }
  }
  // "Company and Kingsoft Corporation": a generic word joined to a name is two parties.
  const and = /^(.*?)\s(?:and|&)\s(.+)$/.exec(text);
  if (and && GENERIC.test(and[1])) cutTo(text.length - and[2].length);
  return { from, text };
}

/** The words of a name before its legal forms. */
function core(name: string): string[] {
  let s = name;
  for (;;) {
    const m = FORM_AT_END.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index).replace(/[,\s]+$/, '');
  }
  return s.split(/\s+/).filter(Boolean);
}

/** A clean organisation name, or null for fragments and descriptions of a kind of company. */
function acceptable(name: string, label: NameMention['label']): boolean {
  if (name.length < 3 || GENERIC.test(name)) return false;
  if (ONLY_FORMS.test(name)) return false;
  if (label !== 'Company') return true;
  if (NOT_ORG_HEAD.test(name) && !/(?:Limited|Ltd\.?|Corporation|Inc\.)$/i.test(name)) return false;
  const c = core(name);
  if (c.length === 0) return false;
  // "Emerging Growth Company", "Delaware General Corporation", "Parent Company".
  if (c.every((w) => GENERIC_WORDS.has(w.toLowerCase().replace(/[,’'s]+$/, '')) || /^(?:of|and|the|&)$/i.test(w))) return false;
  // A line's tail without its head: "Partners, L.P.", "Financial Corp.".
  if (c.length === 1 && HEAD_WORDS.has(c[0].toLowerCase().replace(/,$/, ''))) return false;
  return true;
}

export function findOrganizations(text: string): NameMention[] {
  const out: NameMention[] = [];
  const push = (from: number, raw: string, label: NameMention['label']) => {
    raw = raw.replace(/[,\s]+$/, '');
    // The name as a name: layout white space folded (the mention's span stays the text's own).
    const name = cleanName(raw.replace(/\s+/g, ' '));
    if (!acceptable(name, label)) return;
    // A bare number opens a name closed by a legal form ("180 Degree Capital Corp.") or where a
    // name can start, not in running text ("for 15 Years Plus Caring Company").
    if (/^\d+\s/.test(name) && !CLOSING_AT_END.test(name) && !/(?:^|[\n(“"]|[.:;,]\s+)$/.test(text.slice(Math.max(0, from - 3), from))) return;
    const to = from + raw.length;
    if (out.some((o) => from < o.to && to > o.from)) return;
    out.push({ from, to, name, kind: 'organization', label });
  };
  if (HAS_PARTNERS_END.test(text)) for (const m of text.matchAll(PARTNERS_RE)) {
    const t = trim({ from: m.index, text: m[0] });
    push(t.from, t.text, 'Company');
  }
  if (HAS_FORM.test(text)) for (const m of text.matchAll(ORG_RE)) {
    for (const p of split(m[0])) {
      if (!FORM_AT_END.test(p.text.replace(/[,\s]+$/, ''))) continue;
      const t = trim({ from: m.index + p.from, text: p.text });
      push(t.from, t.text, 'Company');
    }
  }
  for (const [re, has, label] of [
    [INSTITUTION_RE, HAS_INSTITUTION, 'University'],
    [GOVERNMENT_RE, HAS_GOVERNMENT, 'GovernmentBody'],
  ] as const) {
    if (!has.test(text)) continue;
    for (const m of text.matchAll(re)) {
      // A trailing "of the" or "and" that the pattern swallowed.
      const raw = m[0].replace(/\s(?:of|and|the|&)$/g, '');
      const t = label === 'University' && /^The\s/.test(raw) ? { from: m.index, text: raw } : trim({ from: m.index, text: raw });
      push(t.from, t.text, label);
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

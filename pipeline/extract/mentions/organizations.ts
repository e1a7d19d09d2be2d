// Organisations in plain text: names ending in a legal form, institutions (University of X),
// government bodies (Department of X).
import { GOVERNMENT_HEADS, INSTITUTION_HEADS, LEGAL_SUFFIXES } from '../lexicon.ts';
import type { NameMention } from './types.ts';
import { cleanName } from '../../text/clean.ts';

// A capitalised word of a name: Kingsoft, JPMorgan, McCormick, O'Neil, Xinghan, 3896 is not one.
const CAP = "(?:[A-Z][A-Za-z0-9'’\\-]*[A-Za-z0-9]|[A-Z])";
const CONNECT = '(?:of|and|&|the|for|de|la|du|van|von)';
const SUFFIX = `(?:,?\\s(?:${LEGAL_SUFFIXES.join('|')}))`;
const ORG_RE = new RegExp(`${CAP}(?:\\s(?:${CAP}|${CONNECT}(?=\\s${CAP})|\\(${CAP}(?:\\s${CAP})*\\)))*${SUFFIX}+(?![A-Za-z])`, 'g');
const INSTITUTION_RE = new RegExp(
  `(?:The\\s)?(?:${CAP}\\s){0,4}(?:${INSTITUTION_HEADS.join('|')})(?:\\sof(?:\\s(?:${CAP}|and|the))+)?|(?:The\\s)?(?:${INSTITUTION_HEADS.join('|')})\\sof(?:\\s(?:${CAP}|and|the))+`,
  'g',
);
const GOVERNMENT_RE = new RegExp(`(?:${CAP}\\s){0,3}(?:${GOVERNMENT_HEADS.join('|')})\\sof(?:\\s(?:the\\s)?${CAP})+`, 'g');

/** Capitalised sentence openers and generic words that are not part of a name. */
const LEADING_NOISE = /^(?:On|In|As|At|By|For|From|Following|Pursuant|Upon|Save|During|Prior|Since|After|Before|Further|Furthermore|Moreover|Also|Each|Both|Its|His|Her|Their|This|That|These|Those|Such|All|Any|Our|We|If|When|Whereas|Under|With|Between|Among|Mr|Ms|Mrs|Dr|The|A|An)\s+/;
const GENERIC = /^(?:Company|Group|Board|Directors?|Shareholders?|Vendor|Purchaser|Subscriber|Target Company|Target|Placing Agent|Underwriters?|Issuer|Offeror|Registrant|Exchange|Stock Exchange)$/;
const NOT_ORG_HEAD = /^(?:Hong Kong|United States|People’s Republic|People's Republic|PRC|Cayman Islands|Bermuda|British Virgin Islands|Securities and Futures|Listing Rules|Companies Ordinance)\b/;

function trimOrg(name: string): { name: string; cut: number } {
  let cut = 0;
  let s = name;
  for (;;) {
    const m = LEADING_NOISE.exec(s);
    if (!m || s.slice(m[0].length).length < 3) break;
    // Keep "The" where it belongs to the registered name, e.g. The Stock Exchange of Hong Kong Limited.
    if (/^The\s/.test(s) && /^The\s+(?:Stock Exchange|Hongkong and Shanghai|Bank of)/.test(s)) break;
    cut += m[0].length;
    s = s.slice(m[0].length);
  }
  // "Chief Financial Officer and Treasurer of AFC Gamma, Inc.": a title in front is not part of the name.
  const titled = /^.*\b(?:Officer|Directors?|Chairman|Chairwoman|President|Treasurer|Secretary|Counsel|Manager|Members?|Board|Committee|Shareholders?|Partner|Founder|Governor)\s+of\s+(?:the\s+)?(?=[A-Z])/.exec(s);
  if (titled && s.length - titled[0].length >= 3) {
    cut += titled[0].length;
    s = s.slice(titled[0].length);
  }
  // "Clinical Development of Halcyon Biologics Corp.": "of" joins a name only after the heads that take it
  // (Bank of China, University of Illinois, Commonwealth of Pennsylvania).
  const ofs = [...s.matchAll(/\s(?:of)\s/g)];
  for (let i = ofs.length - 1; i >= 0; i--) {
    const before = s.slice(0, ofs[i].index).split(/\s+/).pop() ?? '';
    if (/^(?:Bank|University|Institute|College|School|Academy|Commonwealth|Department|Ministry|Government|Republic|Chamber|Federation|Association|Society|Bureau|Office|State|Exchange|Board|Trust|Church|City|Port|Province|Museum|Council|Authority|Commission|Corporation)$/.test(before)) continue;
    const rest = s.slice(ofs[i].index! + ofs[i][0].length);
    if (rest.length >= 3 && /^[A-Z]/.test(rest)) {
      cut += ofs[i].index! + ofs[i][0].length;
      s = rest;
    }
    break;
  }
  // "Company and Kingsoft Corporation": a generic word joined to a name is two parties.
  const and = /^(.*?)\s(?:and|&)\s(.+)$/.exec(s);
  if (and && GENERIC.test(and[1].replace(/^the\s/i, ''))) {
    cut += and[1].length + (s.length - and[1].length - and[2].length);
    s = and[2];
  }
  return { name: s, cut };
}

export function findOrganizations(text: string): NameMention[] {
  const out: NameMention[] = [];
  const push = (from: number, raw: string, label: NameMention['label']) => {
    const { name, cut } = label === 'University' && /^The\s/.test(raw) ? { name: raw.replace(/[,\s]+$/, ''), cut: 0 } : trimOrg(raw.replace(/[,\s]+$/, ''));
    if (name.length < 3 || GENERIC.test(name)) return;
    // Legal forms alone ("Holdings Limited", "Company Limited") name nobody.
    if (/^(?:(?:Inc|Ltd|Limited|Corporation|Corp|Group|Holdings|Company|Co|International|Investment|Investments|&)\.?,?\s*)+$/.test(name)) return;
    if (label === 'Company' && NOT_ORG_HEAD.test(name) && !/(Limited|Ltd\.?|Corporation|Inc\.)$/.test(name)) return;
    const f = from + cut;
    const t = f + name.length;
    if (out.some((o) => f < o.to && t > o.from)) return;
    out.push({ from: f, to: t, name: cleanName(name), kind: 'organization', label });
  };
  for (const [re, label] of [
    [ORG_RE, 'Company'],
    [INSTITUTION_RE, 'University'],
    [GOVERNMENT_RE, 'GovernmentBody'],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      let raw = m[0];
      // A trailing "of the" or "and" that the pattern swallowed.
      raw = raw.replace(/\s(?:of|and|the|&)$/g, '');
      push(m.index, raw, label);
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

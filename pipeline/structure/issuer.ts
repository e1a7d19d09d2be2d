// Who issued an announcement or filing, by the genre's constructions, in this order:
//   1. the HKEX issuer block: the name line(s) above "(Incorporated in ...)" and "(Stock Code: ...)";
//   2. an SEC cover caption: the name above or before "(Exact name of registrant as specified in
//      its charter)", "(Registrant Name)", or in the "Registrant, State of Incorporation" column
//      (the first of several registrants);
//   3. a cover without a caption (an old 8-K, a prospectus): the first line that is a company's name;
//   4. a definition in the text: "X (the “Company”)", "references to “we”, the “Company” ... refer
//      to X", "X ... are referred to as ... “the Company”", "the Annual Report of X"; a report's
//      opening "X is principally engaged in";
//   5. an SEC submission header: "COMPANY CONFORMED NAME:".
import type { Block } from '../model.ts';
import { legalFormsSource, PARTY_WORDS } from '../extract/lexicon/organizations.ts';
import { CONFORMED_NAME, DISCLAIMER, FORM_LINE, INCORPORATED, PROSPECTUS, REGISTRANT_CAPTION, REGISTRANT_COLUMN, lines } from './labels.ts';
import { isStockCodeHeader } from './stock-codes.ts';

/** How far into an announcement its cover or issuer block can be. */
const COVER_BLOCKS = 90;

const LEGAL_END = new RegExp(`(?:${legalFormsSource()})$`, 'i');
const LEGAL_WORD = new RegExp(`\\b(?:${legalFormsSource()})(?![A-Za-z])`, 'i');
/** Exchanges end in legal forms too ("The Nasdaq Stock Market LLC"): never the issuer. */
const EXCHANGE = /\b(?:Stock\s+Market|Stock\s+Exchange|Exchange\s+LLC|Nasdaq|NYSE)\b/i;

function plainOf(b: Block | undefined): string {
  return b?.plain?.text ?? '';
}

const GENERIC = new Set([...PARTY_WORDS, 'Limited', 'Company Limited', 'Holdings', 'Group Limited', 'Corporation', 'Inc.'].map((w) => w.toLowerCase()));

/** A cover value cleaned of what sits beside the name: file numbers, IRS numbers, "(Formerly ...)", "(A Delaware Corporation)". */
export function cleanName(raw: string): string | null {
  let s = raw
    .replace(/\((?:formerly|previously)\b[^)]*\)/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/^(?:\d{1,4}-\d{3,6}|\d{3}-\d{5})\s+/, ''); // commission file number
  s = s.replace(/\s+\d{2}-\d{7}$/, ''); // IRS employer number
  const paren = s.indexOf(' (');
  if (paren > 0 && !/^\((?:Holdings|Group|International|Cayman|BVI|HK|Hong Kong|UK|US|USA|China|PRC|Asia|\d{4})\)/i.test(s.slice(paren + 1))) s = s.slice(0, paren);
  s = s.replace(/[\s,;:]+$/, '').replace(/^[\s,;:]+/, '');
  if (!/[A-Za-z]{2}/.test(s) || s.length > 120 || s.startsWith('(') || REGISTRANT_CAPTION.test(s) || DISCLAIMER.test(s)) return null;
  // "The Group", "the Company": a party word, not a name.
  if (GENERIC.has(s.replace(/^the\s+/i, '').toLowerCase())) return null;
  return s;
}

/** 1. The HKEX issuer block: the first name line of the block with the stock code, or the nearest above it. */
export function issuerBlockName(blocks: Block[], index: number): string | null {
  const own = lines(plainOf(blocks[index]));
  const above = [index - 1, index - 2, index - 3].flatMap((k) => (k >= 0 && blocks[k].kind !== 'row' ? lines(plainOf(blocks[k])).reverse() : []));
  const name = [...own, ...above].find(
    (l) => !l.startsWith('(') && l.length < 120 && /[A-Za-z]{2}/.test(l) && !DISCLAIMER.test(l) && !INCORPORATED.test(l) && !isStockCodeHeader(l),
  );
  return name ?? null;
}

/** 2. The registrant named by an SEC cover caption. */
function captionedName(blocks: Block[]): string | null {
  for (let i = 0; i < blocks.length && i < COVER_BLOCKS; i++) {
    const b = blocks[i];
    if (b.kind === 'row') {
      const cells = b.cells ?? [];
      const col = cells.findIndex((c) => REGISTRANT_COLUMN.test(c.text.trim()));
      if (col >= 0) {
        // The first registrant: that column of the next row, or the first line of the next block.
        for (const next of blocks.slice(i + 1, i + 4)) {
          const value = next.kind === 'row' ? next.cells?.[Math.min(col, (next.cells?.length ?? 1) - 1)]?.text : lines(plainOf(next))[0];
          const name = value ? cleanName(value) : null;
          // Header rows go on over several lines ("Address and Telephone Number"): a name has a legal form.
          if (name && LEGAL_WORD.test(name)) return name;
        }
      }
      const capt = cells.findIndex((c) => REGISTRANT_CAPTION.test(c.text));
      if (capt >= 0) {
        const before = cells[capt].text.slice(0, cells[capt].text.search(REGISTRANT_CAPTION));
        const prev = blocks[i - 1];
        const value = before.trim() || (prev?.kind === 'row' ? prev.cells?.[capt]?.text : lines(plainOf(prev)).pop());
        const name = value ? cleanName(value) : null;
        if (name) return name;
      }
      continue;
    }
    const ls = lines(plainOf(b));
    for (let k = 0; k < ls.length; k++) {
      const at = ls[k].search(REGISTRANT_CAPTION);
      if (at < 0) continue;
      const prevBlock = blocks[i - 1];
      const value =
        ls[k].slice(0, at).trim() ||
        (k > 0 ? ls[k - 1] : prevBlock?.kind === 'row' ? prevBlock.cells?.map((c) => c.text).find((t) => /[A-Za-z]{2}/.test(t)) : lines(plainOf(prevBlock)).pop());
      const name = value ? cleanName(value) : null;
      if (name) return name;
    }
  }
  return null;
}

/**
 * 3. A cover without a caption (an old 8-K, a prospectus): after the form or "Filed pursuant to
 * Rule 424(b)" line and before the first paragraph of prose, the first line that is a company's name.
 */
function coverName(blocks: Block[]): string | null {
  const start = blocks.slice(0, COVER_BLOCKS).findIndex((b) => b.kind !== 'row' && lines(plainOf(b)).some((l) => FORM_LINE.test(l) || PROSPECTUS.test(l)));
  if (start < 0) return null;
  for (const b of blocks.slice(start, start + 25)) {
    if (b.kind === 'row') continue;
    const ls = lines(plainOf(b));
    if (ls.some((l) => l.length > 200)) break;
    for (const l of ls) {
      if (l.length > 80 || !/^[A-Z0-9]/.test(l) || !LEGAL_END.test(l) || EXCHANGE.test(l)) continue;
      const name = cleanName(l);
      if (name) return name;
    }
  }
  return null;
}

// The name runs to its last legal form: "X Holdings Limited", not "X Holdings".
const NAME = `((?:The\\s+)?[A-Z0-9][\\w&'’.,-]*(?:\\s+(?:[A-Z0-9(][\\w&'’.,()-]*|of|and|&|de|la)){0,10}?,?\\s+(?:${legalFormsSource()})(?:,?\\s+(?:${legalFormsSource()})(?![A-Za-z]))*)`;
/** 4. Definitions and openers in the text that name the issuer. */
const DEFINITIONS: RegExp[] = [
  // "references to “we”, “us”, the “Company” ... refer to X"
  new RegExp(`references?\\b[^.]{0,200}?[“"](?:the\\s+)?Company[”"][^.]{0,120}?\\brefers?\\s+to\\s+${NAME}`),
  // "X and its subsidiaries are collectively referred to herein as “Traws”, “the Company”"
  new RegExp(`${NAME}(?:\\s+and\\s+its\\s+(?:consolidated\\s+)?subsidiaries)?,?\\s+(?:are|is)\\s+(?:collectively\\s+)?referred\\s+to\\s+(?:herein\\s+|in\\s+this\\s+\\w+\\s+)?as\\b[^.]{0,120}?[“"](?:the\\s+)?Company[”"]`),
  // "X (the “Company”)", "X (“Company”)", "X (its name in Chinese) (the “Company”)"
  new RegExp(`${NAME}(?:\\s*\\([^()A-Za-z]*\\))?\\s*\\((?:the\\s+)?[“"]Company[”"]`),
  // "the 2020 Annual Report (“this Report”) of X"
  new RegExp(`\\b(?:Annual|Interim|Sustainability|ESG)\\s+Report\\b[^.]{0,40}?\\bof\\s+${NAME}`),
];
/** The subject of a report's first sentences: "X is principally engaged in ...". */
const ENGAGED = new RegExp(`^${NAME}(?:\\s*\\([^)]*\\))?(?:\\s+and\\s+its\\s+subsidiaries)?\\s+(?:is|are|was)\\s+(?:principally\\s+|mainly\\s+)?engaged\\b`);
/** What a greedy name may take in before the issuer's own: "The Board of Directors of". */
const LEAD = /^(?:(?:The\s+)?(?:Board(?:\s+of\s+Directors)?|Directors|Shareholders|Management|Group|Report)\s+of\s+(?:the\s+)?)+/i;

function definedName(blocks: Block[]): string | null {
  const prose = blocks.filter((b) => b.kind !== 'row').slice(0, 400);
  for (const b of prose) {
    const t = plainOf(b);
    if (!/Company[”"]|Report/.test(t)) continue;
    for (const re of DEFINITIONS) {
      const m = re.exec(t);
      const name = m ? cleanName(m[1].replace(LEAD, '')) : null;
      if (name) return name;
    }
  }
  for (const b of prose.slice(0, 5)) {
    const m = ENGAGED.exec(plainOf(b));
    const name = m ? cleanName(m[1].replace(LEAD, '')) : null;
    if (name) return name;
  }
  return null;
}

/** 5. The SEC header's conformed name (capitals, abbreviated: the last resort). */
function conformedName(blocks: Block[]): string | null {
  for (const b of blocks.slice(0, COVER_BLOCKS)) {
    const m = CONFORMED_NAME.exec(plainOf(b).replace(/\t+/g, ' '));
    if (m) return cleanName(m[1]);
  }
  return null;
}

/** Where an SEC submission's first document begins, after its header ("<TEXT>"); 0 when there is no header. */
export function documentStart(blocks: Block[]): number {
  const i = blocks.slice(0, 400).findIndex((b) => /^<TEXT>$/m.test(plainOf(b)));
  return i < 0 ? 0 : i;
}

/** The issuer of a filing or cover (not an HKEX announcement, whose issuer block names it). */
export function filingIssuer(blocks: Block[]): string | null {
  const body = blocks.slice(documentStart(blocks));
  return captionedName(body) ?? coverName(body) ?? definedName(body) ?? conformedName(blocks);
}

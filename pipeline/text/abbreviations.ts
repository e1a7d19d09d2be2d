// Where a full stop does not end a sentence: the genre's abbreviations, initials, item
// numbers. Shared by the sentence splitter and the readers that cut long paragraphs.
import { LEGAL_ABBREVIATIONS } from '../extract/lexicon/organizations.ts';

/** Abbreviations that never end a sentence: a name or a number follows them. */
const ALWAYS = new Set(
  ('Mr Mrs Ms Messrs Mdm Dr Prof Hon Sr Jr St Rev Gen Capt Col Lt Sen Rep Gov Pres Supt Insp ' +
    'No Nos Art Arts Sec Secs Cl Sch Reg Regs Para Paras para Ch Chap Vol Fig Figs Cap Pt Pp pp ' +
    'approx Approx appx est Est ca vs Vs cf viz ie eg Rd Ave Blvd Bldg Dept Fl Rm Tel Fax Mt Ft ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun')
    .split(' '),
);

/** Abbreviations that may also end a sentence: a company's "Inc.", "the U.S.", "etc.". */
const SOMETIMES = new Set([...LEGAL_ABBREVIATIONS, ...'LLC Esq etc plc PLC Plc Bros'.split(' ')]);

/** Dotted abbreviations ("U.S.", "i.e.", "P.R.C.", "N.A.", "Ph.D."), the last dot included. */
const DOTTED = /(?:^|[^A-Za-z.])((?:[A-Za-z]{1,2}\.){2,}|Ph\.D\.|LL\.[BM]\.)$/;

/** Words that open a sentence after an abbreviation that may end one. */
const OPENERS = new Set(
  ('The This That These Those He She His Her It Its They Their We Our In On At As Prior Since From During Before After Following ' +
    'Upon Pursuant Mr Ms Mrs Dr Save Such Further Furthermore Accordingly Meanwhile However Each All Any There Under With For If ' +
    'Unless Subject Following Effective Between Both Neither Also Additionally Moreover Thereafter Currently Previously Today Yesterday')
    .split(' '),
);

export type StopKind = 'end' | 'abbreviation' | 'ambiguous';

/**
 * What the full stop at `dot` is in `text`: an abbreviation (never a sentence end), an
 * ambiguous one (a sentence end when an opener follows), or an end.
 */
export function fullStop(text: string, dot: number, from = 0): StopKind {
  const before = text.slice(Math.max(from, dot - 12), dot + 1);
  const word = /([A-Za-z]+)\.$/.exec(before)?.[1] ?? '';
  const dotted = DOTTED.exec(before);
  if (dotted) return /^(?:[A-Z]\.){2,}$/.test(dotted[1]) && dotted[1].length >= 4 ? 'ambiguous' : 'abbreviation';
  if (!word) {
    // "1." or "(a)." at the start of an item; decimals are no full stops either.
    if (/\d$/.test(text.slice(0, dot)) && /^\d/.test(text.slice(dot + 1))) return 'abbreviation';
    if (/^\s*\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,5})\)?$/.test(text.slice(from, dot))) return 'abbreviation';
    return 'end';
  }
  // A word that is the whole item marker: "a." "iv." at the sentence's start.
  if (/^\s*\(?(?:[a-z]|[ivx]{1,5}|[A-Z])$/.test(text.slice(from, dot))) return 'abbreviation';
  if (word.length === 1 && /[A-Z]/.test(word)) return 'abbreviation'; // an initial: "Thomas J. Ridge"
  if (ALWAYS.has(word)) return 'abbreviation';
  if (SOMETIMES.has(word)) return 'ambiguous';
  return 'end';
}

/** Does the text after an ambiguous full stop open a sentence? */
export function opensSentence(after: string): boolean {
  const m = /^["”’)\]]*\s+(?:["“(]\s*)?([A-Z][A-Za-z]*)/.exec(after);
  return m !== null && OPENERS.has(m[1]);
}

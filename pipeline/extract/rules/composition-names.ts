// People named by their place in a construction: a cell of a table of directors or of votes,
// an item of a list under "Executive Directors:". The construction says the text is a person;
// this checks it looks like a name and takes off what is not part of it (honorifics,
// post-nominals, markers such as "(1)" or "(Chairman)", which it returns as marks).
import { HONORIFIC_ALT } from '../lexicon/people.ts';

// The common honorifics and the Hong Kong and Malaysian ones seen in lists of directors.
const HONORIFIC = new RegExp(String.raw`^(?:(?:${HONORIFIC_ALT}|The\s+Hon(?:ourable)?|Ir|Dato['’]?\s*Sri|Dato['’]?|Datuk|Tan\s+Sri)\.?\s+)+`);
const POSTNOMINAL = /(?:,?\s+(?:GBS|SBS|BBS|JP|MH|OBE|MBE|CBE|GBM|SBM|CPA|FCPA|FCCA|ACA|CFA|PhD|Ph\.D\.?|Esq\.?))+\s*$/;
const MARK = /\s*(?:\(([^()]{1,60})\)|(\*{1,3}|#|†|‡|\^|@)|\b(?:\d)\b)\s*$/;
const PARTICLE = /^(?:de|da|di|do|dos|van|von|der|den|la|le|du|bin|binti|al|el|y)$/;
const NOT_NAME = /^(?:Directors?|Chairman|Chairwoman|Chairperson|Chair|Members?|Committees?|Board|Company|Group|Limited|Ltd|Inc|Corp|Corporation|Holdings|Total|Executive|Independent|Non-executive|Nominees?|Names?|For|Against|Abstain|Abstentions?|Withheld|Broker|Shareholders?|Resolutions?|Ordinary|Special|Proposals?|Votes?|Vacant|Secretary|Officer|Audit|Remuneration|Nomination|Meeting|Meetings|Attendance|Notes?|Position|Title|Role|Designation|Percentage|Number|Approve|Elect|To)$/i;
const TOKEN = /^(?:\p{Lu}[\p{L}’'.-]*|\p{Lu}\.)$/u;

export interface CellName {
  name: string;
  /** Markers taken off the end: "Chairman", "1", "*". */
  marks: string[];
}

/** A person's name as a cell or list item writes it, or nothing when it does not look like one. */
export function nameInCell(text: string): CellName | undefined {
  let t = text.replace(/\s+/g, ' ').trim().replace(/^[•·▪\-–—]\s*/, '').replace(/[,;:.]$/, (x) => (/\b[A-Z]\.$/.test(text.trim()) ? x : ''));
  const marks: string[] = [];
  for (let i = 0; i < 4; i++) {
    const post = POSTNOMINAL.exec(t);
    if (post) t = t.slice(0, post.index).trim();
    const m = MARK.exec(t);
    if (!m) break;
    marks.unshift((m[1] ?? m[2] ?? m[0]).trim());
    t = t.slice(0, m.index).trim();
  }
  t = t.replace(HONORIFIC, '').replace(/,$/, '').trim();
  if (!t || /\d/.test(t)) return undefined;
  const tokens = t.split(' ');
  if (tokens.length < 2 || tokens.length > 6) return undefined;
  if (!tokens.every((w) => TOKEN.test(w) || PARTICLE.test(w))) return undefined;
  if (tokens.some((w) => NOT_NAME.test(w.replace(/[.,]$/, '')))) return undefined;
  if (!TOKEN.test(tokens[0])) return undefined;
  return { name: t, marks };
}

// education.degree: degrees and institutions in either order — "received a bachelor's degree
// from X in 2003", "graduated from X (B.A.) and Y (M.B.A.)", "X (A.M., Ph.D., Chemistry)" (two
// degrees from one institution), "bachelor's and master's degrees from X and Y in 2003 and 2005,
// respectively", "the School of Management at Boston College" (the college is the institution).
import type { Ref, SentenceContext } from '../context.ts';
import { findDates } from '../../text/dates.ts';
import { DEGREES } from '../lexicon.ts';
import { subjectBefore, type BioState } from './biography-clause.ts';

const CUE = /\b(?:graduated|graduate|degree|bachelor|master|doctor|diploma|B\.S\.|B\.A\.|M\.S\.|MBA|M\.B\.A\.|Ph\.?D|LL\.?[BM]|B\.B\.A\.|BSBA|studied|alumn)/i;
const INSTITUTION = /\b(?:University|Institute|College|School|Polytechnic|Academy|Universit[éà])\b/;
const VERB = /\b(?:graduated|received|obtained|earned|holds|hold|completed|attended|awarded|studied|has)\b/i;

interface Degree {
  at: number;
  to: number;
  degree: string;
}

export function degreesIn(text: string, from = 0, to = text.length): Degree[] {
  const out: Degree[] = [];
  const slice = text.slice(from, to);
  for (const [re, degree] of DEGREES) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    let m: RegExpExecArray | null;
    while ((m = g.exec(slice))) {
      const at = from + m.index;
      if (!out.some((d) => at < d.to && at + m![0].length > d.at)) out.push({ at, to: at + m[0].length, degree });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function institutionsOf(ctx: SentenceContext): Ref[] {
  const all = ctx.refs.filter((r) => r.kind === 'organization' && INSTITUTION.test(r.name));
  // "the Kellogg School of Business at Northwestern University": the university is the institution.
  return all.filter((r, i) => {
    const next = all[i + 1];
    return !(next && /^\s+(?:at|of)\s+(?:the\s+)?$/.test(ctx.text.slice(r.to, next.from)));
  });
}

export function educationRule(ctx: SentenceContext, state: BioState): void {
  const text = ctx.text;
  if (!CUE.test(text)) return;
  const institutions = institutionsOf(ctx);
  if (!institutions.length) return;
  const verb = VERB.exec(text);
  const person = subjectBefore(ctx, verb && verb.index < institutions[0].from ? verb.index : institutions[0].from, state) ?? (/^\s*(?:He|She)\b/.test(text) ? state.lastPerson : undefined);
  if (!person) return;
  const degrees = degreesIn(text);
  const respectively = /\brespectively\b/i.test(text);
  const years = findDates(text).filter((d) => d.precision !== 'day' && d.from > institutions[0].from);
  const used = new Set<Degree>();
  institutions.forEach((inst, i) => {
    const prevEnd = i > 0 ? institutions[i - 1].to : 0;
    const nextFrom = institutions[i + 1]?.from ?? text.length;
    let found: Degree[] = [];
    // "(B.A.)", "(A.M., Ph.D., Chemistry)" right after the institution.
    const paren = /^\s*\(([^)]*)\)/.exec(text.slice(inst.to));
    if (paren) found = degreesIn(text, inst.to, inst.to + paren[0].length);
    if (!found.length && respectively && degrees.length === institutions.length) found = [degrees[i]];
    // Degrees written before it, since the previous institution: "a master's degree in finance from X".
    if (!found.length) found = degrees.filter((d) => d.at >= prevEnd && d.to <= inst.from && !used.has(d) && !/\)\s*$/.test(text.slice(prevEnd, d.at)));
    // "graduated from X with a bachelor's degree".
    if (!found.length) found = degrees.filter((d) => d.at > inst.to && d.at < nextFrom && /^\s*,?\s*(?:with|where\s+(?:he|she)\s+(?:received|obtained|earned))\s+(?:an?\s+|(?:his|her)\s+)?$/i.test(text.slice(inst.to, d.at)));
    for (const d of found) used.add(d);
    let year: string | undefined;
    if (respectively && years.length === institutions.length) year = years[i].iso;
    else year = years.find((y) => y.from > inst.to && y.from < nextFrom && /\bin\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(inst.to, y.from - 14), y.from)))?.iso;
    const kinds = [...new Set(found.map((d) => d.degree))];
    if (!kinds.length) {
      if (/\b(?:graduated|graduate|alumn)/i.test(text)) ctx.emit('education.degree', 'education', { person, institution: inst.name, year }, 0.75);
      return;
    }
    for (const degree of kinds) ctx.emit('education.degree', 'education', { person, institution: inst.name, degree, year }, 0.8);
  });
  state.lastPerson = person;
}

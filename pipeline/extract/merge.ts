// After the rules: one fact per statement with all its evidence, and the passes that need all
// of a document's facts (end dates from resignations and promotions, terms of office).
import type { SourceDocument } from '../model.ts';
import type { ArgValue, Fact, FactBody, FactType } from '../facts/types.ts';
import { REQUIRED, argNames } from '../facts/types.ts';
import { fold } from '../text/normalize.ts';
import { reconcileBoard } from './rules/composition-named.ts';
import { reconcileCommittees } from './rules/committee.ts';
import { mentionEvidence } from './evidence.ts';
import { message } from '../messages.ts';

/** A fact a rule found, before merging and before its entities get their final names. */
export type Pending = { fact: FactBody; rule: string; confidence: number; evidence: Fact['evidence']; omitted?: number };

/**
 * Evidence kept per fact. A sentence repeated ten thousand times is one fact: its first
 * statements are evidence enough, and the rest, counted, would only cost the loader and the
 * reader time (the count is kept on the fact as `evidenceOmitted`).
 */
export const MAX_EVIDENCE_PER_FACT = 50;

/** A fact's arguments without empty values, or nothing when a required one is missing. */
export function cleanArgs(type: FactType, args: Record<string, ArgValue | undefined>): Record<string, ArgValue> | undefined {
  const clean: Record<string, ArgValue> = {};
  for (const [k, v] of Object.entries(args)) if (v !== undefined && v !== null && v !== '') clean[k] = v;
  return REQUIRED[type].every((k) => clean[k] !== undefined) ? clean : undefined;
}

function requiredKey(f: FactBody): string {
  const req = [...REQUIRED[f.type]];
  if (f.committee !== undefined) req.push('committee');
  // Two degrees from one institution are two facts.
  if (f.type === 'education' && f.degree !== undefined) req.push('degree');
  return f.type + '|' + req.map((k) => (typeof f[k] === 'string' ? fold(String(f[k])) : JSON.stringify(f[k]))).join('|');
}

/** Merge facts stated several times, then complete them from each other and the document. */
export function postProcess(pending: Pending[], doc: SourceDocument): Pending[] {
  // A fact stated several times is one fact, with all its evidence; optional arguments are unioned.
  const merged = new Map<string, Pending>();
  const spans = new Map<Pending, Set<string>>();
  for (const p of pending) {
    const k = requiredKey(p.fact);
    const m = merged.get(k);
    if (!m) {
      const first: Pending = { fact: { ...p.fact }, rule: p.rule, confidence: p.confidence, evidence: [...p.evidence] };
      merged.set(k, first);
      spans.set(first, new Set(p.evidence.map((e) => `${e.start}:${e.end}`)));
      continue;
    }
    for (const a of argNames(p.fact as unknown as Fact)) if (m.fact[a] === undefined) m.fact[a] = p.fact[a];
    const seen = spans.get(m)!;
    for (const e of p.evidence) {
      const span = `${e.start}:${e.end}`;
      if (seen.has(span)) continue;
      seen.add(span);
      if (m.evidence.length < MAX_EVIDENCE_PER_FACT) m.evidence.push(e);
      else m.omitted = (m.omitted ?? 0) + 1;
    }
    m.confidence = Math.min(0.99, Math.max(m.confidence, p.confidence) + 0.05);
  }
  for (const m of merged.values()) {
    if (m.omitted) message(doc, `one ${m.fact.type} fact is stated ${m.evidence.length + m.omitted} times: the first ${MAX_EVIDENCE_PER_FACT} are kept as its evidence`, { ruleId: 'extract:evidence-cap' });
  }
  // A degree-less education fact adds nothing where the same person and institution have one with a degree.
  const kept = [...merged.values()].filter(
    (f) => f.fact.type !== 'education' || f.fact.degree !== undefined || ![...merged.values()].some((g) => g.fact.type === 'education' && g.fact.degree !== undefined && fold(String(g.fact.person)) === fold(String(f.fact.person)) && fold(String(g.fact.institution)) === fold(String(f.fact.institution))),
  );
  const facts = reconcileBoard(reconcileCommittees(kept, doc.text));
  // End dates from resignations: a position held in the issuer ends when the person resigns that role.
  for (const r of facts.filter((f) => f.fact.type === 'resignation' && f.fact.effectiveDate && !f.fact.committee)) {
    for (const p of facts) {
      if (p.fact.type !== 'position' || p.fact.endDate) continue;
      if (fold(String(p.fact.person)) !== fold(String(r.fact.person)) || fold(String(p.fact.organization)) !== fold(String(r.fact.organization))) continue;
      if (fold(String(p.fact.title)) === fold(String(r.fact.role))) p.fact.endDate = r.fact.effectiveDate;
    }
  }
  // A promotion ends the lower office: the vice chairman appointed chairman is no longer vice chairman.
  const LADDER: Record<string, string> = { 'vice chairman': 'chairman', 'acting chief executive officer': 'chief executive officer', 'deputy chief executive officer': 'chief executive officer' };
  for (const ap of facts.filter((f) => f.fact.type === 'appointment' && f.fact.effectiveDate && !f.fact.committee)) {
    for (const p of facts) {
      if (p.fact.type !== 'position' || p.fact.endDate) continue;
      if (fold(String(p.fact.person)) !== fold(String(ap.fact.person)) || fold(String(p.fact.organization)) !== fold(String(ap.fact.organization))) continue;
      if (LADDER[String(p.fact.title)] === ap.fact.role) {
        p.fact.endDate = ap.fact.effectiveDate;
        p.evidence.push(...ap.evidence.filter((e) => !p.evidence.some((x) => x.start === e.start)));
      }
    }
  }
  // Term of office: "The appointment shall be for an initial term of three years".
  for (const a of doc.announcements) {
    const paras = doc.paragraphs.filter((p) => p.announcementId === a.id);
    for (const p of paras) {
      const m = /\b(?:initial\s+)?term\s+of\s+((?:one|two|three|four|five|six|\d+)\s+years?|(?:\w+\s+)?months?)\b/i.exec(p.plain.text);
      if (!m) continue;
      for (const f of facts) {
        if (f.fact.type !== 'appointment' || f.fact.committee || f.fact.term) continue;
        if (!f.evidence.some((e) => paras.some((x) => x.id === e.paragraph))) continue;
        if (!/director/.test(String(f.fact.role))) continue;
        const surname = String(f.fact.person).split(' ');
        if (!surname.some((w) => w.length > 1 && p.plain.text.includes(w)) && !/\bThe appointment\b/i.test(p.plain.text)) continue;
        f.fact.term = m[1].toLowerCase();
        const s = p.plain.text.lastIndexOf('.', m.index) + 1;
        const e = p.plain.text.indexOf('.', m.index);
        f.evidence.push(mentionEvidence(p, s + (p.plain.text[s] === ' ' ? 1 : 0), e < 0 ? p.plain.text.length : e + 1, doc));
      }
    }
  }
  return facts;
}

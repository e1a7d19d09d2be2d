// Scoring predicted facts against gold, as ../shared/spec/facts.md "Matching" says.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fold } from '../text/normalize.ts';
import { parseJsonl } from './jsonl.ts';
import { OPTIONAL, QUALIFIERS, REQUIRED, isMoney, type Fact, type FactType } from './types.ts';

export type GoldFact = Record<string, unknown> & { type: FactType; source: string; aliases?: Record<string, string[]> };

export async function loadGold(p: string): Promise<GoldFact[]> {
  const stat = await fs.stat(p);
  const files = stat.isDirectory() ? (await fs.readdir(p)).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(p, f)) : [p];
  const out: GoldFact[] = [];
  for (const f of files.sort()) out.push(...(parseJsonl(await fs.readFile(f, 'utf8'), f) as GoldFact[]));
  return out;
}

function valueEqual(gold: unknown, pred: unknown, accepted: string[] = []): boolean {
  if (gold === undefined || gold === null) return pred === undefined || pred === null;
  if (pred === undefined || pred === null) return false;
  if (isMoney(gold)) return isMoney(pred) && gold.amount === pred.amount && gold.currency === pred.currency;
  if (typeof gold === 'number') return typeof pred === 'number' && gold === pred;
  if (typeof gold === 'string') {
    if (typeof pred !== 'string') return false;
    // Dates compare exactly; names, roles, titles and kinds fold case and punctuation.
    if (/^\d{4}(-\d{2}){0,2}$/.test(gold)) return gold === pred;
    const p = fold(pred);
    return [gold, ...accepted].some((g) => fold(g) === p);
  }
  return JSON.stringify(gold) === JSON.stringify(pred);
}

function requiredMatch(g: GoldFact, p: Fact): boolean {
  if (g.type !== p.type || g.source !== p.source) return false;
  const req = [...REQUIRED[g.type]];
  // A qualifier (a committee) on one side and not the other never matches.
  for (const q of QUALIFIERS[g.type] ?? []) {
    if ((g[q] === undefined) !== (p[q] === undefined)) return false;
    if (g[q] !== undefined) req.push(q);
  }
  return req.every((k) => valueEqual(g[k], p[k], g.aliases?.[k]));
}

function optionalAgreement(g: GoldFact, p: Fact): { present: number; agree: number } {
  let present = 0;
  let agree = 0;
  for (const k of OPTIONAL[g.type]) {
    if (g[k] === undefined) continue;
    present++;
    if (valueEqual(g[k], p[k], g.aliases?.[k])) agree++;
  }
  return { present, agree };
}

export interface Scores {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  byType: Record<string, Scores>;
  overall: Scores;
  argumentAccuracy: { present: number; agree: number; accuracy: number };
  evidence: { quotes: number; exact: number };
  /** Per extraction rule: facts it stated, how many matched gold, and its share of the gold of its types. */
  byRule: Record<string, RuleScores>;
  missed: GoldFact[];
  spurious: Fact[];
}

export interface RuleScores {
  predicted: number;
  matched: number;
  precision: number;
  /** Matched facts of this rule over all gold facts of the types it states. */
  recall: number;
}

function scores(gold: number, predicted: number, matched: number): Scores {
  const precision = predicted ? matched / predicted : gold ? 0 : 1;
  const recall = gold ? matched / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, matched, precision, recall, f1 };
}

/** Score predictions (by source name) against gold. Only sources that have gold are scored. */
export function evaluate(gold: GoldFact[], predictedBySource: Map<string, Fact[]>, texts: Map<string, string>): Report {
  const scoredSources = new Set(gold.map((g) => g.source).filter((s) => predictedBySource.has(s)));
  const goldScored = gold.filter((g) => scoredSources.has(g.source));
  const predicted = [...predictedBySource.entries()].filter(([s]) => scoredSources.has(s)).flatMap(([, f]) => f);
  const used = new Set<Fact>();
  const matchedGold = new Set<GoldFact>();
  let argPresent = 0;
  let argAgree = 0;
  for (const g of goldScored) {
    let best: Fact | null = null;
    let bestAgree = -1;
    for (const p of predicted) {
      if (used.has(p) || !requiredMatch(g, p)) continue;
      const { agree } = optionalAgreement(g, p);
      if (agree > bestAgree) {
        best = p;
        bestAgree = agree;
      }
    }
    if (best) {
      used.add(best);
      matchedGold.add(g);
      const { present, agree } = optionalAgreement(g, best);
      argPresent += present;
      argAgree += agree;
    }
  }
  const types = [...new Set([...goldScored.map((g) => g.type), ...predicted.map((p) => p.type)])].sort();
  const byType: Record<string, Scores> = {};
  for (const t of types) {
    byType[t] = scores(
      goldScored.filter((g) => g.type === t).length,
      predicted.filter((p) => p.type === t).length,
      goldScored.filter((g) => g.type === t && matchedGold.has(g)).length,
    );
  }
  const byRule: Record<string, RuleScores> = {};
  const ruleNames = [...new Set(predicted.map((p) => p.rule ?? '(none)'))].sort();
  for (const name of ruleNames) {
    const mine = predicted.filter((p) => (p.rule ?? '(none)') === name);
    const matched = mine.filter((p) => used.has(p)).length;
    const types = new Set(mine.map((p) => p.type));
    const gold = goldScored.filter((g) => types.has(g.type)).length;
    byRule[name] = { predicted: mine.length, matched, precision: mine.length ? matched / mine.length : 0, recall: gold ? matched / gold : 0 };
  }
  let quotes = 0;
  let exact = 0;
  for (const [source, facts] of predictedBySource) {
    const text = texts.get(source) ?? '';
    for (const f of facts) {
      for (const e of f.evidence) {
        quotes++;
        if (text.slice(e.start, e.end) === e.quote) exact++;
      }
    }
  }
  return {
    byType,
    overall: scores(goldScored.length, predicted.length, matchedGold.size),
    argumentAccuracy: { present: argPresent, agree: argAgree, accuracy: argPresent ? argAgree / argPresent : 1 },
    evidence: { quotes, exact },
    byRule,
    missed: goldScored.filter((g) => !matchedGold.has(g)),
    spurious: predicted.filter((p) => !used.has(p)),
  };
}

export function formatByRule(r: Report): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = ['rule                                   pred  match  precision  recall'];
  for (const [name, s] of Object.entries(r.byRule)) {
    lines.push(`${name.padEnd(38)} ${String(s.predicted).padStart(4)}  ${String(s.matched).padStart(5)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`);
  }
  return lines.join('\n') + '\n';
}

export function formatReport(r: Report, detail = true): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = ['type                 gold  pred  match  precision  recall  F1'];
  for (const [t, s] of Object.entries(r.byType)) {
    lines.push(`${t.padEnd(20)} ${String(s.gold).padStart(4)}  ${String(s.predicted).padStart(4)}  ${String(s.matched).padStart(5)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}`);
  }
  const o = r.overall;
  lines.push(`${'overall'.padEnd(20)} ${String(o.gold).padStart(4)}  ${String(o.predicted).padStart(4)}  ${String(o.matched).padStart(5)}  ${pct(o.precision).padStart(9)}  ${pct(o.recall).padStart(6)}  ${pct(o.f1)}`);
  lines.push(`argument accuracy: ${pct(r.argumentAccuracy.accuracy)} (${r.argumentAccuracy.agree}/${r.argumentAccuracy.present} optional arguments)`);
  lines.push(`evidence: ${r.evidence.exact}/${r.evidence.quotes} quotes equal their source slice`);
  if (detail && r.missed.length) {
    lines.push('', 'missed (gold not matched):');
    for (const m of r.missed) lines.push('  ' + JSON.stringify(Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'aliases' && k !== 'note'))));
  }
  if (detail && r.spurious.length) {
    lines.push('', 'spurious (predicted, not in gold):');
    for (const s of r.spurious) lines.push('  ' + JSON.stringify(Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'evidence' && k !== 'confidence'))));
  }
  return lines.join('\n') + '\n';
}

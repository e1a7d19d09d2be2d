// Facts JSONL in the spec's field order: type, source, arguments, evidence, confidence, rule.
import { argNames, type Fact } from './types.ts';

export function factToJson(f: Fact): Record<string, unknown> {
  const out: Record<string, unknown> = { type: f.type, source: f.source };
  for (const k of argNames(f)) if (f[k] !== undefined) out[k] = f[k];
  out.evidence = f.evidence;
  out.confidence = Math.round(f.confidence * 100) / 100;
  if (f.rule) out.rule = f.rule;
  if (f.evidenceOmitted) out.evidenceOmitted = f.evidenceOmitted;
  return out;
}

export function toJsonl(facts: Fact[]): string {
  return facts.map((f) => JSON.stringify(factToJson(f)) + '\n').join('');
}

export function parseJsonl(text: string, file: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as Record<string, unknown>);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
  });
  return out;
}

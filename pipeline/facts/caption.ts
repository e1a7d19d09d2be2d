// Facts as words, from the schema's templates: a short caption (the browser's labels) and a
// sentence (a dossier line). `{arg}` is an argument's value, `{arg|text}` the same with a
// default; `[...]` is kept only when every argument in it without a default has a value and
// at least one argument in it has one.
import { FACT_TYPES, argsOf, argSpec, type FactType } from './schema.ts';
import type { Money } from './types.ts';

export type CaptionValue = string | number | Money | null | undefined;
export type CaptionValues = Record<string, CaptionValue>;

type Node = string | { arg: string; fallback?: string } | { group: Node[] };

function parse(template: string): Node[] {
  const stack: Node[][] = [[]];
  const re = /\{(\w+)(?:\|([^}]*))?\}|\[|\]|[^{}[\]]+/g;
  for (const m of template.matchAll(re)) {
    const top = stack[stack.length - 1];
    if (m[1]) top.push({ arg: m[1], fallback: m[2] });
    else if (m[0] === '[') stack.push([]);
    else if (m[0] === ']') {
      const group = stack.pop()!;
      stack[stack.length - 1].push({ group });
    } else top.push(m[0]);
  }
  if (stack.length !== 1) throw new Error(`unbalanced [ ] in caption template: ${template}`);
  return stack[0];
}

const parsed = new Map<string, Node[]>();

function format(v: CaptionValue): string | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
  if (typeof v === 'object') return `${v.currency} ${Number(v.amount).toLocaleString('en-US')}`;
  return String(v);
}

function placeholders(nodes: Node[]): Array<{ arg: string; fallback?: string }> {
  return nodes.flatMap((n) => (typeof n === 'string' ? [] : 'group' in n ? placeholders(n.group) : [n]));
}

function renderNodes(nodes: Node[], values: CaptionValues): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') out += n;
    else if ('group' in n) {
      const ps = placeholders(n.group);
      const keep = ps.every((p) => p.fallback !== undefined || format(values[p.arg]) !== undefined) && ps.some((p) => format(values[p.arg]) !== undefined);
      if (keep) out += renderNodes(n.group, values);
    } else out += format(values[n.arg]) ?? n.fallback ?? '';
  }
  return out;
}

/** Fill a template with values. */
export function render(template: string, values: CaptionValues): string {
  let nodes = parsed.get(template);
  if (!nodes) parsed.set(template, (nodes = parse(template)));
  return renderNodes(nodes, values);
}

/**
 * A fact's values from a fact node's properties (money stored as `<arg>Amount` and
 * `<arg>Currency`), with entity names given by the caller where it has them.
 */
export function valuesOf(type: FactType, props: Record<string, unknown>, names: Record<string, string> = {}): CaptionValues {
  const values: CaptionValues = {};
  for (const arg of argsOf(type)) {
    const spec = argSpec(arg)!;
    if (spec.type === 'money') {
      const amount = props[arg + 'Amount'];
      if (amount !== undefined && amount !== null) values[arg] = { amount: Number(amount), currency: String(props[arg + 'Currency']) };
    } else values[arg] = names[arg] ?? (props[arg] as CaptionValue);
  }
  return values;
}

function known(type: string): type is FactType {
  return type in FACT_TYPES;
}

/** A short label for a fact, e.g. "appointment: chairman 2026-03-25". */
export function caption(type: string, values: CaptionValues): string {
  return known(type) ? render(FACT_TYPES[type].caption, values) : type;
}

/** A fact as a line of a dossier, e.g. "appointment of Zou Tao as chairman of Kingsoft Cloud Holdings Limited, effective 2026-03-25". */
export function sentence(type: string, values: CaptionValues): string {
  return known(type) ? render(FACT_TYPES[type].sentence, values) : type;
}

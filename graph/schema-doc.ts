// The parts of docs/schema.md the fact schema decides (fact types, their labels and
// properties, their relationship types), written from pipeline/facts/schema.ts between
// `<!-- generated: NAME -->` and `<!-- end generated -->` markers.
//   npm run schema-doc            rewrite docs/schema.md
// test/schema-doc.test.ts fails while the document and the schema disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_RELS, FACT_TYPES, FACT_TYPE_NAMES, argSpec, argsOf, rangeOf, type FactType, type FactTypeSpec } from '../pipeline/facts/schema.ts';

export const SCHEMA_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'schema.md');

/** Properties every fact node carries besides its arguments. */
export const FACT_BOOKKEEPING = ['id', 'type', 'source', 'documentId', 'extractorVersion', 'confidence', 'rule', 'event', 'evidenceOmitted'];

const code = (s: string) => '`' + s + '`';
const list = (xs: readonly string[]) => xs.map(code).join(', ');

/** Node properties of an argument: money is an amount and a currency. */
function properties(arg: string): string[] {
  return argSpec(arg)?.type === 'money' ? [arg + 'Amount', arg + 'Currency'] : [arg];
}

function spec(t: FactType): FactTypeSpec {
  return FACT_TYPES[t];
}

function factTypesTable(): string[] {
  const out = ['| type | label | kind | required | optional | entities (range) |', '| --- | --- | --- | --- | --- | --- |'];
  for (const t of FACT_TYPE_NAMES) {
    const s = spec(t);
    const required = [...s.required.map(code), ...(s.qualifiers ?? []).map((q) => `${code(q)} when present`)].join(', ');
    const entities = argsOf(t)
      .filter((a) => rangeOf(a))
      .map((a) => {
        const x = argSpec(a)!;
        return `${code(a)} (${rangeOf(a)}${x.type === 'entity' && x.label ? ', ' + x.label : ''})`;
      })
      .join(', ');
    out.push(`| ${code(t)} | ${code(s.label)} | ${s.temporal}${s.tenure ? ', gives a tenure' : ''} | ${required} | ${list(s.optional)} | ${entities} |`);
  }
  return out;
}

function factLabelsTable(): string[] {
  const all = [...new Set(FACT_TYPE_NAMES.flatMap((t) => argsOf(t).flatMap(properties)))];
  const out = ['| Label | Properties |', '| --- | --- |', `| ${code('Fact')} | ${list(FACT_BOOKKEEPING)}, and the fact's arguments: ${list(all)} |`];
  for (const t of FACT_TYPE_NAMES) out.push(`| ${code(spec(t).label)} | ${code('Fact')} properties of ${code(t)} facts: ${list(argsOf(t).flatMap(properties))} |`);
  return out;
}

function factRelationshipsTable(): string[] {
  const out = ['| Type | From → To | Properties |', '| --- | --- | --- |'];
  const labelsWith = (arg: string) => FACT_TYPE_NAMES.filter((t) => argsOf(t).includes(arg as never)).map((t) => code(spec(t).label));
  for (const { arg, range, rel } of ENTITY_RELS) {
    const from = labelsWith(arg);
    if (from.length) out.push(`| ${code(rel)} | ${from.join(', ')} → ${code(range === 'person' ? 'Person' : 'Organization')} | |`);
  }
  const committees = FACT_TYPE_NAMES.filter((t) => argsOf(t).some((a) => argSpec(a)?.type === 'committee'));
  if (committees.length) out.push(`| ${code('COMMITTEE')} | ${committees.map((t) => code(spec(t).label)).join(', ')} → ${code('Committee')} | |`);
  return out;
}

export const GENERATED: Record<string, () => string[]> = {
  'fact-types': factTypesTable,
  'fact-labels': factLabelsTable,
  'fact-relationships': factRelationshipsTable,
};

/** The document with every generated block written afresh from the schema. */
export function updateSchemaDoc(md: string): string {
  let out = md;
  for (const [name, rows] of Object.entries(GENERATED)) {
    const re = new RegExp(`(<!-- generated: ${name} [^\\n]*-->\\n)[\\s\\S]*?(<!-- end generated -->)`);
    if (!re.test(out)) throw new Error(`docs/schema.md has no block <!-- generated: ${name} ... -->`);
    out = out.replace(re, (_, open: string, close: string) => open + rows().join('\n') + '\n' + close);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const md = readFileSync(SCHEMA_DOC, 'utf8');
  const next = updateSchemaDoc(md);
  if (next !== md) writeFileSync(SCHEMA_DOC, next);
  process.stdout.write(next === md ? 'docs/schema.md is up to date\n' : 'docs/schema.md rewritten from pipeline/facts/schema.ts\n');
}

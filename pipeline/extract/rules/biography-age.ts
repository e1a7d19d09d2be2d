// age.*: a person's age as biographies write it — "Mr. Qu Heng, aged 44," (age.aged), "Mr.
// Ridge, age 59," (age.aged), "Dr. Vasquez, 49, has served" (age.comma), "Jane Roe (Age 54)"
// and "Jane Roe (age 54)" (age.parenthetical). The age is as of the announcement's date.
import type { SentenceContext } from '../context.ts';
import type { BioState } from './biography-clause.ts';

const FORMS: Array<[string, RegExp]> = [
  ['age.aged', /^(?:\s*\([^)]*\))?,\s*aged?\s+(\d{2})\b(?!\s*(?:%|years? ago|million))/],
  ['age.comma', /^,\s(\d{2}),\s/],
  ['age.parenthetical', /^(?:,\s*[^,()]{0,80})?\s*\((?:age|aged)\s+(\d{2})\)/i],
];

export function ageRule(ctx: SentenceContext, state: BioState): void {
  for (const p of ctx.refs.filter((r) => r.kind === 'person')) {
    const after = ctx.text.slice(p.to, p.to + 140);
    for (const [rule, re] of FORMS) {
      const m = re.exec(after);
      if (!m) continue;
      const age = Number(m[1]);
      if (age < 18 || age > 99) continue;
      ctx.emit(rule, 'person_attribute', { person: p.name, attribute: 'age', value: age, asOf: ctx.date ?? undefined }, 0.9);
      state.lastPerson = p.name;
      break;
    }
  }
}

// Biographies and titles in passing: one rule per construction family, each in its own file,
// run over every sentence with a cue. They share a state per announcement: the person the
// last sentences were about, for "He joined ...".
import type { SentenceContext } from '../context.ts';
import { HONORIFIC_ALT } from '../lexicon.ts';
import type { BioState } from './biography-clause.ts';
import { ageRule } from './biography-age.ts';
import { appositionRule } from './biography-apposition.ts';
import { titleBeforeNameRule } from './biography-said.ts';
import { copularRule } from './biography-copular.ts';
import { servedAsRule } from './biography-served.ts';
import { formerEmployersRule, joinedRule } from './biography-joined.ts';
import { educationRule } from './biography-education.ts';
import { signatureLineRule } from './signature-line.ts';

export type { BioState } from './biography-clause.ts';

/** The rules in order; a fact stated by several is one fact (the first rule names it). */
const RULES: Array<(ctx: SentenceContext, state: BioState) => void> = [
  ageRule, appositionRule, titleBeforeNameRule, servedAsRule, copularRule, joinedRule, formerEmployersRule, educationRule, signatureLineRule,
];

/** Nothing before a name but an honorific: the sentence opens with the person. */
const OPENS_WITH_NAME = new RegExp(`^(?:\\s*(?:${HONORIFIC_ALT})\\.?\\s*)?$`);

export function biographyRule(state: BioState) {
  return (ctx: SentenceContext): void => {
    // A sentence that opens with a name is about that person from here on.
    const first = ctx.refs.find((r) => r.kind === 'person');
    if (first && OPENS_WITH_NAME.test(ctx.text.slice(0, first.from))) state.lastPerson = first.name;
    for (const rule of RULES) rule(ctx, state);
    if (first && !state.lastPerson) state.lastPerson = first.name;
  };
}

// Hostile inputs, generated: what costs a reader most for its size. Shared by the hostile
// folder test and the bench section that measures a run over them (bench/run.ts).

const SENTENCE = 'Mr. Adam Wells was appointed as an executive director of Halden Marine Limited with effect from 1 May 2026. ';

/** An announcement whose body is one sentence said `times` times on one line. */
export function repeatedAnnouncement(times: number): string {
  return `Halden Marine Limited\n\n(Stock Code: 1234)\n\nANNOUNCEMENT\n\n${SENTENCE.repeat(times)}\n`;
}

/** File name -> content: deep nesting of every kind the readers parse, and a repeated sentence. */
export function hostileFiles(): Record<string, string> {
  return {
    'nested-lists.md': `${'- '.repeat(10_000)}x\n`,
    'nested-quotes.md': `${'> '.repeat(10_000)}x\n`,
    'nested-brackets.md': `Text ${'['.repeat(70_000)}${']'.repeat(70_000)}\n`,
    'nested-divs.html': `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>\n`,
    'repeated.md': repeatedAnnouncement(400),
  };
}

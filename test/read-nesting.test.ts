// How deeply a text nests, measured before parsing: a table of [what, format, text, depth]
// (our own strings), and the limits: just under them a file is read, just over it is refused.
import { describe, expect, it } from 'vitest';
import { checkNesting, nestingOf, MAX_HTML_NESTING, MAX_MARKDOWN_NESTING } from '../pipeline/read/nesting.ts';
import type { Format } from '../pipeline/model.ts';

const ROWS: Array<[string, Format, string, number]> = [
  ['a plain paragraph', 'markdown', 'The Board announces a change of auditor.', 0],
  ['a list', 'markdown', '- first\n- second\n', 1],
  ['a list in a quote', 'markdown', '> - quoted item\n', 2],
  ['numbered items in a nested list', 'markdown', '1. one\n   - a\n', 1],
  ['a thematic break is no list', 'markdown', '---\n', 0],
  ['a link and a footnote', 'markdown', 'See [the circular](https://example.com) [1].', 1],
  ['brackets inside brackets', 'markdown', 'Note [a [b [c]]] here.', 3],
  ['an unmatched bracket does not carry into the next paragraph', 'markdown', '[ open\n\n[ again\n', 1],
  ['elements', 'html', '<html><body><div><p>Text<br></div></body></html>', 3],
  ['unclosed paragraphs and cells count once', 'html', '<table><tr><td>a<td>b<tr><td>c</table>', 1],
];

describe('nesting measured before parsing', () => {
  it.each(ROWS)('%s', (_what, format, text, depth) => {
    expect(nestingOf(format, text)?.depth).toBe(depth);
  });

  it('reads a text at the limit and refuses one a level past it, naming the line', () => {
    expect(() => checkNesting('markdown', `${'- '.repeat(MAX_MARKDOWN_NESTING)}x`)).not.toThrow();
    expect(() => checkNesting('markdown', `intro\n\n${'> '.repeat(MAX_MARKDOWN_NESTING + 1)}x`)).toThrow(/more than 100 levels of lists or block quotes/);
    expect(() => checkNesting('markdown', `${'['.repeat(MAX_MARKDOWN_NESTING)}${']'.repeat(MAX_MARKDOWN_NESTING)}`)).not.toThrow();
    expect(() => checkNesting('markdown', '['.repeat(MAX_MARKDOWN_NESTING + 1))).toThrow(/brackets/);
    expect(() => checkNesting('html', '<div>'.repeat(MAX_HTML_NESTING))).not.toThrow();
    expect(() => checkNesting('html', `<p>\n${'<div>'.repeat(MAX_HTML_NESTING + 1)}`)).toThrow(/more than 1000 levels of elements/);
    try {
      checkNesting('markdown', `a\nb\n${'- '.repeat(MAX_MARKDOWN_NESTING + 1)}`);
    } catch (err) {
      expect((err as { place?: { line?: number } }).place?.line).toBe(3);
    }
  });
});

// Board composition statements, one table per construction: [text, the facts it states].
import { describe, expect, it } from 'vitest';
import { boardLines } from './helpers/board.ts';

type Case = [string, string[]];
const AS_AT = '2026-04-30';

const AS_GROUPS: Case[] = [
  [
    'As at the date of this announcement, the Board comprises Mr. Lee Ka Ho as chairman and executive Director; Ms. Mary Doyle as non-executive Director; and Mr. Yip Chi Ming and Dr. Ines Moreau as independent non-executive Directors.',
    [
      `board_member: Ines Moreau | independent non-executive director | ${AS_AT}`,
      `board_member: Lee Ka Ho | chairman | ${AS_AT}`,
      `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
      `board_member: Mary Doyle | non-executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
    ],
  ],
  [
    'As at the date of this announcement, the Board comprises Mr. Lee Ka Ho (Chairman), Ms. Fong Yuet Ming and Mr. Lau Kin Sang as executive Directors, and Mr. Yip Chi Ming, Mr. Sit Hoi Lam and Ms. Kwan Man Yee as independent non-executive Directors.',
    [
      `board_member: Fong Yuet Ming | executive director | ${AS_AT}`,
      `board_member: Kwan Man Yee | independent non-executive director | ${AS_AT}`,
      `board_member: Lau Kin Sang | executive director | ${AS_AT}`,
      `board_member: Lee Ka Ho | chairman | ${AS_AT}`,
      `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
      `board_member: Sit Hoi Lam | independent non-executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
    ],
  ],
  [
    'As at the date of this announcement, the Board comprises Mr. Lee Ka Ho and Ms. Fong Yuet Ming, being the executive Directors, and Mr. Yip Chi Ming and Mr. Sit Hoi Lam, being the independent non-executive Directors.',
    [
      `board_member: Fong Yuet Ming | executive director | ${AS_AT}`,
      `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
      `board_member: Sit Hoi Lam | independent non-executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
    ],
  ],
  [
    'As at the date of this announcement, the Board comprises five Directors, of which Mr. Lee Ka Ho and Ms. Fong Yuet Ming are executive Directors and Mr. Yip Chi Ming is an independent non-executive Director.',
    [`board_member: Fong Yuet Ming | executive director | ${AS_AT}`, `board_member: Lee Ka Ho | executive director | ${AS_AT}`, `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`],
  ],
];

const ROLE_GROUPS: Case[] = [
  [
    'As at the date of this announcement, the executive Directors are Mr. Lee Ka Ho and Ms. Fong Yuet Ming; the non-executive Director is Ms. Mary Doyle; and the independent non-executive Directors are Mr. Yip Chi Ming and Mr. Sit Hoi Lam.',
    [
      `board_member: Fong Yuet Ming | executive director | ${AS_AT}`,
      `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
      `board_member: Mary Doyle | non-executive director | ${AS_AT}`,
      `board_member: Sit Hoi Lam | independent non-executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
    ],
  ],
  [
    'As at the date of this announcement, the Board comprises two executive Directors, namely Mr. Lee Ka Ho and Ms. Fong Yuet Ming, and three independent non-executive Directors, namely Mr. Yip Chi Ming, Mr. Sit Hoi Lam and Ms. Kwan Man Yee.',
    [
      `board_member: Fong Yuet Ming | executive director | ${AS_AT}`,
      `board_member: Kwan Man Yee | independent non-executive director | ${AS_AT}`,
      `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
      `board_member: Sit Hoi Lam | independent non-executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
    ],
  ],
  [
    'As at 31 March 2026, the Board comprises the following Directors: Executive Directors: Lee Ka Ho (Chairman), Fong Yuet Ming; Independent non-executive Directors: Yip Chi Ming, Sit Hoi Lam.',
    [
      'board_member: Fong Yuet Ming | executive director | 2026-03-31',
      'board_member: Lee Ka Ho | chairman | 2026-03-31',
      'board_member: Lee Ka Ho | executive director | 2026-03-31',
      'board_member: Sit Hoi Lam | independent non-executive director | 2026-03-31',
      'board_member: Yip Chi Ming | independent non-executive director | 2026-03-31',
    ],
  ],
];

const MEMBERS: Case[] = [
  ['Our Board of Directors currently consists of Ms. Renata Volkova, Mr. Callum Ferris, Dr. Priya Natarajan and Mr. Olusegun Adeyemi.', [
    `board_member: Callum Ferris | director | ${AS_AT}`,
    `board_member: Olusegun Adeyemi | director | ${AS_AT}`,
    `board_member: Priya Natarajan | director | ${AS_AT}`,
    `board_member: Renata Volkova | director | ${AS_AT}`,
  ]],
];

MEMBERS.push([
  'The Board comprises Mr. Lee Ka Ho (Chairman and executive Director), Ms. Mary Doyle (non-executive Director) and Mr. Yip Chi Ming (independent non-executive Director).',
  [
    `board_member: Lee Ka Ho | chairman | ${AS_AT}`,
    `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
    `board_member: Mary Doyle | non-executive director | ${AS_AT}`,
    `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
  ],
]);

const NOT_COMPOSITION: Case[] = [
  ['Upon completion, the Board will comprise Mr. Lee Ka Ho and Ms. Fong Yuet Ming as executive Directors.', []],
  ['The Board shall comprise not less than three independent non-executive Directors.', []],
  ['Mr. Lee Ka Ho, an executive Director, is interested in the transaction.', []],
];

describe.each([
  ['board.as-groups', AS_GROUPS],
  ['board.role-groups', ROLE_GROUPS],
  ['board.members', MEMBERS],
  ['not composition', NOT_COMPOSITION],
])('%s', (_name, cases) => {
  it.each(cases)('%s', async (text, expected) => {
    expect(await boardLines(text, ['board_member'])).toEqual([...expected].sort());
  });
});

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

const LABELLED_GROUPS: Case[] = [
  [
    'As at the date of this announcement, the Directors are: Executive Directors: Ms. Mary Doyle (Chairman and Chief Executive Officer) and Mr. Ho Wing Tat. Independent Non-executive Directors: Dr. Ines Moreau and Mr. Yip Chi Ming.',
    [
      `board_member: Ho Wing Tat | executive director | ${AS_AT}`,
      `board_member: Ines Moreau | independent non-executive director | ${AS_AT}`,
      `board_member: Mary Doyle | chairman | ${AS_AT}`,
      `board_member: Mary Doyle | executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
    ],
  ],
  ['The Directors are of the view that the terms of the agreement between Mr. Ho Wing Tat and Ms. Mary Doyle are fair and reasonable.', []],
];

const ALTERNATE: Case[] = [
  ['The Directors during the year were Mr. Lee Ka Ho (Chairman), Mr. Sit Hoi Lam (with Ms. Kwan Man Yee as alternate) and Mr. Ho Wing Tat (Alternate Director to Mr. Lee Ka Ho).', [
    `board_member: Ho Wing Tat | alternate director | ${AS_AT}`,
    `board_member: Kwan Man Yee | alternate director | ${AS_AT}`,
  ]],
  ['Ms. Fong Yuet Ming, JP (Alternate Director to Dr. Ines Moreau) attended two meetings.', [`board_member: Fong Yuet Ming | alternate director | ${AS_AT}`]],
  ['Mr. Ho Wing Tat was an alternate director of Brightwater Logistics Limited from 2012 to 2015.', []],
  ['Mr. Ho Wing Tat (Alternate Director to Mr. Lee Ka Ho) of Eastvale Bank Limited signed the minutes.', []],
];

const RETIRING: Case[] = [
  ['Mr. Lee Ka Ho, Ms. Fong Yuet Ming and Dr. Ines Moreau will retire by rotation at the forthcoming annual general meeting and, being eligible, offer themselves for re-election.', [
    `board_member: Fong Yuet Ming | director | ${AS_AT}`,
    `board_member: Ines Moreau | director | ${AS_AT}`,
    `board_member: Lee Ka Ho | director | ${AS_AT}`,
  ]],
  ['At the 2025 AGM, three Directors, namely, Mr. Sit Hoi Lam, Ms. Kwan Man Yee and Mr. Yip Chi Ming, retired by rotation and were re-elected as Directors of the Company.', [
    `board_member: Kwan Man Yee | director | ${AS_AT}`,
    `board_member: Sit Hoi Lam | director | ${AS_AT}`,
    `board_member: Yip Chi Ming | director | ${AS_AT}`,
  ]],
  ['Mr. Ho Wing Tat retired as a Director on 1 March 2026.', []],
];

/** A director's seat of a named kind makes the plain "director" of the same person redundant. */
const KIND_OVER_DIRECTOR: Case[] = [
  ['The executive Directors are Mr. Lee Ka Ho and Ms. Fong Yuet Ming. Mr. Lee Ka Ho and Mr. Sit Hoi Lam will retire by rotation and offer themselves for re-election.', [
    `board_member: Fong Yuet Ming | executive director | ${AS_AT}`,
    `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
    `board_member: Sit Hoi Lam | director | ${AS_AT}`,
  ]],
];

describe.each([
  ['board.as-groups', AS_GROUPS],
  ['board.role-groups', ROLE_GROUPS],
  ['board.members', MEMBERS],
  ['board.role-groups: labelled groups after "the Directors are:"; an officer\'s title is no board role', LABELLED_GROUPS],
  ['board.alternate', ALTERNATE],
  ['board.retiring', RETIRING],
  ['a named kind of director over director', KIND_OVER_DIRECTOR],
  ['not composition', NOT_COMPOSITION],
])('%s', (_name, cases) => {
  it.each(cases)('%s', async (text, expected) => {
    expect(await boardLines(text, ['board_member'])).toEqual([...expected].sort());
  });
});

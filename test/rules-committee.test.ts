// Committee membership as a state, one table per construction: [text, the facts it states].
// A committee's chairman is one fact with role chairman.
import { describe, expect, it } from 'vitest';
import { boardLines } from './helpers/board.ts';

type Case = [string, string[]];
const AS_AT = '2026-04-30';

const COMPRISES: Case[] = [
  [
    'The Audit Committee comprises three independent non-executive Directors, namely Mr. Yip Chi Ming (chairman), Mr. Sit Hoi Lam and Ms. Kwan Man Yee.',
    [`committee_member: Kwan Man Yee | member of Audit Committee | ${AS_AT}`, `committee_member: Sit Hoi Lam | member of Audit Committee | ${AS_AT}`, `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`],
  ],
  [
    'The Remuneration Committee consists of Mr. Sit Hoi Lam, Ms. Kwan Man Yee and Mr. Lee Ka Ho, with Mr. Sit Hoi Lam as the chairman of the Remuneration Committee.',
    [`committee_member: Kwan Man Yee | member of Remuneration Committee | ${AS_AT}`, `committee_member: Lee Ka Ho | member of Remuneration Committee | ${AS_AT}`, `committee_member: Sit Hoi Lam | chairman of Remuneration Committee | ${AS_AT}`],
  ],
  [
    'The members of the Nomination Committee are Mr. Lee Ka Ho (Chairman), Mr. Yip Chi Ming and Ms. Kwan Man Yee.',
    [`committee_member: Kwan Man Yee | member of Nomination Committee | ${AS_AT}`, `committee_member: Lee Ka Ho | chairman of Nomination Committee | ${AS_AT}`, `committee_member: Yip Chi Ming | member of Nomination Committee | ${AS_AT}`],
  ],
  [
    'On 1 April 2026, the Company established an ESG Committee comprising Mr. Lee Ka Ho, an executive Director and the chief executive officer, Ms. Fong Yuet Ming, the chief financial officer, and Mr. Yip Chi Ming.',
    [`committee_member: Fong Yuet Ming | member of ESG Committee | ${AS_AT}`, `committee_member: Lee Ka Ho | member of ESG Committee | ${AS_AT}`, `committee_member: Yip Chi Ming | member of ESG Committee | ${AS_AT}`],
  ],
  [
    'Audit and Risk Committee: Mr. Sit Hoi Lam (Chairman), Ms. Kwan Man Yee, Mr. Yip Chi Ming',
    [`committee_member: Kwan Man Yee | member of Audit and Risk Committee | ${AS_AT}`, `committee_member: Sit Hoi Lam | chairman of Audit and Risk Committee | ${AS_AT}`, `committee_member: Yip Chi Ming | member of Audit and Risk Committee | ${AS_AT}`],
  ],
];

const CHAIRED_BY: Case[] = [
  [
    'The Remuneration Committee has three members. The Committee is chaired by Mr. Sit Hoi Lam, an independent non-executive Director. The other members are Ms. Kwan Man Yee and Mr. Lee Ka Ho.',
    [`committee_member: Kwan Man Yee | member of Remuneration Committee | ${AS_AT}`, `committee_member: Lee Ka Ho | member of Remuneration Committee | ${AS_AT}`, `committee_member: Sit Hoi Lam | chairman of Remuneration Committee | ${AS_AT}`],
  ],
];

const COPULAR: Case[] = [
  ['Mr. Yip Chi Ming is the chairman of the Audit Committee and a member of each of the Remuneration Committee and the Nomination Committee.', [
    `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`,
    `committee_member: Yip Chi Ming | member of Nomination Committee | ${AS_AT}`,
    `committee_member: Yip Chi Ming | member of Remuneration Committee | ${AS_AT}`,
  ]],
  ['Ms. Kwan Man Yee, the chairman of the Nomination Committee, is interested in 1,000 Shares.', [`committee_member: Kwan Man Yee | chairman of Nomination Committee | ${AS_AT}`]],
  ['Mr. Yip Chi Ming currently serves as the chairman of the Audit Committee and a member of the Remuneration Committee.', [
    `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`,
    `committee_member: Yip Chi Ming | member of Remuneration Committee | ${AS_AT}`,
  ]],
  ['Ms. Kwan Man Yee sits on the Nomination Committee and the Remuneration Committee of the Board.', [
    `committee_member: Kwan Man Yee | member of Nomination Committee | ${AS_AT}`,
    `committee_member: Kwan Man Yee | member of Remuneration Committee | ${AS_AT}`,
  ]],
  ['Mr. Sit Hoi Lam has been a member of the Audit Committee since June 2019.', [`committee_member: Sit Hoi Lam | member of Audit Committee | ${AS_AT}`]],
  ['Mr. Sit Hoi Lam has served as a member of the audit committee of Brightwater Logistics Limited since 2018.', []],
  ['Ms. Kwan Man Yee also sits on the Risk Committee of Brightwater Logistics Limited.', []],
  ['Ms. Kwan Man Yee will serve on the Audit Committee from 1 June 2026.', []],
  ['Ms. Kwan Man Yee is expected to serve as a member of the Audit Committee.', []],
  ['Mr. Ho Wing Tat is currently an independent non-executive director of Brightwater Logistics Limited, where he is the chairman of the audit committee.', []],
  ['Mr. Sit Hoi Lam was a member of the audit committee of Brightwater Logistics Limited from 2010 to 2015.', []],
  ['Mr. Sit Hoi Lam has been appointed as a member of the Audit Committee with effect from 1 May 2026.', []],
];

const ITS_CHAIRMAN: Case[] = [
  [
    'The Remuneration Committee comprises Mr. Yip Chi Ming, Mr. Sit Hoi Lam and Ms. Kwan Man Yee, with Mr. Yip Chi Ming as its chairman.',
    [`committee_member: Kwan Man Yee | member of Remuneration Committee | ${AS_AT}`, `committee_member: Sit Hoi Lam | member of Remuneration Committee | ${AS_AT}`, `committee_member: Yip Chi Ming | chairman of Remuneration Committee | ${AS_AT}`],
  ],
  [
    'Mr. Lee Ka Ho, Mr. Yip Chi Ming and Ms. Kwan Man Yee are members of the Nomination Committee, and Mr. Lee Ka Ho is its chairman.',
    [`committee_member: Kwan Man Yee | member of Nomination Committee | ${AS_AT}`, `committee_member: Lee Ka Ho | chairman of Nomination Committee | ${AS_AT}`, `committee_member: Yip Chi Ming | member of Nomination Committee | ${AS_AT}`],
  ],
];

const CHAIRED_AND_COMPRISES: Case[] = [
  [
    'The Nomination Committee is chaired by Mr. Lee Ka Ho and comprises Mr. Yip Chi Ming and Ms. Kwan Man Yee.',
    [`committee_member: Kwan Man Yee | member of Nomination Committee | ${AS_AT}`, `committee_member: Lee Ka Ho | chairman of Nomination Committee | ${AS_AT}`, `committee_member: Yip Chi Ming | member of Nomination Committee | ${AS_AT}`],
  ],
];

const CHAIR_IS_NOT_ALSO_MEMBER: Case[] = [
  [
    'The Audit Committee comprises Mr. Yip Chi Ming, Mr. Sit Hoi Lam and Ms. Kwan Man Yee. Mr. Yip Chi Ming has been appointed as the chairman of the Audit Committee with effect from 30 April 2026.',
    [`committee_member: Kwan Man Yee | member of Audit Committee | ${AS_AT}`, `committee_member: Sit Hoi Lam | member of Audit Committee | ${AS_AT}`, `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`],
  ],
];

const ANAPHORA: Case[] = [
  [
    'The Board has delegated the review of pay to the Nomination and Remuneration Committee. The Committee has four members. The Committee is chaired by Independent Non-executive Director Dr. Ines Moreau, JP. The other members are Independent Non- executive Director Professor Yip Chi Ming, SBS and Non-executive Director Ms. Mary Doyle.',
    [
      `committee_member: Ines Moreau | chairman of Nomination and Remuneration Committee | ${AS_AT}`,
      `committee_member: Mary Doyle | member of Nomination and Remuneration Committee | ${AS_AT}`,
      `committee_member: Yip Chi Ming | member of Nomination and Remuneration Committee | ${AS_AT}`,
    ],
  ],
  ['The Board has an Audit Committee and a Risk Committee. The Committee is chaired by Mr. Sit Hoi Lam.', []],
];

const INVERTED: Case[] = [
  ['The Chairman of the Audit Committee is Mr. Sit Hoi Lam, an independent non-executive Director of the Company.', [`committee_member: Sit Hoi Lam | chairman of Audit Committee | ${AS_AT}`]],
  ['The chairman of the Risk Committee of the Board is currently Ms. Kwan Man Yee.', [`committee_member: Kwan Man Yee | chairman of Risk Committee | ${AS_AT}`]],
];

const MEMBERS_LABEL: Case[] = [
  [
    'The Compensation Committee approved retention awards to the following Executive Committee members: Tomasz Wierzbicki, President of Retail Banking, and Renata Volkova, Chief Risk Officer, in the amount of $5 million each; Callum Ferris, General Counsel.',
    [
      `committee_member: Callum Ferris | member of Executive Committee | ${AS_AT}`,
      `committee_member: Renata Volkova | member of Executive Committee | ${AS_AT}`,
      `committee_member: Tomasz Wierzbicki | member of Executive Committee | ${AS_AT}`,
    ],
  ],
];

const STACKED_APPOSITION: Case[] = [
  [
    'In March 2026 we set up a Sustainability Committee comprising Mr. Lee Ka Ho, chairman of the Board, and Mr. Yip Chi Ming, independent non-executive Director and chairman of the Audit Committee of the Board.',
    [
      `committee_member: Lee Ka Ho | member of Sustainability Committee | ${AS_AT}`,
      `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`,
      `committee_member: Yip Chi Ming | member of Sustainability Committee | ${AS_AT}`,
    ],
  ],
];

/** A member's board role written before the name, in a list of a committee's members. */
const LIST_TITLES: Case[] = [
  [
    'The Remuneration Committee is chaired by Independent Non-executive Director Dr. Ines Moreau. The other members are Non-executive Director Ms. Mary Doyle and Mr. Lee Ka Ho.',
    [
      `board_member: Ines Moreau | independent non-executive director | ${AS_AT}`,
      `board_member: Mary Doyle | non-executive director | ${AS_AT}`,
      `committee_member: Ines Moreau | chairman of Remuneration Committee | ${AS_AT}`,
      `committee_member: Lee Ka Ho | member of Remuneration Committee | ${AS_AT}`,
      `committee_member: Mary Doyle | member of Remuneration Committee | ${AS_AT}`,
    ],
  ],
];

describe.each([
  ['committee.comprises', COMPRISES],
  ['committee.chaired-by', CHAIRED_BY],
  ['committee.copular', COPULAR],
  ['a chairman is not also a member', CHAIR_IS_NOT_ALSO_MEMBER],
  ['committee.chaired-by: "The Committee" is the one named alone before', ANAPHORA],
  ['committee.chaired-by: the chair, then "and comprises" the others', CHAIRED_AND_COMPRISES],
  ['"its chairman"', ITS_CHAIRMAN],
  ['committee.inverted', INVERTED],
  ['committee.members-label', MEMBERS_LABEL],
  ['committee.copular: board titles before the committee role in an apposition', STACKED_APPOSITION],
])('%s', (_name, cases) => {
  it.each(cases)('%s', async (text, expected) => {
    expect(await boardLines(text, ['committee_member'])).toEqual([...expected].sort());
  });
});

describe('board.committee-list-title', () => {
  it.each(LIST_TITLES)('%s', async (text, expected) => {
    expect(await boardLines(text, ['board_member', 'committee_member'])).toEqual([...expected].sort());
  });
});

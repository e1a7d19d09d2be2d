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
  ['Mr. Sit Hoi Lam was a member of the audit committee of Brightwater Logistics Limited from 2010 to 2015.', []],
  ['Mr. Sit Hoi Lam has been appointed as a member of the Audit Committee with effect from 1 May 2026.', []],
];

const CHAIR_IS_NOT_ALSO_MEMBER: Case[] = [
  [
    'The Audit Committee comprises Mr. Yip Chi Ming, Mr. Sit Hoi Lam and Ms. Kwan Man Yee. Mr. Yip Chi Ming has been appointed as the chairman of the Audit Committee with effect from 30 April 2026.',
    [`committee_member: Kwan Man Yee | member of Audit Committee | ${AS_AT}`, `committee_member: Sit Hoi Lam | member of Audit Committee | ${AS_AT}`, `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`],
  ],
];

describe.each([
  ['committee.comprises', COMPRISES],
  ['committee.chaired-by', CHAIRED_BY],
  ['committee.copular', COPULAR],
  ['a chairman is not also a member', CHAIR_IS_NOT_ALSO_MEMBER],
])('%s', (_name, cases) => {
  it.each(cases)('%s', async (text, expected) => {
    expect(await boardLines(text, ['committee_member'])).toEqual([...expected].sort());
  });
});

// What is not a board event: proposals, hypotheticals, negations, authorisations, rotation,
// and other companies' past in biographies. [sentence, the facts it states].
import { describe, expect, it } from 'vitest';
import { boardLines } from './helpers/board.ts';

type Case = [string, string[]];

const NOT_EVENTS: Case[] = [
  ['Mr. Omar Haddad has not been appointed as a director of any other company.', []],
  ['Ms. Lee Wai Man will be proposed for re-election as an executive Director at the forthcoming annual general meeting.', []],
  ['It is proposed that Mr. Chow Kin Pong be appointed as an independent non-executive Director, subject to the approval of the Shareholders.', []],
  ['Dr. Amelia Rusk has been nominated for election as a director at the 2026 annual meeting of stockholders.', []],
  ['If elected, Mr. Gideon Falk would serve as a member of the Audit Committee.', []],
  ['Mr. Yeung Kin Lok shall retire by rotation at the annual general meeting and, being eligible, will offer himself for re-election.', []],
  ['The Shareholders will be asked to authorise the Board to appoint Mr. Tam Ho Yin as an additional Director.', []],
  ['The Board may appoint Mr. Tam Ho Yin as an executive Director if the acquisition completes.', []],
  ['Mr. Tam Ho Yin would be appointed as the chief executive officer upon completion of the merger.', []],
  ['Mr. Mak Chun Wai, aged 52, was an executive director of Golden Reef Resources Limited from 2012 to 2019 and resigned as its chairman in 2019.', []],
  ['Mr. Mak Chun Wai, aged 52, was appointed as an executive director of Golden Reef Resources Limited in 2012.', []],
  ['Save as disclosed above, Mr. Mak Chun Wai did not hold any directorship in other listed public companies in the last three years.', []],
  ['Following the completion, the Target Company will become an indirect wholly-owned subsidiary of the Company.', []],
  ['Each Director appointed by the Board shall hold office until the next annual general meeting.', []],
];

const STILL_EVENTS: Case[] = [
  // A future appointment that is decided, not proposed.
  ['Ms. Kwok Lai Ying will be appointed as an executive Director with effect from 1 June 2026.', ['appointment: Kwok Lai Ying | executive director | 2026-06-01']],
  // Re-election mentioned after the appointment is not a proposal of the appointment.
  [
    'Mr. Chow Kin Pong has been appointed as an independent non-executive Director with effect from 1 May 2026, subject to re-election at the next annual general meeting.',
    ['appointment: Chow Kin Pong | independent non-executive director | 2026-05-01'],
  ],
  // Elected nominees are no longer proposals.
  ['At the annual general meeting held on 20 May 2026, Mr. Yeung Kin Lok was re-elected as an executive Director.', ['appointment: Yeung Kin Lok | executive director | 2026-05-20']],
  // Retiring and not offering himself for re-election is a departure.
  ['Mr. Yeung Kin Lok will retire by rotation at the annual general meeting held on 20 May 2026 and will not offer himself for re-election.', ['resignation: Yeung Kin Lok | director | 2026-05-20']],
];

describe.each([
  ['not events', NOT_EVENTS],
  ['events despite a guard word', STILL_EVENTS],
])('%s', (_name, cases) => {
  it.each(cases)('%s', async (sentence, expected) => {
    expect(await boardLines(sentence, ['appointment', 'resignation'])).toEqual([...expected].sort());
  });
});

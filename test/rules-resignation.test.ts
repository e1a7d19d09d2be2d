// Resignations, one table per construction: [sentence, the facts it states].
import { describe, expect, it } from 'vitest';
import { boardLines } from './helpers/board.ts';

type Case = [string, string[]];

const ACTIVE: Case[] = [
  [
    'The Board announces that Ms. Vera Lindholm tendered her resignation as an executive Director with effect from 1 June 2026 due to her other work commitments.',
    ['resignation: Vera Lindholm | executive director | 2026-06-01 | other work commitments'],
  ],
  [
    'On 15 April 2026, Mr. Poon Yat Sen resigned from his positions as an executive Director, the chairman of the Board and a member of the Remuneration Committee.',
    ['resignation: Poon Yat Sen | chairman | 2026-04-15', 'resignation: Poon Yat Sen | executive director | 2026-04-15', 'resignation: Poon Yat Sen | member of Remuneration Committee | 2026-04-15'],
  ],
  ['On April 2, 2026, Mr. Dorian Velasquez notified the Board of his decision to resign as Chief Financial Officer of the Company, effective April 30, 2026.', ['resignation: Dorian Velasquez | chief financial officer | 2026-04-30']],
  ['Ms. Hilde Brekke will step down as Chief Executive Officer on June 30, 2026 and will remain a director.', ['resignation: Hilde Brekke | chief executive officer | 2026-06-30']],
  ['Mr. Ewan Calloway retired as chairman of the Board on 31 March 2026.', ['resignation: Ewan Calloway | chairman | 2026-03-31 | retirement']],
  ['Mr. Ewan Calloway has informed the Board that he will retire from the Board with effect from the conclusion of the annual general meeting of the Company held on 20 May 2026.', ['resignation: Ewan Calloway | director | 2026-05-20 | retirement']],
  ['Mr. Siu Kin Wah resigned as an independent non-executive Director for personal reasons with effect from 1 May 2026.', ['resignation: Siu Kin Wah | independent non-executive director | 2026-05-01 | personal reasons']],
  [
    'On March 3, 2026, Mr. Piet Halvorsen and Ms. Ursula Menck, each a director of the Company, informed the Board that he/she was resigning from the Board, effective immediately.',
    ['resignation: Piet Halvorsen | director | 2026-03-03', 'resignation: Ursula Menck | director | 2026-03-03'],
  ],
  ['The Board was informed that Mr. Joaquin Ferrer, who resigned from the Board in January 2026, holds no shares.', ['resignation: Joaquin Ferrer | director | 2026-01']],
];

const PASSIVE: Case[] = [
  ['On 20th January, 2026, Mr. Ng Kwok Fai was resigned as executive director of the Company.', ['resignation: Ng Kwok Fai | executive director | 2026-01-20']],
  ['On 11th March, 2026, Ms. Au Yin Ling was resigned as independent non-executive director of the Company.', ['resignation: Au Yin Ling | independent non-executive director | 2026-03-11']],
];

const CEASED: Case[] = [
  [
    'The Board announces that Ms. Vera Lindholm tendered her resignation as an executive Director with effect from 1 June 2026. Following her resignation, she also ceased to act as a member of the Remuneration Committee.',
    ['resignation: Vera Lindholm | executive director | 2026-06-01', 'resignation: Vera Lindholm | member of Remuneration Committee | 2026-06-01'],
  ],
  ['Upon his resignation taking effect, Mr. Kong Wai Hung ceased to be the chairman of the Nomination Committee and an authorised representative of the Company.', ['resignation: Kong Wai Hung | authorised representative', 'resignation: Kong Wai Hung | chairman of Nomination Committee']],
  ['Mr. Ahmad Sulaiman has resigned as an executive Director and ceased to be the chairman of the Board with effect from 1 May 2026.', ['resignation: Ahmad Sulaiman | chairman | 2026-05-01', 'resignation: Ahmad Sulaiman | executive director | 2026-05-01']],
  ['Mr. Brett Ainsworth will no longer serve as the Chief Financial Officer and Treasurer of the Company effective April 17, 2026.', ['resignation: Brett Ainsworth | chief financial officer | 2026-04-17', 'resignation: Brett Ainsworth | treasurer | 2026-04-17']],
];

const NOMINAL: Case[] = [
  ['The Board announces the resignation of Mr. Lui Chun Kit as the company secretary of the Company with effect from 30 April 2026.', ['resignation: Lui Chun Kit | company secretary | 2026-04-30']],
];

const TERM_ENDS: Case[] = [
  ['Mr. Brent Kowalski’s employment as the Chief Financial Officer and Treasurer of the Company will terminate effective April 17, 2026.', ['resignation: Brent Kowalski | chief financial officer | 2026-04-17', 'resignation: Brent Kowalski | treasurer | 2026-04-17']],
];

const RESPECTIVELY: Case[] = [
  [
    'Mr. Lai Sheung Man and Ms. Yip Wing Sze resigned as the chief executive officer and the chief financial officer of the Company, respectively, with effect from 1 May 2026.',
    ['resignation: Lai Sheung Man | chief executive officer | 2026-05-01', 'resignation: Yip Wing Sze | chief financial officer | 2026-05-01'],
  ],
  [
    'Mr. Lai Sheung Man and Ms. Yip Wing Sze resigned as executive Directors with effect from 1 May 2026 and 15 May 2026, respectively.',
    ['resignation: Lai Sheung Man | executive director | 2026-05-01', 'resignation: Yip Wing Sze | executive director | 2026-05-15'],
  ],
];

const NOT_STANDING: Case[] = [
  ['Mr. Charles T. Whitcombe, who currently serves on the Board, is retiring from the Board and is not standing for election at this Annual Meeting.', ['resignation: Charles T. Whitcombe | director | retirement']],
  ['Ms. Hana Kowalczyk has informed the Board of her decision not to seek re-election at the 2026 annual meeting of stockholders.', ['resignation: Hana Kowalczyk | director']],
];

describe.each([
  ['resignation.active', ACTIVE],
  ['resignation.passive', PASSIVE],
  ['resignation.ceased', CEASED],
  ['resignation.nominal', NOMINAL],
  ['resignation.term-ends', TERM_ENDS],
  ['"respectively"', RESPECTIVELY],
  ['resignation.not-standing', NOT_STANDING],
])('%s', (_name, cases) => {
  it.each(cases)('%s', async (sentence, expected) => {
    expect(await boardLines(sentence)).toEqual([...expected].sort());
  });
});

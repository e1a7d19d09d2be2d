// Elections at shareholders' meetings (appointment.election), in text and from vote tables:
// [text, the facts it states]. An elected director is an appointment as director unless the
// text names another role; the date is the meeting's.
import { describe, expect, it } from 'vitest';
import { boardLines } from './helpers/board.ts';

type Case = [string, string[]];

const IN_TEXT: Case[] = [
  ['At the annual general meeting of the Company held on 20 May 2026, Mr. Chan Siu Fung was re-elected as an executive Director.', ['appointment: Chan Siu Fung | executive director | 2026-05-20']],
  [
    'At the annual general meeting held on 20 May 2026, each of Mr. Chan Siu Fung, Ms. Ho Mei Ling and Mr. Yau Tsz Kin was re-elected.',
    ['appointment: Chan Siu Fung | director | 2026-05-20', 'appointment: Ho Mei Ling | director | 2026-05-20', 'appointment: Yau Tsz Kin | director | 2026-05-20'],
  ],
  ['On May 14, 2026, the Company held its annual meeting of stockholders, at which the stockholders elected Mr. Rowan Pettigrew and Ms. Delphine Carrow as directors.', ['appointment: Delphine Carrow | director | 2026-05-14', 'appointment: Rowan Pettigrew | director | 2026-05-14']],
  ['Ms. Ho Mei Ling was elected as the chairman of the Board at the board meeting held on 2 May 2026.', ['appointment: Ho Mei Ling | chairman | 2026-05-02']],
];

const VOTE_TABLE = `On May 14, 2026, the Company held its Annual Meeting of Stockholders. The following nominees were elected as directors for a one-year term expiring at the 2027 annual meeting:

| Nominee | For | Against | Abstain | Broker Non-Votes |
|---|---|---|---|---|
| Harriet M. Oyelaran | 41,200,310 | 1,022,004 | 33,100 | 2,900,431 |
| Desmond K. Varga | 40,870,122 | 1,352,192 | 33,100 | 2,900,431 |
| Imogen Strand | 12,004,551 | 30,217,763 | 33,100 | 2,900,431 |

The proposal to ratify the selection of the auditors received the following votes:

| For | Against | Abstain |
|---|---|---|
| 44,100,000 | 900,000 | 20,000 |`;

const POLL_TABLE = `The Board announces that at the annual general meeting of the Company held on 20 May 2026, all the proposed resolutions were duly passed by way of poll. The poll results are as follows:

| Ordinary resolutions | For | Against |
|---|---|---|
| 1. To receive the audited financial statements | 900,000,000 (99.99%) | 10,000 (0.01%) |
| 2(a). To re-elect Mr. Ip Ka Chun as an executive Director | 899,000,000 (99.88%) | 1,010,000 (0.12%) |
| 2(b). To re-elect Ms. Kam Wing Sze as an independent non-executive Director | 898,500,000 (99.83%) | 1,510,000 (0.17%) |`;

const POLL_LINES = `At the annual general meeting of the Company held on 20 May 2026, all the resolutions set out in the notice were duly passed by way of poll.

2(a). To re-elect Mr. Ip Ka Chun as an executive Director 899,000,000 (99.88%) 1,010,000 (0.12%)

2(b). To re-elect Ms. Kam Wing Sze as an independent non-executive Director 1,000 (0.01%) 899,000,000 (99.99%)`;

describe('appointment.election in text', () => {
  it('reads poll-result lines of re-election resolutions that passed, with more votes for than against', async () => {
    expect(await boardLines(POLL_LINES)).toEqual(['appointment: Ip Ka Chun | executive director | 2026-05-20']);
  });

  it.each(IN_TEXT)('%s', async (sentence, expected) => {
    expect(await boardLines(sentence)).toEqual([...expected].sort());
  });
});

describe('appointment.election from vote tables', () => {
  it('reads an 8-K table of nominees, leaves out the one with more votes against, and keeps the term', async () => {
    expect(await boardLines(VOTE_TABLE)).toEqual(['appointment: Desmond K. Varga | director | 2026-05-14', 'appointment: Harriet M. Oyelaran | director | 2026-05-14']);
  });

  it('reads an HKEX poll-results table of re-election resolutions that were passed', async () => {
    expect(await boardLines(POLL_TABLE)).toEqual(['appointment: Ip Ka Chun | executive director | 2026-05-20', 'appointment: Kam Wing Sze | independent non-executive director | 2026-05-20']);
  });

  it('reads nothing from a table of resolutions not said to be passed', async () => {
    expect(await boardLines(POLL_TABLE.replace('all the proposed resolutions were duly passed by way of poll', 'the resolutions were put to the vote'))).toEqual([]);
  });
});

// Appointments, one table per construction: [sentence, the facts it states].
import { describe, expect, it } from 'vitest';
import { boardLines } from './helpers/board.ts';

type Case = [string, string[]];

const PASSIVE: Case[] = [
  [
    'The board of directors of the Company announces that Mr. Ho Chun Kit has been appointed as an independent non-executive Director, the chairman of the Audit Committee and a member of the Nomination Committee with effect from 2 May 2026.',
    [
      'appointment: Ho Chun Kit | chairman of Audit Committee | 2026-05-02',
      'appointment: Ho Chun Kit | independent non-executive director | 2026-05-02',
      'appointment: Ho Chun Kit | member of Nomination Committee | 2026-05-02',
    ],
  ],
  ['Ms. Pauline Ostrander was appointed Chief Financial Officer of the Company, effective June 1, 2026.', ['appointment: Pauline Ostrander | chief financial officer | 2026-06-01']],
  ['On 1st day of April 2026, Mr. Tse Wing Lok was appointed as the company secretary and an authorised representative of the Company.', ['appointment: Tse Wing Lok | authorised representative | 2026-04-01', 'appointment: Tse Wing Lok | company secretary | 2026-04-01']],
  [
    'Mr. Kwan Siu Ming and Ms. Lo Pui Yee have been appointed as independent non-executive Directors with effect from 3 May 2026.',
    ['appointment: Kwan Siu Ming | independent non-executive director | 2026-05-03', 'appointment: Lo Pui Yee | independent non-executive director | 2026-05-03'],
  ],
  [
    'With effect from 1 June 2026, Mr. Kwan Siu Ming and Ms. Lo Pui Yee have been appointed as the chairman and the vice chairman of the Board, respectively.',
    ['appointment: Kwan Siu Ming | chairman | 2026-06-01', 'appointment: Lo Pui Yee | vice chairman | 2026-06-01'],
  ],
  [
    'Mr. Fok Tin Yan has been appointed as the chairman of the remuneration committee and a member of each of the audit committee and the nomination committee of the Board with effect from 8 May 2026.',
    ['appointment: Fok Tin Yan | chairman of Remuneration Committee | 2026-05-08', 'appointment: Fok Tin Yan | member of Audit Committee | 2026-05-08', 'appointment: Fok Tin Yan | member of Nomination Committee | 2026-05-08'],
  ],
  ['Mr. Yuen Ka Fai, an executive Director, has been promoted to the position of chief executive officer with immediate effect.', ['appointment: Yuen Ka Fai | chief executive officer | 2026-04-30']],
  ['Ms. Ingrid Solberg has been appointed to the Board as an independent director, effective May 15, 2026.', ['appointment: Ingrid Solberg | independent director | 2026-05-15']],
  ['Dr. Amara Lindqvist will be appointed as the Chief Technology Officer with effect from the date of this announcement.', ['appointment: Amara Lindqvist | chief technology officer | 2026-04-30']],
  ['Mr. Ahmad Sulaiman has, with effect from 1 May 2026, been appointed as an executive Director.', ['appointment: Ahmad Sulaiman | executive director | 2026-05-01']],
];

const ACTIVE: Case[] = [
  ['On April 20, 2026, the Board appointed Mr. Rafael Ortega as the Company’s Executive Vice President and Chief Operating Officer, effective May 1, 2026.', ['appointment: Rafael Ortega | chief operating officer | 2026-05-01', 'appointment: Rafael Ortega | executive vice president | 2026-05-01']],
  ['The Board has appointed Mr. Chan Tai Wah and Ms. Lam Mei Kuen as members of the Audit Committee with effect from 1 May 2026.', ['appointment: Chan Tai Wah | member of Audit Committee | 2026-05-01', 'appointment: Lam Mei Kuen | member of Audit Committee | 2026-05-01']],
  ['The Board named Ms. Odette Marchetti Treasurer on April 28, 2026.', ['appointment: Odette Marchetti | treasurer | 2026-04-28']],
  ['The Board has elected Mr. Theo Vandermeer to the Board, effective immediately.', ['appointment: Theo Vandermeer | director | 2026-04-30']],
  ['On 28 April 2026, the Board resolved to re-appoint Ms. Ivana Roos as the chairman of the Board.', ['appointment: Ivana Roos | chairman | 2026-04-28']],
  ['On April 9, 2026, the Board enlarged itself to nine seats and appointed Mr. Teodor Vasilev to fill the resulting vacancy.', ['appointment: Teodor Vasilev | director | 2026-04-09']],
];

const SERVE_ON: Case[] = [
  [
    'The Board appointed Ms. Greta Lindahl as a director on April 9, 2026. Ms. Lindahl will serve on the Audit Committee and the Compensation Committee.',
    ['appointment: Greta Lindahl | director | 2026-04-09', 'appointment: Greta Lindahl | member of Audit Committee | 2026-04-09', 'appointment: Greta Lindahl | member of Compensation Committee | 2026-04-09'],
  ],
];

const NOMINAL: Case[] = [
  ['The Board is pleased to announce the appointment of Ms. Wong Hoi Yan as the company secretary of the Company with effect from 15 May 2026.', ['appointment: Wong Hoi Yan | company secretary | 2026-05-15']],
  ['Mr. Leung Chi Keung’s appointment as an executive Director took effect on 2 May 2026.', ['appointment: Leung Chi Keung | executive director | 2026-05-02']],
  ['Ms. Gwen Abernathy joined the Company in 2019 and became an officer of the Company with her appointment as its Treasurer in April 2021.', ['appointment: Gwen Abernathy | treasurer | 2021-04']],
];

const BECAME: Case[] = [
  ['Mr. Henrik Dalby will become the sole Chief Executive Officer of the Company on July 1, 2026.', ['appointment: Henrik Dalby | chief executive officer | 2026-07-01']],
  ['Ms. Nadia Okafor became a substantial shareholder of the Company in 2025.', []],
];

const SUCCESSION: Case[] = [
  ['Ms. Clara Whitfield will succeed Mr. Jonah Pryce as Chief Executive Officer, effective June 30, 2026.', ['appointment: Clara Whitfield | chief executive officer | 2026-06-30']],
  ['The Board appointed Mr. Sung Wai Lun, who succeeds Mr. Ip Kwok Wing as chairman of the Board, with effect from 1 May 2026.', ['appointment: Sung Wai Lun | chairman | 2026-05-01']],
  ['Mr. Jonah Pryce will be succeeded by Ms. Clara Whitfield as Chief Financial Officer on June 30, 2026.', ['appointment: Clara Whitfield | chief financial officer | 2026-06-30']],
];

const REDESIGNATION: Case[] = [
  [
    'Mr. Ma Ching Hung has been re-designated from an executive Director to a non-executive Director with effect from 1 May 2026.',
    ['appointment: Ma Ching Hung | non-executive director | 2026-05-01', 'resignation: Ma Ching Hung | executive director | 2026-05-01'],
  ],
  ['Ms. Tsui Ka Man has been re-designated as a non-executive Director with effect from 1 May 2026.', ['appointment: Tsui Ka Man | non-executive director | 2026-05-01']],
  ['On 1 March 2026, Mr. Felix Brandt transitioned from the role of Chief Financial Officer to Vice Chairman.', ['appointment: Felix Brandt | vice chairman | 2026-03-01', 'resignation: Felix Brandt | chief financial officer | 2026-03-01']],
];

const RESPECTIVELY: Case[] = [
  [
    'Ms. Chow Pui Ling has been appointed as the chairman and a member of the Audit Committee and the Nomination Committee, respectively, with effect from 1 May 2026.',
    ['appointment: Chow Pui Ling | chairman of Audit Committee | 2026-05-01', 'appointment: Chow Pui Ling | member of Nomination Committee | 2026-05-01'],
  ],
  [
    'Ms. Chow Pui Ling has been appointed as an executive Director and the chief executive officer with effect from 1 May 2026 and 1 June 2026, respectively.',
    ['appointment: Chow Pui Ling | chief executive officer | 2026-06-01', 'appointment: Chow Pui Ling | executive director | 2026-05-01'],
  ],
  [
    'Mr. Kwan Siu Ming and Ms. Lo Pui Yee have been appointed as members of the Audit Committee and the Remuneration Committee, respectively, with effect from 1 June 2026.',
    ['appointment: Kwan Siu Ming | member of Audit Committee | 2026-06-01', 'appointment: Lo Pui Yee | member of Remuneration Committee | 2026-06-01'],
  ],
];

const SAME_DAY: Case[] = [
  [
    'On 15 April 2026, Mr. Poon Yat Sen resigned from his position as an executive director and the chief executive officer of the Company; and Mr. Chiu Man Hon was appointed as an executive director of the Company on the same day.',
    ['appointment: Chiu Man Hon | executive director | 2026-04-15', 'resignation: Poon Yat Sen | chief executive officer | 2026-04-15', 'resignation: Poon Yat Sen | executive director | 2026-04-15'],
  ],
];

describe.each([
  ['appointment.passive', PASSIVE],
  ['appointment.active', ACTIVE],
  ['appointment.nominal', NOMINAL],
  ['appointment.became', BECAME],
  ['appointment.succession', SUCCESSION],
  ['appointment.re-designation', REDESIGNATION],
  ['appointment.serve-on', SERVE_ON],
  ['"respectively"', RESPECTIVELY],
  ['"on the same day"', SAME_DAY],
])('%s', (_name, cases) => {
  it.each(cases)('%s', async (sentence, expected) => {
    expect(await boardLines(sentence)).toEqual([...expected].sort());
  });
});

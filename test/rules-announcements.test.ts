// Whole announcements of our own in the genre's two common shapes, read for their board facts
// only: what the event rules must find, and what the biography, the service contract and the
// closing composition statement must not turn into events.
import { describe, expect, it } from 'vitest';
import { boardLines } from './helpers/board.ts';

const HK_CHANGES = `(1) RESIGNATION OF EXECUTIVE DIRECTOR AND CHIEF EXECUTIVE OFFICER;
(2) APPOINTMENT OF EXECUTIVE DIRECTOR; AND
(3) CHANGE IN COMPOSITION OF BOARD COMMITTEES

The board (the “Board”) of directors (the “Directors”) of Harbourfront Tiles Holdings Limited (the “Company”) announces that Mr. Tong Wai Kit (“Mr. Tong”) has tendered his resignation as an executive Director and the chief executive officer of the Company with effect from 30 April 2026 as he would like to devote more time to his family. Upon his resignation, Mr. Tong also ceased to be a member of the Remuneration Committee.

Mr. Tong has confirmed that he has no disagreement with the Board and that there is no other matter relating to his resignation that needs to be brought to the attention of the shareholders of the Company.

APPOINTMENT OF EXECUTIVE DIRECTOR

The Board is pleased to announce that Ms. Yeung Hoi Ching (“Ms. Yeung”) has been appointed as an executive Director and the chief executive officer of the Company with effect from 30 April 2026.

Ms. Yeung, aged 47, has over 20 years of experience in building materials. She was appointed as an executive director of Silverbay Ceramics Limited in 2015 and resigned as its chief executive officer in 2021. She has not held any directorship in other listed public companies in the last three years.

Ms. Yeung has entered into a service contract with the Company for a term of three years commencing on 30 April 2026, subject to retirement by rotation and re-election at the annual general meeting of the Company in accordance with the articles of association. She will hold office until the next annual general meeting and, being eligible, will offer herself for re-election.

CHANGE IN COMPOSITION OF BOARD COMMITTEES

With effect from 30 April 2026, Ms. Yeung has been appointed as a member of the Remuneration Committee, and Mr. Kam Chi Fai, an independent non-executive Director, has been re-designated from a member to the chairman of the Nomination Committee.

As at the date of this announcement, the Board comprises Mr. Ho Sai Leung (Chairman) and Ms. Yeung Hoi Ching as executive Directors, and Mr. Kam Chi Fai, Ms. Lui Siu Wan and Mr. Pang Tak Ming as independent non-executive Directors.`;

describe('an HKEX announcement of changes of directors', () => {
  it('states the events and the composition, and nothing from the biography or the service contract', async () => {
    expect(await boardLines(HK_CHANGES)).toEqual(
      [
        'resignation: Tong Wai Kit | executive director | 2026-04-30 | devote more time to his family',
        'resignation: Tong Wai Kit | chief executive officer | 2026-04-30 | devote more time to his family',
        'resignation: Tong Wai Kit | member of Remuneration Committee | 2026-04-30',
        'appointment: Yeung Hoi Ching | executive director | 2026-04-30',
        'appointment: Yeung Hoi Ching | chief executive officer | 2026-04-30',
        'appointment: Yeung Hoi Ching | member of Remuneration Committee | 2026-04-30',
        'appointment: Kam Chi Fai | chairman of Nomination Committee | 2026-04-30',
        'resignation: Kam Chi Fai | member of Nomination Committee | 2026-04-30',
        'board_member: Ho Sai Leung | chairman | 2026-04-30',
        'board_member: Ho Sai Leung | executive director | 2026-04-30',
        'board_member: Yeung Hoi Ching | executive director | 2026-04-30',
        'board_member: Kam Chi Fai | independent non-executive director | 2026-04-30',
        'board_member: Lui Siu Wan | independent non-executive director | 2026-04-30',
        'board_member: Pang Tak Ming | independent non-executive director | 2026-04-30',
      ].sort(),
    );
  });
});

const SEC_502 = `Item 5.02 Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers.

On April 14, 2026, Mr. Gerald P. Whitmore notified the Board of Directors (the “Board”) of Harbourfront Tiles Holdings Limited (the “Company”) of his decision to retire as Chief Executive Officer and as a member of the Board, effective June 30, 2026. Mr. Whitmore’s decision was not the result of any disagreement with the Company.

On April 15, 2026, the Board appointed Ms. Renata K. Osei, 49, as Chief Executive Officer, effective July 1, 2026, and elected her to the Board effective the same date. Ms. Osei will succeed Mr. Whitmore. Ms. Osei has served as the Company’s Chief Operating Officer since 2021. From 2015 to 2021, she served as President of Northgate Fixtures Inc., where she was appointed to the board of directors in 2016.

In connection with her appointment, Ms. Osei will receive an annual base salary of $850,000. There are no family relationships between Ms. Osei and any director or executive officer of the Company.`;

describe('an 8-K Item 5.02', () => {
  it('states the departure and the appointment, and nothing of the other company in the biography', async () => {
    expect(await boardLines(SEC_502)).toEqual(
      [
        'resignation: Gerald P. Whitmore | chief executive officer | 2026-06-30 | retirement',
        'resignation: Gerald P. Whitmore | director | 2026-06-30 | retirement',
        'appointment: Renata K. Osei | chief executive officer | 2026-07-01',
        'appointment: Renata K. Osei | director | 2026-07-01',
      ].sort(),
    );
  });
});

// Titles as a grammar: each phrase and the titles it consists of (our own phrases).
import { describe, expect, it } from 'vitest';
import { readTitleList, titlesOf } from '../pipeline/extract/titles.ts';

const TITLES: Array<[string, string[]]> = [
  ['President, Chief Executive Officer and Director', ['president', 'chief executive officer', 'director']],
  ['Chairman and CEO', ['chairman', 'chief executive officer']],
  ['executive vice president and CFO', ['executive vice president', 'chief financial officer']],
  ['Senior Vice President, Global Supply Chain', ['senior vice president, global supply chain']],
  ['Executive Vice President, General Counsel and Secretary', ['executive vice president', 'general counsel', 'secretary']],
  ['Executive Vice President, Controller', ['executive vice president', 'controller']],
  ['Vice President, Associate General Counsel & Secretary', ['vice president', 'associate general counsel', 'secretary']],
  ['Senior Vice President of Finance, Treasurer and Chief Financial Officer', ['senior vice president of finance', 'treasurer', 'chief financial officer']],
  ['Head of Investor Relations', ['head of investor relations']],
  ['head of strategy and administration', ['head of strategy and administration']],
  ['General Manager of the payments division', ['general manager of the payments division']],
  ['Managing Director', ['managing director']],
  ['General Partner', ['general partner']],
  ['Chief Risk Officer', ['chief risk officer']],
  ['Chief Human Resources Officer', ['chief human resources officer']],
  ['Treasurer', ['treasurer']],
  ['Comptroller', ['comptroller']],
  ['company secretary', ['company secretary']],
  ['Authorised Representative', ['authorized representative']],
  ['legal representative', ['legal representative']],
  ['founder', ['founder']],
  ['Co-CEOs', ['co-chief executive officer']],
  ['Interim CEO', ['acting chief executive officer']],
  ['Board Chair', ['chairman']],
  ['the chairman of the Board and an executive Director', ['chairman', 'executive director']],
  ['a member of the Board of Directors', ['director']],
  ['independent non-executive Directors', ['independent non-executive director']],
  ['Lead Independent Director', ['lead independent director']],
  ['portfolio manager', ['portfolio manager']],
  ['Senior Associate', ['senior associate']],
  ['President/Director', ['president', 'director']],
];

describe('titles as a grammar', () => {
  it.each(TITLES)('%s', (phrase, titles) => {
    expect(titlesOf(phrase)).toEqual(titles);
  });

  it('never takes a date or a verb into a title', () => {
    expect(readTitleList('President since January 2009', 0).titles.map((t) => t.title)).toEqual(['president']);
    expect(readTitleList('as Chief Financial Officer from 2018 to 2023', 0).titles.map((t) => t.title)).toEqual(['chief financial officer']);
    expect(titlesOf('President since January 2009')).toEqual([]);
    expect(titlesOf('appointed as director')).toEqual([]);
  });

  it('marks a board committee role, which is no position', () => {
    expect(readTitleList('a member of the Audit Committee', 0).titles.map((t) => [t.title, t.committee])).toEqual([['member of the audit committee', true]]);
    expect(titlesOf('chairman of the group risk committee')).toEqual(['chairman of the group risk committee']);
  });

  it('needs a qualifier for words that alone name no office', () => {
    expect(titlesOf('member')).toEqual([]);
    expect(titlesOf('associate')).toEqual([]);
  });
});

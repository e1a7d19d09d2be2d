// Board and committee composition from tables: [table with the text around it, the facts it states].
import { describe, expect, it } from 'vitest';
import { boardLines, line } from './helpers/board.ts';
import { factsOf } from './helpers/extract.ts';

const AS_AT = '2026-04-30';

const MATRIX = `The Board has established three committees. The table below sets out the membership of each committee of each Board member.

| Director | Audit Committee | Remuneration Committee | Nomination Committee |
|---|---|---|---|
| Executive Directors | - | - | - |
| Mr. Lee Ka Ho (Chairman) | - | - | C |
| Ms. Fong Yuet Ming | - | M | - |
| Independent Non-executive Directors | - | - | - |
| Mr. Yip Chi Ming | C | M | M |
| Mr. Sit Hoi Lam | M | C | M |

Notes: C: chairman of the relevant committee; M: member of the relevant committee.`;

const COLUMNS = `The Nominating and Governance Review Committee (the “Nominating Committee”) meets twice a year. The Company's Board had three committees comprised of the following members in 2025:

| Audit | Compensation | Nominating |
|---|---|---|
| Renata Volkova(1) | Callum Ferris(1) | Priya Natarajan(1) |
| Callum Ferris | Renata Volkova | Renata Volkova |

(1) Denotes the Chairperson of the Committee.`;

const NAME_POSITION = `The Directors of the Company are:

| Name | Position |
|---|---|
| Mr. Lee Ka Ho | Chairman and Executive Director |
| Ms. Fong Yuet Ming | Executive Director and Chief Financial Officer |
| Mr. Yip Chi Ming | Independent Non-executive Director and Chairman of the Audit Committee |`;

describe('tables', () => {
  it('committee.matrix: a column per committee, C and M in the cells; group rows give board roles', async () => {
    expect(await boardLines(MATRIX)).toEqual([
      `board_member: Fong Yuet Ming | executive director | ${AS_AT}`,
      `board_member: Lee Ka Ho | chairman | ${AS_AT}`,
      `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
      `board_member: Sit Hoi Lam | independent non-executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
      `committee_member: Fong Yuet Ming | member of Remuneration Committee | ${AS_AT}`,
      `committee_member: Lee Ka Ho | chairman of Nomination Committee | ${AS_AT}`,
      `committee_member: Sit Hoi Lam | chairman of Remuneration Committee | ${AS_AT}`,
      `committee_member: Sit Hoi Lam | member of Audit Committee | ${AS_AT}`,
      `committee_member: Sit Hoi Lam | member of Nomination Committee | ${AS_AT}`,
      `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`,
      `committee_member: Yip Chi Ming | member of Nomination Committee | ${AS_AT}`,
      `committee_member: Yip Chi Ming | member of Remuneration Committee | ${AS_AT}`,
    ]);
  });

  it('committee.columns: a column per committee, names in the cells, the chair marked by a footnote; the full name of a defined short one', async () => {
    expect(await boardLines(COLUMNS)).toEqual([
      `committee_member: Callum Ferris | chairman of Compensation Committee | ${AS_AT}`,
      `committee_member: Callum Ferris | member of Audit Committee | ${AS_AT}`,
      `committee_member: Priya Natarajan | chairman of Nominating and Governance Review Committee | ${AS_AT}`,
      `committee_member: Renata Volkova | chairman of Audit Committee | ${AS_AT}`,
      `committee_member: Renata Volkova | member of Compensation Committee | ${AS_AT}`,
      `committee_member: Renata Volkova | member of Nominating and Governance Review Committee | ${AS_AT}`,
    ]);
  });

  it('board.table: names and positions; officers are not board members', async () => {
    expect(await boardLines(NAME_POSITION)).toEqual([
      `board_member: Fong Yuet Ming | executive director | ${AS_AT}`,
      `board_member: Lee Ka Ho | chairman | ${AS_AT}`,
      `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
      `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`,
    ]);
  });
});

/** An HTML filing's committee table: spacer rows between the rows, a second row of committee headers. */
const HTML_COLUMNS = `<html><body>
<p>Harbourfront Tiles Holdings Limited</p>
<p>Date of report: April 30, 2026</p>
<p>The Company's Board had five committees comprised of the following members in 2025:</p>
<table>
<tr><td></td><td></td><td></td></tr>
<tr><td>Audit</td><td>Compensation</td><td>Nominating</td></tr>
<tr><td></td><td></td><td></td></tr>
<tr><td>Renata Volkova<sup>(1)</sup></td><td>Callum Ferris<sup>(1)</sup></td><td>Priya Natarajan<sup>(1)</sup></td></tr>
<tr><td>Callum Ferris</td><td>Renata Volkova</td><td>Renata Volkova</td></tr>
<tr><td>Valuation</td><td>Independent Directors</td></tr>
<tr><td></td><td></td></tr>
<tr><td>Callum Ferris<sup>(1)</sup></td><td>Priya Natarajan (1)</td></tr>
<tr><td>Renata Volkova</td><td>Callum Ferris</td></tr>
</table>
<p>(1) Denotes the Chairperson of the Committee.</p>
</body></html>`;

describe('tables in HTML', () => {
  it('committee.columns: spacer rows keep it a table; a second header row starts new columns', async () => {
    const facts = await factsOf(HTML_COLUMNS, 'fixture.html');
    expect(facts.filter((f) => f.type === 'committee_member').map(line).map((l) => l.replace(/ \| [\d-]+$/, '').replace(/ \[.*\]/, '')).sort()).toEqual([
      'committee_member: Callum Ferris | chairman of Compensation Committee',
      'committee_member: Callum Ferris | chairman of Valuation Committee',
      'committee_member: Callum Ferris | member of Audit Committee',
      'committee_member: Callum Ferris | member of Independent Directors Committee',
      'committee_member: Priya Natarajan | chairman of Independent Directors Committee',
      'committee_member: Priya Natarajan | chairman of Nominating Committee',
      'committee_member: Renata Volkova | chairman of Audit Committee',
      'committee_member: Renata Volkova | member of Compensation Committee',
      'committee_member: Renata Volkova | member of Nominating Committee',
      'committee_member: Renata Volkova | member of Valuation Committee',
    ]);
  });

  it('listing.registered-securities: the cover table of classes, symbols and exchanges, read as a table', async () => {
    const html = `<html><body><p>FORM 8-K</p><p>Quarrystone Widgets, Inc.</p><p>(Exact name of registrant as specified in its charter)</p><p>Date of Report (Date of earliest event reported): April 30, 2026</p>
<table>
<tr><td>Title of each class</td><td>Trading Symbol(s)</td><td>Name of each exchange on which registered</td></tr>
<tr><td></td><td></td><td></td></tr>
<tr><td>Common Stock, par value $0.01</td><td>QWX</td><td>New York Stock Exchange</td></tr>
<tr><td></td><td>QWX</td><td>Chicago Stock Exchange, Inc.</td></tr>
<tr><td>2.250% Notes due 2031</td><td>QWX31</td><td>New York Stock Exchange</td></tr>
</table></body></html>`;
    const facts = await factsOf(html, 'fixture.html');
    expect(facts.filter((f) => f.type === 'listing').map((f) => `${f.exchange} ${f.code}`).sort()).toEqual(['Chicago Stock Exchange QWX', 'New York Stock Exchange QWX', 'New York Stock Exchange QWX31']);
  });
});

const GROUPED = `The table below sets out the Shares beneficially owned by each Director and executive officer as at the date of this announcement.

| Name | Number of Shares | Percentage |
|---|---|---|
| Independent Directors: | | |
| Renata Volkova | 12,000 | * |
| Callum Ferris | 8,500 | * |
| Hamish Dunmore (resigned on 1 March 2026) | 2,000 | * |
| Interested Directors(1): | | |
| Priya Natarajan | 310,000 | 1.2 |
| Executive Officers: | | |
| Tomasz Wierzbicki | 40,000 | * |
| All directors and executive officers as a group (4 persons) | 370,500 | 1.4 |`;

describe('grouped rows', () => {
  it('board.table-groups: rows under a row naming a group of directors; officers, totals and those who left are not', async () => {
    expect(await boardLines(GROUPED, ['board_member'])).toEqual([
      `board_member: Callum Ferris | independent director | ${AS_AT}`,
      `board_member: Priya Natarajan | director | ${AS_AT}`,
      `board_member: Renata Volkova | independent director | ${AS_AT}`,
    ]);
  });
});

const HEADINGS = `As at the date of this announcement, the Board comprises:

Executive Directors:

Mr. Lee Ka Ho (Chairman)

Ms. Fong Yuet Ming

Independent Non-executive Directors:

Mr. Yip Chi Ming, Mr. Sit Hoi Lam

Following the above changes, the composition of the Board committees is as follows:

Audit Committee: Mr. Yip Chi Ming (Chairman), Mr. Sit Hoi Lam

Nomination Committee

Mr. Lee Ka Ho (Chairman)

Mr. Yip Chi Ming`;

const CORPORATE_INFORMATION = `CORPORATE INFORMATION

BOARD OF DIRECTORS

Executive Directors

Mr. Lee Ka Ho (Chairman)

Ms. Fong Yuet Ming

Independent Non-executive Directors

Mr. Yip Chi Ming

Mr. Sit Hoi Lam

Ms. Kwan Man Yee (resigned on 1 March 2026)

AUDIT COMMITTEE

Mr. Yip Chi Ming (Chairman)

Mr. Sit Hoi Lam

COMPANY SECRETARY

Ms. Wong Mei Ling`;

describe('headings', () => {
  it('board.headings and committee.headings: a report’s corporate information page, headings in capitals', async () => {
    expect(await boardLines(CORPORATE_INFORMATION)).toEqual([
      `board_member: Fong Yuet Ming | executive director | ${AS_AT}`,
      `board_member: Lee Ka Ho | chairman | ${AS_AT}`,
      `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
      `board_member: Sit Hoi Lam | independent non-executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
      `committee_member: Sit Hoi Lam | member of Audit Committee | ${AS_AT}`,
      `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`,
    ]);
  });

  it('board.headings and committee.headings: names under a group or committee heading, in a composition context', async () => {
    expect(await boardLines(HEADINGS)).toEqual([
      `board_member: Fong Yuet Ming | executive director | ${AS_AT}`,
      `board_member: Lee Ka Ho | chairman | ${AS_AT}`,
      `board_member: Lee Ka Ho | executive director | ${AS_AT}`,
      `board_member: Sit Hoi Lam | independent non-executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
      `committee_member: Lee Ka Ho | chairman of Nomination Committee | ${AS_AT}`,
      `committee_member: Sit Hoi Lam | member of Audit Committee | ${AS_AT}`,
      `committee_member: Yip Chi Ming | chairman of Audit Committee | ${AS_AT}`,
      `committee_member: Yip Chi Ming | member of Nomination Committee | ${AS_AT}`,
    ]);
  });

  it('committee.headings: the members under "Members of the Audit Committee" (a report\'s signature)', async () => {
    expect(await boardLines('The Audit Committee has reviewed the audited financial statements with management.\n\nMembers of the Audit Committee\n\nRenata Volkova\n\nCallum Ferris', ['committee_member'])).toEqual([
      `committee_member: Callum Ferris | member of Audit Committee | ${AS_AT}`,
      `committee_member: Renata Volkova | member of Audit Committee | ${AS_AT}`,
    ]);
  });

  it('board.headings: names on the lines under a heading in one paragraph', async () => {
    const text = 'As at the date of this announcement, the Board comprises the following Directors:\n\nExecutive Directors:\nMs. Mary Doyle (Chairman)\nMr. Ho Wing Tat\n\nIndependent non-executive Directors:\nDr. Ines Moreau\nMr. Yip Chi Ming';
    expect(await boardLines(text, ['board_member'])).toEqual([
      `board_member: Ho Wing Tat | executive director | ${AS_AT}`,
      `board_member: Ines Moreau | independent non-executive director | ${AS_AT}`,
      `board_member: Mary Doyle | chairman | ${AS_AT}`,
      `board_member: Mary Doyle | executive director | ${AS_AT}`,
      `board_member: Yip Chi Ming | independent non-executive director | ${AS_AT}`,
    ]);
  });

  it('reads no heading block outside a composition context', async () => {
    expect(await boardLines('The Group recorded revenue growth.\n\nExecutive Directors\n\nMr. Lee Ka Ho (Chairman)', ['board_member'])).toEqual([]);
  });
});

// The browser's graph on a date, against the real Neo4j: each kind of fact is drawn on D only
// when it holds on D (periods at the text's precision, "currently" from the announcement's
// date, events once they happened), and events of one kind between two entities are grouped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { view, type View } from '../graph/view.ts';
import { orgKey, personKey } from '../pipeline/text/normalize.ts';
import { clearDatabase, testDriver } from './helpers/neo4j.ts';
import { loadFixtureSet } from './helpers/fixture-graph.ts';

export const BROWSER_FIXTURES = path.join(import.meta.dirname, 'fixtures', 'browser');
const VOSS = personKey('Elena Voss');
const LARK = orgKey('Larkmoor Holdings Limited');

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await loadFixtureSet(driver, BROWSER_FIXTURES);
});
afterAll(async () => {
  await driver.close();
});

/** Every reading (title) of the relationships of one category between two entities. */
function between(v: View, a: string, b: string, category: string): string[] {
  return v.edges.filter((e) => e.category === category && ((e.source === a && e.target === b) || (e.source === b && e.target === a))).flatMap((e) => e.title.split('; '));
}
const on = (date: string | null, keys = [VOSS]) => view(driver, keys, date);
const has = (titles: string[], text: string) => titles.some((t) => t.startsWith(text));

describe('a person on a date', () => {
  it('position with a stated period (2008 to 2015): held in every day of those years, not before or after', async () => {
    const pellmark = orgKey('Pellmark Industries Limited');
    expect(between(await on('2007-12-31'), VOSS, pellmark, 'role')).toEqual([]);
    expect(has(between(await on('2008-01-01'), VOSS, pellmark, 'role'), 'chief financial officer')).toBe(true);
    expect(has(between(await on('2015-12-31'), VOSS, pellmark, 'role'), 'chief financial officer')).toBe(true);
    expect(between(await on('2016-01-01'), VOSS, pellmark, 'role')).toEqual([]);
  });

  it('position stated as current: from the announcement date on, never before; ended "in August 2022"', async () => {
    const ardent = orgKey('Ardent Crest Advisory LLP');
    expect(between(await on('2019-05-09'), VOSS, ardent, 'role')).toEqual([]);
    expect(has(between(await on('2019-05-10'), VOSS, ardent, 'role'), 'partner')).toBe(true);
    expect(has(between(await on('2022-08-31'), VOSS, ardent, 'role'), 'partner')).toBe(true);
    expect(between(await on('2022-09-01'), VOSS, ardent, 'role')).toEqual([]);
  });

  it('education: a degree from its year on', async () => {
    const v2000 = await on('2000-01-01');
    expect(between(v2000, VOSS, orgKey('University of Westhaven'), 'education')).toHaveLength(1);
    expect(between(v2000, VOSS, orgKey('Northgate Business School'), 'education')).toEqual([]);
    expect(between(await on('1993-12-31'), VOSS, orgKey('University of Westhaven'), 'education')).toEqual([]);
    expect(between(await on('2001-06-01'), VOSS, orgKey('Northgate Business School'), 'education')).toHaveLength(1);
  });

  it('board role: from the appointment to the day before the resignation takes effect; a new role from then on', async () => {
    const before = between(await on('2019-05-09'), VOSS, LARK, 'role');
    expect(before).toEqual([]);
    const ined = between(await on('2022-08-31'), VOSS, LARK, 'role');
    expect(has(ined, 'independent non-executive director')).toBe(true);
    expect(has(ined, 'executive director')).toBe(false);
    const after = between(await on('2022-09-01'), VOSS, LARK, 'role');
    expect(has(after, 'independent non-executive director')).toBe(false);
    expect(has(after, 'executive director')).toBe(true);
    expect(has(after, 'chief executive officer')).toBe(true);
  });

  it('committee membership: member from 2019-05-10 until it ceased on 2022-09-01; a chairman as at a composition statement', async () => {
    expect(has(between(await on('2020-01-01'), VOSS, LARK, 'role'), 'member, Audit Committee')).toBe(true);
    expect(has(between(await on('2022-09-01'), VOSS, LARK, 'role'), 'member, Audit Committee')).toBe(false);
    const szeto = personKey('Daniel Szeto');
    expect(has(between(await on('2025-03-17', [szeto]), szeto, LARK, 'role'), 'chairman, Audit Committee')).toBe(false);
    expect(has(between(await on('2025-03-18', [szeto]), szeto, LARK, 'role'), 'chairman, Audit Committee')).toBe(true);
  });

  it('a director known only from a composition statement and a resignation: from the statement to the resignation', async () => {
    const okafor = personKey('Felix Okafor');
    expect(between(await on('2019-01-01', [okafor]), okafor, LARK, 'role')).toEqual([]);
    expect(has(between(await on('2021-01-01', [okafor]), okafor, LARK, 'role'), 'independent non-executive director')).toBe(true);
    expect(between(await on('2022-09-01', [okafor]), okafor, LARK, 'role')).toEqual([]);
  });

  it('events of one kind between the same two entities are one relationship, counting those that happened by the date', async () => {
    const all = (await on(null)).edges.filter((e) => e.category === 'appointment' && e.source === VOSS && e.target === LARK);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ label: '4 appointments', count: 4 });
    expect(all[0].factIds).toHaveLength(4);
    const in2020 = (await on('2020-01-01')).edges.filter((e) => e.category === 'appointment' && e.source === VOSS);
    expect(in2020.map((e) => e.label)).toEqual(['2 appointments']);
    expect((await on('2019-05-09')).edges.filter((e) => e.category === 'appointment')).toEqual([]);
    const resigned = (await on('2022-09-01')).edges.filter((e) => e.category === 'resignation' && e.source === VOSS);
    expect(resigned.map((e) => e.label)).toEqual(['2 resignations']);
  });

  it('on all dates, every role is drawn, the undated start of a role that only ended included', async () => {
    const hale = personKey('Tobias Hale');
    const roles = between(await on(null, [hale]), hale, LARK, 'role');
    expect(has(roles, 'chief executive officer (until 2022-09-01)')).toBe(true);
    expect(has(between(await on('2020-01-01', [hale]), hale, LARK, 'role'), 'chief executive officer')).toBe(false);
  });
});

describe('a company on a date', () => {
  it('share issues, acquisitions and transfers from their dates on; subsidiaries, listing and auditor from the statement', async () => {
    const early = await on('2024-12-31', [LARK]);
    const kinds = (v: View) => new Set([...v.edges.map((e) => e.category), ...v.nodes.filter((n) => n.kind === 'event').map((n) => n.category)]);
    expect(kinds(early)).toEqual(new Set(['role', 'appointment', 'resignation', 'share_issue', 'acquisition']));
    const issues = early.nodes.find((n) => n.category === 'share_issue');
    expect(issues).toMatchObject({ kind: 'event', label: '2 share issues' });
    const late = await on('2025-03-18', [LARK]);
    expect(kinds(late)).toEqual(new Set(['role', 'appointment', 'resignation', 'share_issue', 'acquisition', 'subsidiary', 'listing', 'auditor']));
    expect(late.edges.filter((e) => e.category === 'subsidiary')).toHaveLength(30);
    expect(late.edges.find((e) => e.category === 'share_issue' && e.target === orgKey('Brightwater Securities Limited'))).toMatchObject({ label: 'placing' });
    const subsidiary = await on('2025-03-18', [orgKey('Larkmoor Logistics Limited')]);
    expect(subsidiary.nodes.find((n) => n.category === 'equity_transfer')).toMatchObject({ label: 'transfer 35%' });
    expect((await on('2025-01-11', [orgKey('Larkmoor Logistics Limited')])).nodes.some((n) => n.category === 'equity_transfer')).toBe(false);
  });

  it('the company with every fact and one expansion is a neighbourhood of more than 50 entities', async () => {
    const v = await on(null, [LARK, orgKey('Larkmoor Logistics Limited')]);
    expect(v.nodes.length).toBeGreaterThan(50);
  });
});

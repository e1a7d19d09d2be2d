// A corpus generator for the benchmark and scale tests: announcements in the genre with
// varied issuers, people, wordings, amounts and dates, including long results
// announcements full of tables. Deterministic for a seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    // xorshift32
    let x = this.s;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x >>> 0;
    return this.s / 0x100000000;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
}

const PLACES = ['Harbour', 'Jade', 'Pearl', 'Golden', 'Silver', 'Eastern', 'Northern', 'Crimson', 'Azure', 'Summit', 'Lotus', 'Phoenix', 'Dragon', 'Evergreen', 'Bright', 'Grand', 'Orient', 'Pacific', 'Coastal', 'Highland'];
const TRADES = ['Logistics', 'Pharmaceutical', 'Technology', 'Property', 'Energy', 'Resources', 'Textile', 'Environmental', 'Healthcare', 'Education', 'Fintech', 'Semiconductor', 'Shipping', 'Agriculture', 'Media'];
const FORMS = ['Holdings Limited', 'Group Limited', 'International Holdings Limited', 'Group Co., Ltd.', 'Limited'];
const CITIES = ['Shenzhen', 'Shanghai', 'Guangzhou', 'Hangzhou', 'Chengdu', 'Wuhan', 'Beijing', 'Xiamen', 'Suzhou', 'Nanjing'];
const SURNAMES = ['Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Ho', 'Ng', 'Leung', 'Tang', 'Kwok', 'Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'];
const GIVEN = ['Wing Yee', 'Ka Ho', 'Chi Ming', 'Siu Fan', 'Tak Shing', 'Mei Ling', 'Wei', 'Jun', 'Tao', 'Hua', 'Lei', 'Yan', 'Ming', 'Jing', 'Hong', 'Fang', 'Xin', 'Yu'];
const WESTERN = ['Andrew Hollis', 'Priya Raman', 'Oliver Grant', 'Sara Lindqvist', 'Margaret Osei', 'Felix Brandt', 'Ines Moreau', 'Omar Haddad', 'Laura Chen', 'Samuel Okafor'];
const UNIVERSITIES = ['The University of Hong Kong', 'Tsinghua University', 'Peking University', 'Fudan University', 'University of Oxford', 'Harbin Institute of Technology', 'The Chinese University of Hong Kong', 'National University of Singapore'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DISCLAIMER = 'Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.';

function company(r: Rng): string {
  return `${r.pick(PLACES)} ${r.pick(TRADES)} ${r.pick(FORMS)}`;
}
function prcCompany(r: Rng): string {
  return `${r.pick(CITIES)} ${r.pick(PLACES)} ${r.pick(TRADES)} Co., Ltd.`;
}
function person(r: Rng): { name: string; hon: string; short: string } {
  if (r.next() < 0.2) {
    const name = r.pick(WESTERN);
    return { name, hon: r.pick(['Mr.', 'Ms.', 'Dr.']), short: name.split(' ')[1] };
  }
  const surname = r.pick(SURNAMES);
  return { name: `${surname} ${r.pick(GIVEN)}`, hon: r.pick(['Mr.', 'Ms.']), short: surname };
}
function date(r: Rng, year?: number): string {
  const y = year ?? r.int(2015, 2026);
  return r.next() < 0.5 ? `${r.int(1, 28)} ${r.pick(MONTHS)} ${y}` : `${r.pick(MONTHS)} ${r.int(1, 28)}, ${y}`;
}
function money(r: Rng, unit: 'million' | 'price'): string {
  const cur = r.pick(['HK$', 'RMB', 'US$']);
  return unit === 'million' ? `${cur}${r.int(5, 900)}.${r.int(0, 9)} million` : `${cur}${r.int(0, 20)}.${String(r.int(1, 99)).padStart(2, '0')}`;
}

function header(r: Rng, issuer: string, code: number, title: string): string {
  return `${DISCLAIMER}\n\n${issuer}\n(Incorporated in ${r.pick(['the Cayman Islands', 'Bermuda', 'the British Virgin Islands'])} with limited liability)\n(Stock Code: ${String(code).padStart(4, '0')})\n\n${title}\n\n`;
}

function footer(r: Rng, issuer: string, chair: { name: string; hon: string }, when: string, board: Array<{ name: string; hon: string }>): string {
  const [a, b, ...rest] = board;
  return `By Order of the Board\n${issuer}\n${chair.hon} ${chair.name}\n*Chairman*\n\nHong Kong, ${when}\n\nAs at the date of this announcement, the Board comprises ${a.hon} ${a.name} as chairman and executive Director; ${b.hon} ${b.name} as non-executive Director; and ${rest.map((p) => `${p.hon} ${p.name}`).join(', ').replace(/, ([^,]*)$/, ' and $1')} as independent non-executive Directors.\n`;
}

function appointment(r: Rng, issuer: string): string {
  const p = person(r);
  const q = person(r);
  const when = date(r);
  const roles = r.pick(['an executive Director', 'a non-executive Director', 'an independent non-executive Director and a member of the Audit Committee', 'an executive Director and the chief executive officer of the Company']);
  const verb = r.pick(['has been appointed as', 'has been appointed as', 'was appointed as']);
  return [
    `The board of directors (the “**Board**”) of ${issuer} (the “**Company**”) is pleased to announce that ${p.hon} ${p.name} (“**${p.hon} ${p.short}**”) ${verb} ${roles} with effect from ${when}.`,
    `${p.hon} ${p.name}, aged ${r.int(35, 68)}, joined the Group in ${r.int(1998, 2020)}. ${r.pick(['He', 'She'])} served as ${r.pick(['the chief financial officer', 'a general manager', 'the head of operations'])} of ${company(r)} from ${r.int(2000, 2010)} to ${r.int(2011, 2020)}. ${p.hon} ${p.short} obtained a ${r.pick(['bachelor’s degree', 'master’s degree'])} in ${r.pick(['economics', 'engineering', 'law', 'accounting'])} from ${r.pick(UNIVERSITIES)} in ${r.int(1985, 2010)}.`,
    `The Board further announces that ${q.hon} ${q.name} has resigned as ${r.pick(['an executive Director', 'an independent non-executive Director', 'the company secretary of the Company'])} with effect from ${when} due to ${r.pick(['other business commitments', 'personal reasons', 'health reasons'])}.`,
    `${q.hon} ${q.short} has confirmed that ${r.pick(['he', 'she'])} has no disagreement with the Board and that there is no other matter relating to the resignation that needs to be brought to the attention of the shareholders of the Company.`,
  ].join('\n\n');
}

function transaction(r: Rng, issuer: string): string {
  const vendor = prcCompany(r);
  const purchaser = company(r);
  const target = prcCompany(r);
  const when = date(r);
  const shares = r.int(20, 900) * 1_000_000;
  return [
    `On ${when} (after trading hours), ${vendor} (the “**Vendor**”) entered into an equity transfer agreement with ${purchaser} (the “**Purchaser**”), a wholly-owned subsidiary of the Company, pursuant to which the Vendor agreed to transfer ${r.int(5, 100)}% of the equity interest in ${target} (the “**Target Company**”) to the Purchaser at a consideration of ${money(r, 'million')}.`,
    `On ${date(r)} (after trading hours), the Company and ${company(r)} (the “**Placing Agent**”) entered into the placing agreement, pursuant to which the Company has allotted and issued ${shares.toLocaleString('en-US')} placing Shares at HK$${r.int(0, 9)}.${String(r.int(1, 99)).padStart(2, '0')} per placing Share on ${date(r)}. The net proceeds from the placing amount to approximately ${money(r, 'million')}.`,
    `Completion is subject to the conditions set out in the agreement. As one or more of the applicable percentage ratios in respect of the transaction exceed 5% but are less than 25%, the transaction constitutes a discloseable transaction of the Company under the Listing Rules.`,
  ].join('\n\n');
}

function results(r: Rng, issuer: string): string {
  const lines: string[] = [];
  lines.push(`The board of directors (the “**Board**”) of ${issuer} (the “**Company**”) announces the audited consolidated results of the Company and its subsidiaries (the “**Group**”) for the year ended December 31, ${r.int(2015, 2025)}.`);
  for (let t = 0; t < r.int(3, 6); t++) {
    lines.push(`${r.pick(['CONSOLIDATED STATEMENT OF PROFIT OR LOSS', 'CONSOLIDATED STATEMENT OF FINANCIAL POSITION', 'SEGMENT INFORMATION', 'REVENUE', 'TRADE RECEIVABLES'])}`);
    const rows = [`\tNote\t${r.int(2016, 2025)}\t${r.int(2015, 2024)}`, '\t\tRMB’000\tRMB’000'];
    for (let i = 0; i < r.int(15, 40); i++) rows.push(`${r.pick(['Revenue', 'Cost of sales', 'Gross profit', 'Other income', 'Selling expenses', 'Administrative expenses', 'Finance costs', 'Income tax', 'Trade receivables', 'Inventories', 'Bank balances'])}\t${r.int(1, 12)}\t${r.int(1000, 9_999_999).toLocaleString('en-US')}\t(${r.int(1000, 9_999_999).toLocaleString('en-US')})`);
    lines.push(rows.join('\n'));
    lines.push(`The Group’s ${r.pick(['revenue', 'gross profit', 'operating expenses'])} ${r.pick(['increased', 'decreased'])} by ${r.int(1, 40)}.${r.int(0, 9)}% to ${money(r, 'million')} for the year, mainly due to ${r.pick(['higher sales volume', 'lower average selling prices', 'the expansion of the production capacity', 'the depreciation of Renminbi'])}.`);
  }
  lines.push(`The Audit Committee comprises three independent non-executive Directors, being ${person(r).hon} ${person(r).name}, ${person(r).hon} ${person(r).name} and ${person(r).hon} ${person(r).name}. The Group’s auditor, ${r.pick(['Ernst & Young', 'KPMG', 'Deloitte Touche Tohmatsu', 'PricewaterhouseCoopers'])}, has agreed the figures in this announcement.`);
  return lines.join('\n\n');
}

/** One generated announcement (Markdown). Roughly: 45% board changes, 35% transactions, 20% long results. */
export function generateAnnouncement(i: number, seed = 1): string {
  const r = new Rng(seed * 1_000_003 + i * 7919 + 1);
  const issuer = company(r);
  const board = [person(r), person(r), person(r), person(r), person(r)];
  const when = date(r, r.int(2018, 2026));
  const kind = r.next();
  const body = kind < 0.45 ? appointment(r, issuer) : kind < 0.8 ? transaction(r, issuer) : results(r, issuer);
  const title = kind < 0.45 ? 'CHANGES IN DIRECTORS' : kind < 0.8 ? 'DISCLOSEABLE TRANSACTION AND PLACING OF NEW SHARES' : 'ANNUAL RESULTS ANNOUNCEMENT';
  return header(r, issuer, 1000 + (i % 8000), title) + body + '\n\n' + footer(r, issuer, board[0], when, board);
}

/** Write `count` announcements into `dir`, a hundred files per sub-folder. */
export function generateCorpus(dir: string, count: number, seed = 1): { files: number; bytes: number } {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 100)).padStart(5, '0'));
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const text = generateAnnouncement(i, seed);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(sub, `gen-${String(i).padStart(7, '0')}.md`), text);
  }
  return { files: count, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = [process.argv[2], Number(process.argv[3] ?? 1000)];
  if (!dir) {
    process.stderr.write('usage: tsx bench/generate.ts <dir> [count]\n');
    process.exit(2);
  }
  const r = generateCorpus(dir, count);
  process.stdout.write(`wrote ${r.files} announcements, ${(r.bytes / 1e6).toFixed(1)} MB, to ${dir}\n`);
}

// Query results as a table for the terminal or as CSV.
import type { QueryResult } from '../graph/queries.ts';
import { printable } from '../pipeline/text/clean.ts';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cell).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function formatTable(r: QueryResult): string {
  if (!r.rows.length) return '(no rows)\n';
  const widths = r.columns.map((c) => Math.min(60, Math.max(c.length, ...r.rows.map((row) => cell(row[c]).length))));
  const line = (vals: string[]) => vals.map((v, i) => (v.length > widths[i] ? v.slice(0, widths[i] - 1) + '…' : v.padEnd(widths[i]))).join('  ').trimEnd();
  // Values keep the source's characters; a terminal must not obey the control ones.
  return [line(r.columns), line(widths.map((w) => '-'.repeat(w))), ...r.rows.map((row) => line(r.columns.map((c) => printable(cell(row[c])))))].join('\n') + `\n(${r.rows.length} row${r.rows.length === 1 ? '' : 's'})\n`;
}

export function formatCsv(r: QueryResult): string {
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [r.columns.map(esc).join(','), ...r.rows.map((row) => r.columns.map((c) => esc(cell(row[c]))).join(','))].join('\n') + '\n';
}

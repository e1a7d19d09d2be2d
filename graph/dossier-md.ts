// A Markdown dossier of an entity, optionally as on a date: every line a fact as a sentence,
// every citation a link to the source paragraph view with the quoted words. Text from the
// documents is escaped so that no Markdown or HTML in it takes effect where the file is read.
import type { Driver } from 'neo4j-driver';
import { factDetails, sourceLink, type FactDetail } from './facts.ts';
import { view } from './view.ts';

/** Escape Markdown and HTML: the text reads the same and nothing in it is markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/\s*\n\s*/g, ' ');
}

const SECTIONS: Array<[string, string[]]> = [
  ['Roles and positions', ['board_member', 'committee_member', 'position']],
  ['Events', ['appointment', 'resignation', 'equity_transfer', 'share_issue', 'acquisition']],
  ['Education', ['education']],
  ['Organisation facts', ['subsidiary', 'listing', 'auditor']],
  ['Other facts', ['person_attribute']],
];

export interface DossierOptions {
  date: string | null;
  /** Absolute base of the links, e.g. http://127.0.0.1:7070 */
  base: string;
  database?: string;
}

export async function markdownDossier(driver: Driver, key: string, options: DossierOptions): Promise<string | null> {
  const v = await view(driver, [key], options.date, options.database);
  const me = v.nodes.find((n) => n.id === key);
  if (!me) return null;
  // The facts drawn around the entity on the date, and its own attributes.
  const ids = [...new Set([...v.edges.filter((e) => e.source === key || e.target === key || e.source.startsWith('group:')).flatMap((e) => e.factIds), ...v.nodes.flatMap((n) => n.factIds ?? [])])];
  const facts = ids.length ? await factDetails(driver, ids, options.database) : [];
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(me.label)}`, '');
  const url = `${options.base}/?e=${encodeURIComponent(key)}${options.date ? `&date=${options.date}` : ''}`;
  out.push(`${me.kind === 'person' ? 'Person' : 'Organisation'}${options.date ? `, as on ${options.date}` : ', all dates'}. [Open in kg serve](${url})`, '');
  const cited = (f: FactDetail) => {
    out.push(`- ${escapeMarkdown(f.sentence)}`);
    f.evidence.forEach((c) => {
      const where = [c.file, c.announcement ? `§ ${c.announcement.slice(0, 80)}` : '', c.announcementDate ?? '', `¶${c.paragraph}`, c.page ? `p.${c.page}` : '', `@${c.start}-${c.end}`].filter(Boolean).join(' ');
      out.push(`  - [${escapeMarkdown(where)}](${options.base}${sourceLink(c)}): “${escapeMarkdown(c.quote)}”`);
    });
  };
  for (const [title, types] of SECTIONS) {
    const lines = facts.filter((f) => types.includes(f.type));
    if (!lines.length) continue;
    out.push(`## ${title}`, '');
    lines.sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '') || a.sentence.localeCompare(b.sentence)).forEach(cited);
    out.push('');
  }
  if (options.date && v.undated) out.push(`_${v.undated} fact(s) with no date are left out._`, '');
  return out.join('\n');
}

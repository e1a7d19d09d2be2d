// A dossier as text: the entity, then its roles, events and other facts, each line with its
// citations (file, announcement, paragraph, page, offsets, the quoted words) and the link to
// the citation's paragraph in `kg serve`'s source view.
import { citationLink, type Citation, type Dossier, type DossierLine } from '../graph/lookup.ts';
import { printable } from '../pipeline/text/clean.ts';

export function formatDossier(d: Dossier): string {
  const out: string[] = [];
  out.push(`${d.entity.name}  [${d.entity.labels.join(', ')}]`);
  out.push(`  view: ${d.link}`);
  if (d.entity.aliases.length) out.push(`  also known as: ${d.entity.aliases.join('; ')}`);
  if (d.entity.codes.length) out.push(`  codes: ${d.entity.codes.join('; ')}`);
  const cite = (c: Citation) => `      [${c.file}${c.announcement ? ` § ${c.announcement.slice(0, 70)}` : ''} ¶${c.paragraph}${c.page ? ` p.${c.page}` : ''} @${c.start}-${c.end}] “${c.quote}”`;
  const section = (title: string, lines: DossierLine[]) => {
    if (!lines.length) return;
    out.push('', title);
    for (const l of lines) {
      out.push(`  - ${l.text}`);
      for (const c of l.citations) out.push(cite(c), `        source: ${citationLink(c)}`);
    }
  };
  section('Roles and positions', d.roles);
  section('Events', d.events);
  section('Other facts', d.facts);
  if (d.connected.length) {
    out.push('', 'Connected');
    for (const c of d.connected) out.push(`  - ${c.name} [${c.labels.join(', ')}] via ${c.via.join(', ')}`);
  }
  // Quotes keep the source's characters; a terminal must not obey the control ones.
  return printable(out.join('\n')) + '\n';
}

// Defined terms from an announcement's DEFINITIONS table: “Term” followed by its meaning,
// as table cells or as lines in the DEFINITIONS section. Inline definitions
// (Xunlei (the “Xunlei”)) are found later, by the alias stage, which knows entities.
import type { Definition, Paragraph, Section, Table } from '../model.ts';

const TERM_LINE = /^[“"]([^”"]{1,80})[”"]\s*(?:\t|\s{1,})\s*(?:means\s+)?(.+)$/s;

function cleanTerm(term: string): string {
  return term.replace(/\*\*/g, '').trim();
}

export function definitionsOf(
  text: string,
  tables: Table[],
  sections: Section[],
  paragraphs: Paragraph[],
): Definition[] {
  const out: Definition[] = [];
  for (const t of tables) {
    if (!t.definitions) continue;
    const firstParagraph = paragraphs.find((p) => p.start >= t.start) ?? paragraphs.filter((p) => p.end <= t.start).pop();
    for (const row of t.rows) {
      if (row.cells.length < 2) continue;
      const c0 = row.cells[0];
      const raw = text.slice(c0.start, c0.end);
      const m = /^[“"]([^”"]+)[”"]$/.exec(raw.trim());
      if (!m) continue;
      const meaning = row.cells.slice(1).map((c) => text.slice(c.start, c.end)).join(' ').trim();
      const at = c0.start + raw.indexOf(m[1]);
      out.push({ term: cleanTerm(m[1]), meaning, announcementId: t.announcementId, span: { start: at, end: at + m[1].length }, paragraphId: firstParagraph?.id ?? '' });
    }
  }
  const defSections = new Set(sections.filter((s) => s.heading && /^DEFINITIONS?$/i.test(s.heading.trim())).map((s) => s.id));
  for (const p of paragraphs) {
    if (!defSections.has(p.sectionId) || p.kind === 'heading') continue;
    const m = TERM_LINE.exec(p.plain.text);
    if (!m) continue;
    const from = p.plain.text.indexOf(m[1]);
    out.push({
      term: cleanTerm(m[1]),
      meaning: m[2].trim(),
      announcementId: p.announcementId,
      span: { start: p.plain.map[from], end: p.plain.map[from + m[1].length - 1] + 1 },
      paragraphId: p.id,
    });
  }
  return out;
}

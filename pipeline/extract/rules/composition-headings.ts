// Composition under headings, over paragraphs (board.headings, committee.headings):
//   As at the date of this announcement, the Board comprises:
//   Executive Directors:                      Audit Committee
//   Mr. Lee Ka Ho (Chairman)                  Mr. Yip Chi Ming (Chairman)
//   Ms. Fong Yuet Ming                        Mr. Sit Hoi Lam
// and the same on one line ("Executive Directors: Mr. A (Chairman), Ms. B"). A heading counts
// only where the text around says it lists the Board or its committees (a sentence such as "the
// Board comprises:", or a heading of its own: "BOARD OF DIRECTORS", "CORPORATE INFORMATION").
import type { Paragraph } from '../../model.ts';
import type { ArgValue, FactType } from '../../facts/types.ts';
import { committeeName, parseRoleList } from '../roles.ts';
import { nameInCell } from './composition-names.ts';
import { BOARD_ROLES } from './composition-table.ts';

const GROUP = /^((?:independent\s+non[- ]?executive|non[- ]?executive|executive|independent)\s+directors?|INEDs?)\s*(?:[:：]\s*(.*))?$/i;
const COMMITTEE_HEAD = /^((?:the\s+)?[A-Za-z,&’' ]{2,80}?\s+Committee)(?:\s+members?)?\s*(?:[:：]\s*(.*))?$/i;
const CONTEXT = /\blist\s+of\s+directors\b|\brole\s+and\s+function\b|\bcomposition\s+of\s+the\s+(?:board|board\s+committees?|committees?)\b|\bboard\s+(?:currently\s+)?comprises\b|\bmembers\s+of\s+the\s+board\b|\bdirectors\s+of\s+the\s+company\s+are\b|\bas\s+follows\s*[:.]?\s*$|\bset\s+out\s+below\b|\bcomprises\s*:?\s*$|^(?:corporate\s+information|board\s+of\s+directors|board\s+committees|directors)\s*:?$|^members\s+of\s+the\s+[A-Za-z,&’' ]{2,80}\s+committee\s*:?$/i;

const LEFT = /\b(?:resign|retir|ceas|remov|deceas)/i;

export interface HeadingFact {
  rule: string;
  type: FactType;
  args: Record<string, ArgValue | undefined>;
  /** The heading's paragraph and the name's. */
  paragraphs: Paragraph[];
}

interface Head {
  paragraph: Paragraph;
  role?: string;
  committee?: string;
}

function items(text: string): string[] {
  return text.split(/\s*(?:;|,(?!\s*(?:GBS|SBS|BBS|JP|MH|OBE|MBE)\b)|\s+and\s+)\s*/).filter((x) => x.trim());
}

/** Facts from heading-and-list composition blocks of one announcement's paragraphs (in order). */
export function headingComposition(paragraphs: Paragraph[], issuer: string | null, date: string | null): HeadingFact[] {
  if (!issuer) return [];
  const out: HeadingFact[] = [];
  let head: Head | undefined;
  let lastContext = -99;
  const add = (h: Head, p: Paragraph, item: string) => {
    const who = nameInCell(item);
    if (!who) return false;
    // "Mr. A (resigned on 1 June 2025)": listed, but no longer on the Board.
    if (who.marks.some((m) => LEFT.test(m))) return true;
    const chair = who.marks.some((m) => /^(?:the\s+)?(?:chairman|chairwoman|chairperson|chair|c)\b/i.test(m.trim()));
    if (h.committee) {
      out.push({ rule: 'committee.headings', type: 'committee_member', args: { person: who.name, organization: issuer, committee: h.committee, role: chair ? 'chairman' : 'member', asOf: date ?? undefined }, paragraphs: [h.paragraph, p] });
    } else if (h.role) {
      const roles = new Set([h.role]);
      for (const m of who.marks) for (const r of parseRoleList(m)) if (!r.committee && BOARD_ROLES.has(r.role)) roles.add(r.role);
      for (const role of roles) out.push({ rule: 'board.headings', type: 'board_member', args: { person: who.name, organization: issuer, role, asOf: date ?? undefined }, paragraphs: [h.paragraph, p] });
    }
    return true;
  };
  // A heading with its names on the lines under it in one paragraph ("Executive Directors:\nMr. A\nMs. B")
  // is read line by line; any other paragraph whole.
  const units = paragraphs.flatMap((p) => {
    const lines = p.plain.text.split(/\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const headed = lines.length > 1 && (GROUP.test(lines[0]) || COMMITTEE_HEAD.test(lines[0]));
    return headed ? lines.map((text) => ({ p, text })) : [{ p, text: p.plain.text.replace(/\s+/g, ' ').trim() }];
  });
  units.forEach(({ p, text }, i) => {
    if (CONTEXT.test(text)) lastContext = i;
    const g = GROUP.exec(text);
    const c = g ? null : COMMITTEE_HEAD.exec(text);
    const committee = c ? committeeName(c[1]) : undefined;
    if ((g || committee) && i - lastContext <= 12) {
      head = { paragraph: p, role: g ? parseRoleList(g[1].replace(/^INEDs?$/i, 'independent non-executive directors'))[0]?.role : undefined, committee };
      const inline = g?.[2] ?? c?.[2];
      if (inline) for (const item of items(inline)) add(head, p, item);
      lastContext = i;
      return;
    }
    if (!head) return;
    // Names under the heading, one a paragraph or several on a line; anything else ends the block.
    const list = items(text);
    if (text.length > 200 || !list.length || !list.every((item) => nameInCell(item))) {
      head = undefined;
      return;
    }
    for (const item of list) add(head, p, item);
    lastContext = i;
  });
  return out;
}

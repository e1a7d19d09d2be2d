// Board-event test tables: a sentence in a small announcement of our own, and its facts
// written one a line ("appointment: Ho Chun Kit | chairman of Audit Committee | 2026-05-02").
import type { Fact } from '../../pipeline/facts/types.ts';
import { factsOf } from './extract.ts';

export const ISSUER = 'Harbourfront Tiles Holdings Limited';

/** An HKEX-style announcement around the given body, dated 30 April 2026. */
export function announcement(body: string): string {
  return `${ISSUER}\n(Incorporated in the Cayman Islands with limited liability)\n(Stock Code: 4321)\n\nANNOUNCEMENT\n\n${body}\n\nHong Kong, 30 April 2026\n`;
}

/** One line per fact; the organisation only when it is not the issuer. */
export function line(f: Fact): string {
  const role = f.committee ? `${f.role} of ${f.committee}` : String(f.role);
  const org = f.organization !== ISSUER ? ` [${f.organization}]` : '';
  const date = f.effectiveDate ?? f.asOf;
  return `${f.type}: ${f.person} | ${role}${org}${date ? ` | ${date}` : ''}${f.reason ? ` | ${f.reason}` : ''}`;
}

const BOARD_TYPES = new Set(['appointment', 'resignation', 'board_member', 'committee_member']);

/** The board facts of a body of text, as lines, in a stable order. */
export async function boardLines(body: string, types: string[] = [...BOARD_TYPES]): Promise<string[]> {
  const facts = await factsOf(announcement(body));
  return facts.filter((f) => types.includes(f.type)).map(line).sort();
}

// Names as users write them: a company, person or any entity named in a query parameter or
// `kg export --entity` is found the way `kg lookup` finds it (aliases, honorifics, legal forms,
// short names); a name that means several entities is a question back, not a guess.
import type { Driver } from 'neo4j-driver';
import { resolveEntity, type Candidate } from './lookup.ts';

export type NameKind = 'company' | 'person' | 'entity';

const LABEL: Record<NameKind, string | undefined> = { company: 'Organization', person: 'Person', entity: undefined };

export class UnknownNameError extends Error {
  constructor(
    readonly name: string,
    readonly kind: NameKind,
  ) {
    super(`no ${kind === 'entity' ? 'entity' : kind} in the graph matches "${name}" (kg lookup "${name}" searches every name)`);
  }
}

export class AmbiguousNameError extends Error {
  constructor(
    readonly name: string,
    readonly kind: NameKind,
    readonly candidates: Candidate[],
  ) {
    super(`"${name}" could mean ${candidates.length} ${kind === 'person' ? 'people' : kind === 'company' ? 'companies' : 'entities'}: ${candidates.map((c) => c.name.replace(/\s+/g, ' ')).join('; ')}`);
  }
}

/** The one entity of this kind a name means; throws UnknownNameError or AmbiguousNameError. */
export async function resolveName(driver: Driver, name: string, kind: NameKind, database?: string): Promise<Candidate> {
  const label = LABEL[kind];
  const found = await resolveEntity(driver, name, database, label);
  if (found.entity) return found.entity;
  if (!found.candidates.length) throw new UnknownNameError(name, kind);
  throw new AmbiguousNameError(name, kind, found.candidates);
}

/** Candidates as `kg lookup` lists them: one per line, with labels and aliases. */
export function formatCandidates(name: string, candidates: Candidate[]): string {
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines = candidates.map((c) => `  - ${one(c.name)} [${c.labels.join(', ')}]${c.aliases.length ? ` (also: ${c.aliases.map(one).join('; ')})` : ''}`);
  return `"${name}" is ambiguous; candidates:\n${lines.join('\n')}\n`;
}

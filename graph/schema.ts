// Constraints and indexes, created on start (IF NOT EXISTS, so concurrent starts are safe).
// Community edition supports uniqueness constraints only (no key or existence constraints).
import type { Driver } from 'neo4j-driver';

export const CONSTRAINTS = [
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT announcement_id IF NOT EXISTS FOR (n:Announcement) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT table_id IF NOT EXISTS FOR (n:Table) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT row_id IF NOT EXISTS FOR (n:Row) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT committee_key IF NOT EXISTS FOR (n:Committee) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE',
];

export const INDEXES = [
  'CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path)',
  'CREATE INDEX fact_document IF NOT EXISTS FOR (n:Fact) ON (n.documentId)',
  'CREATE INDEX fact_type IF NOT EXISTS FOR (n:Fact) ON (n.type)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'CREATE INDEX paragraph_document IF NOT EXISTS FOR (n:Paragraph) ON (n.documentId)',
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
];

let ensured = new WeakSet<Driver>();

export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  if (ensured.has(driver)) return;
  for (const q of [...CONSTRAINTS, ...INDEXES]) {
    try {
      await driver.executeQuery(q, {}, { database });
    } catch (err) {
      // Two processes creating the same index at once: the loser's error is harmless.
      const code = (err as { code?: string }).code ?? '';
      if (!/EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists/.test(code)) throw err;
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  ensured.add(driver);
}

/** For tests: forget which drivers have a schema, after the database was wiped. */
export function resetSchemaCache(): void {
  ensured = new WeakSet<Driver>();
}

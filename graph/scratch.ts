// A scratch database: one that tests or the benchmark may clear. They clear a database only
// when it was empty when they first came to it, or carries the marker node they left there
// then; anything else is someone's data, and they refuse to touch it.
import type { Driver } from 'neo4j-driver';

/** The marker's label; never written by the loader, so never part of a user's graph. */
export const SCRATCH_LABEL = 'KgScratch';

export class ScratchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScratchError';
  }
}

/**
 * Mark the database as scratch for `owner` if it is empty; accept it if already marked; refuse
 * otherwise. `ours` is for a server the caller runs in a home of its own: marked whatever it holds.
 */
export async function claimScratch(driver: Driver, options: { database?: string; owner: string; where: string; ours?: boolean }): Promise<'marked' | 'already marked'> {
  const db = { database: options.database };
  const marked = await driver.executeQuery(`MATCH (m:${SCRATCH_LABEL}) RETURN count(m) AS n`, {}, db);
  if (Number(marked.records[0].get('n')) > 0) return 'already marked';
  const any = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, db);
  const n = Number(any.records[0].get('n'));
  if (n > 0 && !options.ours) {
    throw new ScratchError(
      `${options.where} holds ${n} nodes that kg's ${options.owner} did not create; they clear the database they use, so they refuse this one: point them at an empty database`,
    );
  }
  await driver.executeQuery(`CREATE (:${SCRATCH_LABEL} {owner: $owner, at: datetime()})`, { owner: options.owner }, db);
  return 'marked';
}

/** Delete everything but the marker. Only for a database claimScratch accepted. */
export async function clearScratch(driver: Driver, database?: string): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run gives one.
  const session = driver.session({ database });
  try {
    await session.run(`MATCH (n) WHERE NOT n:${SCRATCH_LABEL} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
  } finally {
    await session.close();
  }
}

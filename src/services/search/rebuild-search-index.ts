import type { SpojniaDb } from '../../storage/database.js';
import { reindexAllProjects } from '../../storage/search/index-projects.js';

/**
 * Rebuilds the search index of every project from the registry's tables, in one transaction;
 * for a database edited by hand or restored from an old copy. Returns the number of projects.
 */
export async function rebuildSearchIndex(db: SpojniaDb): Promise<number> {
  return db.transaction().execute((trx) => reindexAllProjects(trx));
}

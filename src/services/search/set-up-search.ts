import type { SpojniaDb } from '../../storage/database.js';
import { dialectOf } from '../../storage/dialect.js';
import { reindexAllProjects } from '../../storage/search/index-projects.js';
import {
  type PostgresSearchMode,
  postgresSearchMode,
  probePolishDictionary,
  setUpPostgresSearch,
} from '../../storage/search/postgres/search-setup.js';

export type SearchSetup =
  | { readonly engine: 'sqlite' }
  | {
      readonly engine: 'postgres';
      readonly mode: PostgresSearchMode;
      /** Why the Polish dictionary could not be used, when it could not. */
      readonly polishUnavailable: string | null;
      /** Projects reindexed with the new setup. */
      readonly reindexed: number;
    };

/**
 * Sets up the best search this database allows and rebuilds the index with it: on PostgreSQL,
 * accent folding by unaccent and, when the hunspell-pl files are installed, Polish dictionary
 * forms. SQLite needs nothing (its search folds by our own code). Safe to run again, e.g.
 * after installing hunspell-pl.
 */
export async function setUpSearch(db: SpojniaDb): Promise<SearchSetup> {
  if (dialectOf(db) !== 'postgres') return { engine: 'sqlite' };
  const polishUnavailable = await probePolishDictionary(db);
  return db.transaction().execute(async (trx) => {
    const mode = await setUpPostgresSearch(trx, polishUnavailable === null);
    const reindexed = await reindexAllProjects(trx);
    return { engine: 'postgres', mode, polishUnavailable, reindexed };
  });
}

/**
 * A line for the server log when search could do more than it does (PostgreSQL without
 * `spojnia db setup-search`), or null.
 */
export async function searchSetupAdvice(db: SpojniaDb): Promise<string | null> {
  if (dialectOf(db) !== 'postgres') return null;
  const mode = await postgresSearchMode(db);
  if (mode === 'polish') return null;
  if (mode === 'unaccent')
    return 'Search folds accents but does not know Polish word forms: install hunspell-pl (apt-get install hunspell-pl) and run `spojnia db setup-search` again.';
  return 'Search folds accents only, without Polish word forms (łódź will not find "Łodzi"): run `spojnia db setup-search` (after apt-get install hunspell-pl) to enable stemming.';
}

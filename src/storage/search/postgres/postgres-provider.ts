import type { SearchProvider } from '../search-provider.js';
import { PostgresSearchEngine } from './postgres-search-engine.js';
import { postgresTextIndex } from './postgres-text-index.js';

/** LIKE over folded words (table `search_texts`), through the application's own pool. */
export const postgresSearchProvider: SearchProvider = {
  textIndex: postgresTextIndex,
  async openEngine(db) {
    return new PostgresSearchEngine(db);
  },
};

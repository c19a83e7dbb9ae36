import type { SpojniaDb } from '../database.js';
import { type DialectName, dialectOf } from '../dialect.js';
import { postgresSearchProvider } from './postgres/postgres-provider.js';
import type { SearchProvider } from './search-provider.js';
import { sqliteSearchProvider } from './sqlite/sqlite-provider.js';

/** The search provider of each database engine: the one place that chooses. */
const PROVIDERS: Readonly<Record<DialectName, SearchProvider>> = {
  sqlite: sqliteSearchProvider,
  postgres: postgresSearchProvider,
};

/** The provider for the engine this handle talks to. */
export function searchProviderFor(db: SpojniaDb): SearchProvider {
  return PROVIDERS[dialectOf(db)];
}

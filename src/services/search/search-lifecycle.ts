import type { SpojniaDb } from '../../storage/database.js';
import { releaseSearchEngine, searchEngineFor } from '../../storage/search/engines.js';

/**
 * A number that changes whenever committed data may have changed, by any writer in any
 * process: what caches of rendered pages compare against.
 */
export async function getRegistryChangeToken(db: SpojniaDb): Promise<number> {
  return (await searchEngineFor(db)).changeToken();
}

/** Starts loading the search index in the background, so the first search does not wait for it. */
export function warmUpSearch(db: SpojniaDb): void {
  searchEngineFor(db)
    .then((engine) => engine.ready())
    .catch(() => {
      // The first real search reports the problem; warming up is only a head start.
    });
}

/** Closes the search engine's own connection to the database. */
export async function closeSearch(db: SpojniaDb): Promise<void> {
  await releaseSearchEngine(db);
}

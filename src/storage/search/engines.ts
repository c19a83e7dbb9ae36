import type { SpojniaDb } from '../database.js';
import type { SearchEngine } from './search-engine.js';
import { searchProviderFor } from './search-providers.js';

/** One engine per database handle for the life of the process: the facet index is built once and kept. */
const engines = new WeakMap<SpojniaDb, Promise<SearchEngine>>();

function createEngine(db: SpojniaDb): Promise<SearchEngine> {
  return searchProviderFor(db).openEngine(db);
}

/** The search engine of this database handle, created on first use. */
export function searchEngineFor(db: SpojniaDb): Promise<SearchEngine> {
  let engine = engines.get(db);
  if (!engine) {
    engine = createEngine(db);
    engines.set(db, engine);
    engine.catch(() => engines.delete(db));
  }
  return engine;
}

/** Closes the engine's own connection; call when the database handle is closed. */
export async function releaseSearchEngine(db: SpojniaDb): Promise<void> {
  const engine = engines.get(db);
  if (!engine) return;
  engines.delete(db);
  try {
    (await engine).close();
  } catch {
    // An engine that never opened has nothing to close.
  }
}

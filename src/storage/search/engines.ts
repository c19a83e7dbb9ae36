import { sql } from 'kysely';
import type { SpojniaDb } from '../database.js';
import { dialectOf } from '../dialect.js';
import type { SearchEngine } from './search-engine.js';
import { SqliteSearchEngine } from './sqlite/sqlite-search-engine.js';

/** One engine per database handle for the life of the process: the facet index is built once and kept. */
const engines = new WeakMap<SpojniaDb, Promise<SearchEngine>>();

async function createEngine(db: SpojniaDb): Promise<SearchEngine> {
  if (dialectOf(db) === 'postgres') {
    throw new Error('Search on PostgreSQL needs the PostgreSQL search provider, which this version does not have yet.');
  }
  const { rows } = await sql<{ name: string; file: string }>`PRAGMA database_list`.execute(db);
  const file = rows.find((row) => row.name === 'main')?.file ?? '';
  if (file === '')
    throw new Error('Search needs the database in a file; an in-memory SQLite database cannot be shared.');
  return new SqliteSearchEngine(file);
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

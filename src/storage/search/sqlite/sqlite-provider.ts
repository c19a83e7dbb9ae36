import { sql } from 'kysely';
import type { SearchProvider } from '../search-provider.js';
import { SqliteSearchEngine } from './sqlite-search-engine.js';
import { sqliteTextIndex } from './sqlite-text-index.js';

/** FTS5 for words, read through a connection of its own to the same file. */
export const sqliteSearchProvider: SearchProvider = {
  textIndex: sqliteTextIndex,
  async openEngine(db) {
    const { rows } = await sql<{ name: string; file: string }>`PRAGMA database_list`.execute(db);
    const file = rows.find((row) => row.name === 'main')?.file ?? '';
    if (file === '') {
      throw new Error('Search needs the database in a file; an in-memory SQLite database cannot be shared.');
    }
    return new SqliteSearchEngine(file);
  },
};

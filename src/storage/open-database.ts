import type { SpojniaDb } from './database.js';
import { openSqliteDatabase } from './database.js';

export interface DatabaseSettings {
  readonly sqliteFile: string;
  readonly databaseUrl: string | null;
}

export class UnsupportedDatabaseError extends Error {}

/** Opens the database the settings name: the SQLite file unless a PostgreSQL URL is given. */
export function openDatabase(settings: DatabaseSettings): SpojniaDb {
  if (settings.databaseUrl !== null) {
    throw new UnsupportedDatabaseError(
      'DATABASE_URL is reserved for PostgreSQL, which this version does not run yet. Unset DATABASE_URL to use the SQLite file (SPOJNIA_DB).',
    );
  }
  return openSqliteDatabase({ file: settings.sqliteFile });
}

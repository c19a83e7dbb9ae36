import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';

export type SpojniaDb = Kysely<Database>;

export interface SqliteOptions {
  /** Path of the database file, or ":memory:". */
  readonly file: string;
  readonly readonly?: boolean;
}

/**
 * Opens (and creates, with its folder) the embedded SQLite database. WAL lets readers go on
 * while a writer works; foreign keys are off by default in SQLite, so we turn them on.
 */
export function openSqliteDatabase(options: SqliteOptions): SpojniaDb {
  if (options.file !== ':memory:' && !options.readonly) {
    mkdirSync(dirname(options.file), { recursive: true });
  }
  const sqlite = new SQLite(options.file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { WriteLockFirstSqliteDialect } from './sqlite-dialect.js';

export type SpojniaDb = Kysely<Database>;

/** The better-sqlite3 connection behind each Kysely handle this module opened. */
const sqliteConnections = new WeakMap<SpojniaDb, SQLite.Database>();

/**
 * The better-sqlite3 connection behind a handle opened here, or null for any other engine.
 * Only bulk writers use it, for prepared statements inside a transaction Kysely started.
 */
export function sqliteConnectionOf(db: SpojniaDb): SQLite.Database | null {
  return sqliteConnections.get(db) ?? null;
}

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
  // 32 MB of pages: the hot part of a million-project registry (indexes, recent pages) fits, and
  // the operating system's file cache holds the rest; more only raised the server's peak memory.
  sqlite.pragma('cache_size = -32768');
  const db = new Kysely<Database>({ dialect: new WriteLockFirstSqliteDialect(sqlite) });
  sqliteConnections.set(db, sqlite);
  return db;
}

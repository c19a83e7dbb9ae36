import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  SqliteDriver,
  type TransactionSettings,
} from 'kysely';

/**
 * SQLite begins a transaction deferred: it reads from a snapshot and asks for the write lock
 * only at its first write. When another connection (an import's, a second server's) has
 * committed in between, that upgrade fails at once with SQLITE_BUSY_SNAPSHOT, which no busy
 * timeout waits out. Our transactions write, so they take the write lock when they begin
 * (BEGIN IMMEDIATE) and wait for it; only those marked read-only begin deferred.
 */
class WriteLockFirstDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    const begin = settings?.accessMode === 'read only' ? 'begin' : 'begin immediate';
    await connection.executeQuery(CompiledQuery.raw(begin));
  }
}

export class WriteLockFirstSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SQLite.Database) {
    super({ database });
  }

  override createDriver(): Driver {
    return new WriteLockFirstDriver({ database: this.database });
  }
}

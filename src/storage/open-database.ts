import type { SpojniaDb } from './database.js';
import { openSqliteDatabase } from './database.js';
import { describePostgresUrl } from './database-location.js';
import { openPostgresDatabase } from './postgres-database.js';

export interface DatabaseSettings {
  readonly sqliteFile: string;
  /** PostgreSQL primary; null means the embedded SQLite file. */
  readonly databaseUrl: string | null;
  /** Optional PostgreSQL read replica for public read traffic. */
  readonly databaseReadUrl?: string | null;
  readonly databasePoolSize?: number;
  readonly databaseStatementTimeoutMs?: number;
}

/** The primary (every write, and reads that must see them) and the handle public pages read from. */
export interface DatabaseHandles {
  readonly db: SpojniaDb;
  /** A read replica when one is configured, otherwise the primary itself. */
  readonly readDb: SpojniaDb;
  /** Closes every pool (once, even when both handles are the same). */
  close(): Promise<void>;
}

/** Opens the database the settings name: the SQLite file unless a PostgreSQL URL is given. */
export function openDatabase(settings: DatabaseSettings, applicationName = 'spojnia'): SpojniaDb {
  if (settings.databaseUrl === null) return openSqliteDatabase({ file: settings.sqliteFile });
  return openPostgresDatabase({
    url: settings.databaseUrl,
    poolSize: settings.databasePoolSize,
    statementTimeoutMs: settings.databaseStatementTimeoutMs,
    applicationName,
  });
}

/** Opens the primary and, when DATABASE_READ_URL is set, a second pool on the read replica. */
export function openDatabases(settings: DatabaseSettings, applicationName = 'spojnia'): DatabaseHandles {
  const db = openDatabase(settings, applicationName);
  const replicaUrl = settings.databaseReadUrl ?? null;
  const readDb =
    replicaUrl === null
      ? db
      : openPostgresDatabase({
          url: replicaUrl,
          poolSize: settings.databasePoolSize,
          statementTimeoutMs: settings.databaseStatementTimeoutMs,
          applicationName: `${applicationName} (read)`,
        });
  return {
    db,
    readDb,
    async close() {
      await db.destroy();
      if (readDb !== db) await readDb.destroy();
    },
  };
}

/** The database in words for messages, without any password. */
export function describeDatabase(settings: DatabaseSettings): string {
  if (settings.databaseUrl === null) return `SQLite file ${settings.sqliteFile}`;
  const primary = `PostgreSQL ${describePostgresUrl(settings.databaseUrl)}`;
  const replica = settings.databaseReadUrl ? `, reads from ${describePostgresUrl(settings.databaseReadUrl)}` : '';
  return primary + replica;
}

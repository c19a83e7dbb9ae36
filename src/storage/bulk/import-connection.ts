import { openSqliteDatabase, type SpojniaDb, sqliteConnectionOf } from '../database.js';

/**
 * Runs a long import on a connection of its own, so the rest of the portal keeps answering
 * while the import's one transaction is open. SQLite: a second connection to the same file
 * (WAL lets the site's connection read the registry as it was until the import commits);
 * other engines: the pool already gives the transaction a connection of its own.
 */
export async function withImportConnection<T>(db: SpojniaDb, work: (db: SpojniaDb) => Promise<T>): Promise<T> {
  const sqlite = sqliteConnectionOf(db);
  if (sqlite === null || sqlite.memory) return work(db);
  const own = openSqliteDatabase({ file: sqlite.name });
  // An editor's save may hold the write lock for a moment: the import waits for it (up to a
  // minute) instead of failing after the portal's usual five seconds.
  sqliteConnectionOf(own)?.pragma('busy_timeout = 60000');
  try {
    return await work(own);
  } finally {
    await own.destroy();
  }
}

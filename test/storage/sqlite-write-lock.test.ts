import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/storage/database.js';

const folder = mkdtempSync(join(tmpdir(), 'spojnia-write-lock-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A file holding one counter, open through the portal's handle and through a second connection that never waits. */
async function counterWithTwoConnections(name: string) {
  const file = join(folder, name);
  const db = openSqliteDatabase({ file });
  await sql`CREATE TABLE counter (n INTEGER NOT NULL)`.execute(db);
  await sql`INSERT INTO counter (n) VALUES (1)`.execute(db);
  const other = new SQLite(file);
  other.pragma('busy_timeout = 0');
  return { db, other };
}

describe('SQLite transactions and a second connection (an import, a second process)', () => {
  it('a transaction holds the write lock from its start: no commit slips in between its read and its write', async () => {
    const { db, other } = await counterWithTwoConnections('registry.db');
    try {
      await db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ n: number }>`SELECT n FROM counter`.execute(trx);
        // With a deferred BEGIN this write would commit, and the transaction's own write below
        // would then fail at once with SQLITE_BUSY_SNAPSHOT, whatever the busy timeout.
        expect(() => other.prepare('UPDATE counter SET n = 100').run()).toThrow(/locked|busy/i);
        await sql`UPDATE counter SET n = ${(rows[0]?.n ?? 0) + 1}`.execute(trx);
      });
      expect(other.prepare('SELECT n FROM counter').pluck().get()).toBe(2);
      // Once committed, the other connection writes as usual.
      other.prepare('UPDATE counter SET n = 3').run();
    } finally {
      other.close();
      await db.destroy();
    }
  });

  it('a read-only transaction does not take the write lock', async () => {
    const { db, other } = await counterWithTwoConnections('read-only.db');
    try {
      await db
        .transaction()
        .setAccessMode('read only')
        .execute(async (trx) => {
          await sql`SELECT n FROM counter`.execute(trx);
          other.prepare('UPDATE counter SET n = 5').run();
          // The snapshot still shows what was there when the reading began.
          const { rows } = await sql<{ n: number }>`SELECT n FROM counter`.execute(trx);
          expect(rows[0]?.n).toBe(1);
        });
    } finally {
      other.close();
      await db.destroy();
    }
  });
});

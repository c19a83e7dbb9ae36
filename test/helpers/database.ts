import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { openSqliteDatabase, type SpojniaDb } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';

export interface TestDatabase {
  readonly db: SpojniaDb;
  readonly file: string;
  /** Closes the database and deletes its folder. */
  cleanup(): Promise<void>;
}

/** A real, migrated SQLite file in a fresh temporary folder. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'spojnia-test-'));
  const file = join(folder, 'test.db');
  const db = openSqliteDatabase({ file });
  await migrateToLatest(db);
  return {
    db,
    file,
    async cleanup() {
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A test database holding the demo content: both seed projects plus `generatedCount` invented ones. */
export async function createDemoDatabase(generatedCount = 30): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await loadDemo(database.db, { generatedCount });
  return database;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { openSqliteDatabase, type SpojniaDb } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { openPostgresDatabase } from '../../src/storage/postgres-database.js';
import { createSchema, dropSchema, newSchemaName, urlForSchema } from './postgres-schemas.js';
import { type TestEngine, testEngine, testPostgresUrl } from './test-engine.js';

/** A place for a registry that nothing has touched yet: what a `spojnia` process gets on first start. */
export interface BlankTestDatabase {
  readonly engine: TestEngine;
  /** Environment variables that point a `spojnia` process (or `openDatabase`) at this database. */
  readonly env: Readonly<Record<string, string>>;
  /** Opens a handle of its own on this database (closed by the caller). */
  open(): SpojniaDb;
  /** Drops the database (and its folder); close handles first. */
  cleanup(): Promise<void>;
}

export interface TestDatabase extends BlankTestDatabase {
  readonly db: SpojniaDb;
}

/**
 * A fresh database for one test: a new SQLite file in a temporary folder or, when the suite
 * runs on PostgreSQL (SPOJNIA_TEST_DATABASE=postgres), a new schema. Not migrated.
 */
export async function createBlankTestDatabase(): Promise<BlankTestDatabase> {
  if (testEngine() === 'postgres') return createBlankPostgresDatabase();
  const folder = mkdtempSync(join(tmpdir(), 'spojnia-test-'));
  const file = join(folder, 'test.db');
  return {
    engine: 'sqlite',
    // An empty DATABASE_URL counts as unset, so a developer's own setting cannot leak in.
    env: { SPOJNIA_DB: file, DATABASE_URL: '', DATABASE_READ_URL: '' },
    open: () => openSqliteDatabase({ file }),
    async cleanup() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function createBlankPostgresDatabase(): Promise<BlankTestDatabase> {
  const prefix = inject('postgresSchemaPrefix');
  if (prefix === null) throw new Error('The PostgreSQL test engine was chosen after the run started');
  const baseUrl = testPostgresUrl();
  const schema = newSchemaName(prefix);
  await createSchema(baseUrl, schema);
  const url = urlForSchema(baseUrl, schema);
  return {
    engine: 'postgres',
    env: { DATABASE_URL: url, DATABASE_READ_URL: '' },
    open: () => openPostgresDatabase({ url, poolSize: 4, applicationName: 'spojnia-test' }),
    cleanup: () => dropSchema(baseUrl, schema),
  };
}

/** A real, migrated database (SQLite file or PostgreSQL schema, see above) with an open handle. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const blank = await createBlankTestDatabase();
  const db = blank.open();
  await migrateToLatest(db);
  return {
    ...blank,
    db,
    async cleanup() {
      await db.destroy();
      await blank.cleanup();
    },
  };
}

/** A test database holding the demo content: both seed projects plus `generatedCount` invented ones. */
export async function createDemoDatabase(generatedCount = 30): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await loadDemo(database.db, { generatedCount });
  return database;
}

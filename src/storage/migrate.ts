// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import { type Kysely, type MigrationResult, Migrator, sql } from 'kysely';
import { dialectOf } from './dialect.js';
import { migrations } from './migrations/index.js';

/**
 * Features number their migrations in separate ranges, so a database may already hold a
 * later migration when an earlier-numbered one arrives; it is then applied, not refused.
 * On PostgreSQL the bookkeeping tables live in the schema the registry uses (the first on
 * search_path): Kysely would otherwise take another schema's tables for its own.
 */
async function createMigrator(db: Kysely<any>): Promise<Migrator> {
  const migrationTableSchema =
    dialectOf(db) === 'postgres'
      ? (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db)).rows[0]?.schema
      : undefined;
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
    migrationTableSchema,
  });
}

export interface MigrationReport {
  readonly applied: readonly string[];
}

/**
 * Brings the schema to the latest version. Throws with the failing migration's name so
 * start-up stops with a clear message instead of serving a half-migrated database.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  if (dialectOf(db) === 'sqlite') return runMigrations(db);
  // Building an index on a large table may take longer than the statement timeout that
  // protects web requests, so migrations run on one connection with no timeout.
  return db.connection().execute(async (connection) => {
    await sql`SET statement_timeout = 0`.execute(connection);
    try {
      return await runMigrations(connection);
    } finally {
      await sql`RESET statement_timeout`.execute(connection);
    }
  });
}

async function runMigrations(db: Kysely<any>): Promise<MigrationReport> {
  const migrator = await createMigrator(db);
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result: MigrationResult) => result.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`.replace('  ', ' '));
  }
  return { applied: results.filter((result) => result.status === 'Success').map((result) => result.migrationName) };
}

/** Names of migrations the database has not run yet; empty when it is current. */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const migrator = await createMigrator(db);
  const all = await migrator.getMigrations();
  return all.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}

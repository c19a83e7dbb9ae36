import { type Config, loadConfig } from '../config.js';
import type { SpojniaDb } from '../storage/database.js';
import { type MigrationReport, migrateToLatest } from '../storage/migrate.js';
import { describeDatabase, openDatabases } from '../storage/open-database.js';

export interface OpenRegistry {
  readonly config: Config;
  /** The primary: every write goes here. */
  readonly db: SpojniaDb;
  /** The read replica when DATABASE_READ_URL is set, else the primary. */
  readonly readDb: SpojniaDb;
  /** The database in words for messages (never with a password). */
  readonly description: string;
  close(): Promise<void>;
}

/**
 * Reads the configuration, opens the database (and its read replica) and brings the schema
 * up to date. `applicationName` tells the sessions apart in PostgreSQL's activity view.
 */
export async function openRegistry(
  applicationName: string,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<OpenRegistry> {
  const config = loadConfig(environment);
  const handles = openDatabases(config, applicationName);
  const description = describeDatabase(config);
  try {
    await migrateOrExplain(handles.db, description);
  } catch (error) {
    await handles.close();
    throw error;
  }
  return { config, ...handles, description };
}

/** Applies pending migrations; a failure names the database (never its password) and the cause. */
export async function migrateOrExplain(db: SpojniaDb, description: string): Promise<MigrationReport> {
  try {
    return await migrateToLatest(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot prepare the database (${description}): ${reason}`);
  }
}

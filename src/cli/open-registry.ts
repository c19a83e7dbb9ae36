import { type Config, loadConfig } from '../config.js';
import type { SpojniaDb } from '../storage/database.js';
import { migrateToLatest } from '../storage/migrate.js';
import { openDatabase } from '../storage/open-database.js';

export interface OpenRegistry {
  readonly config: Config;
  readonly db: SpojniaDb;
}

/** Reads the configuration, opens the database and brings its schema up to date. */
export async function openRegistry(environment: NodeJS.ProcessEnv = process.env): Promise<OpenRegistry> {
  const config = loadConfig(environment);
  const db = openDatabase(config);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { config, db };
}

import { sql } from 'kysely';
import type { SpojniaDb } from './database.js';

/** Asks the database a trivial question; throws when it cannot be reached. */
export async function pingDatabase(db: SpojniaDb): Promise<void> {
  await sql`SELECT 1`.execute(db);
}

// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * `real` is an 8-byte float in SQLite but a 4-byte one in PostgreSQL, which keeps only about
 * seven digits: a coordinate such as 19.9051234 or an indicator of 1234567.5 would come back
 * changed. PostgreSQL gets the same 8-byte doubles SQLite has; SQLite needs nothing.
 */
const COLUMNS: Record<string, readonly string[]> = {
  project_places: ['latitude', 'longitude'],
  project_indicators: ['baseline', 'target', 'achieved'],
};

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  for (const [table, columns] of Object.entries(COLUMNS)) {
    const changes = columns.map((column) => sql`ALTER COLUMN ${sql.ref(column)} TYPE double precision`);
    await sql`ALTER TABLE ${sql.table(table)} ${sql.join(changes)}`.execute(db);
  }
}

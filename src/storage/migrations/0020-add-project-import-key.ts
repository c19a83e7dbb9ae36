// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Kysely } from 'kysely';

/**
 * Rows of imported files that carry no contract number or external id are recognised on
 * the next import by a key derived from their own facts (title, beneficiary, dates).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('projects').addColumn('import_key', 'text').execute();
  await db.schema.createIndex('projects_import_key').on('projects').column('import_key').execute();
  await db.schema.createIndex('projects_kohesio_id').on('projects').column('kohesio_id').execute();
  await db.schema.createIndex('projects_official_list_id').on('projects').column('official_list_id').execute();
}

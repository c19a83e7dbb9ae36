// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import { type Kysely, sql } from 'kysely';

/**
 * Rows of imported files that carry no contract number or external id are recognised on
 * the next import by a key derived from their own facts (title, beneficiary, dates).
 * Imports also look projects up by Kohesio id and official-list code. The indexes are
 * partial: most projects have none of these, and inserting them stays cheap.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('projects').addColumn('import_key', 'text').execute();
  for (const column of ['import_key', 'kohesio_id', 'official_list_id']) {
    await db.schema
      .createIndex(`projects_${column}`)
      .on('projects')
      .column(column)
      .where(sql.ref(column), 'is not', null)
      .execute();
  }
}

// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Kysely } from 'kysely';

/** English versions of a project update's title and body; NULL falls back to the Polish text. */
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['title_en', 'body_en']) {
    await db.schema.alterTable('project_updates').addColumn(column, 'text').execute();
  }
}

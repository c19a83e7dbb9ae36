// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Kysely } from 'kysely';

/**
 * English versions of a project's own texts. NULL means "not translated": pages then show
 * the Polish original, marked as such. One column per statement, as SQLite wants it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['title_en', 'summary_en', 'description_en', 'goal_en', 'results_en']) {
    await db.schema.alterTable('projects').addColumn(column, 'text').execute();
  }
}

// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Kysely } from 'kysely';
import { withId } from './helpers.js';

/**
 * Uploaded images (re-encoded files in the media folder): project photos and logos. A
 * removed photo keeps its row (removed_at) so restoring an older revision can bring it back.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('images'))
    .addColumn('file_name', 'text', (col) => col.notNull().unique())
    .addColumn('owner_type', 'text', (col) => col.notNull())
    .addColumn('owner_id', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('alt', 'text', (col) => col.notNull())
    .addColumn('credit', 'text', (col) => col.notNull())
    .addColumn('width', 'integer', (col) => col.notNull())
    .addColumn('height', 'integer', (col) => col.notNull())
    .addColumn('bytes', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('images_owner').on('images').columns(['owner_type', 'owner_id']).execute();
}

// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Kysely } from 'kysely';
import { withId } from './helpers.js';

/** Every save of a project: who, when, what changed, and a full snapshot to restore from. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('project_revisions'))
    .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('author_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('author_email', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('changed_paths', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('restored_from', 'integer')
    .addColumn('snapshot', 'text', (col) => col.notNull())
    .addUniqueConstraint('project_revisions_number', ['project_id', 'number'])
    .execute();
}

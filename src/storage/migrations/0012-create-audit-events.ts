// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Kysely } from 'kysely';
import { withId } from './helpers.js';

/**
 * The audit log: sign-ins, role changes, publications, deletions. Who did it is kept as
 * written (e-mail) besides the id, so the log stays readable after an account goes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('audit_events'))
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('actor_email', 'text')
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'integer')
    .addColumn('subject_label', 'text')
    .addColumn('details', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('audit_events_occurred_at').on('audit_events').column('occurred_at').execute();
  await db.schema.createIndex('audit_events_action').on('audit_events').column('action').execute();
}

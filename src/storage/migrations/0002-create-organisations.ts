// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Kysely } from 'kysely';
import { withId } from './helpers.js';

/** Beneficiaries and partners, at home and abroad. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('organisations'))
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('name_key', 'text', (col) => col.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('country', 'text', (col) => col.notNull())
    .addColumn('city', 'text')
    .addColumn('website', 'text')
    .addColumn('identifiers', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('is_demo', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('organisations_name_key').on('organisations').column('name_key').execute();
}

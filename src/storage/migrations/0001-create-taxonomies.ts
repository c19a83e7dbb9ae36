// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Kysely } from 'kysely';
import { withId } from './helpers.js';

/** Programmes and topics: the vocabularies projects are filed under. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('programmes'))
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('code', 'text', (col) => col.unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text')
    .addColumn('short_name', 'text', (col) => col.notNull())
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('funds', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('managing_authority', 'text')
    .addColumn('website', 'text')
    .execute();

  await withId(db, db.schema.createTable('topics'))
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('name_pl', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .execute();
}

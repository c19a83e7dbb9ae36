// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Kysely } from 'kysely';
import { withId } from './helpers.js';

/** The project record itself; its repeated parts get their own tables in the next migration. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('projects'))
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('description', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('goal', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('results', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('contract_number', 'text', (col) => col.unique())
    .addColumn('kohesio_id', 'text')
    .addColumn('official_list_id', 'text')
    .addColumn('keep_eu_id', 'text')
    .addColumn('programme_id', 'integer', (col) => col.references('programmes.id'))
    .addColumn('priority_code', 'text')
    .addColumn('priority_name', 'text')
    .addColumn('measure_code', 'text')
    .addColumn('measure_name', 'text')
    .addColumn('sub_measure_code', 'text')
    .addColumn('sub_measure_name', 'text')
    .addColumn('period', 'text')
    .addColumn('category', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('total_value', 'bigint')
    .addColumn('eligible_expenditure', 'bigint')
    .addColumn('cofinancing_amount', 'bigint')
    .addColumn('beneficiary_id', 'integer', (col) => col.references('organisations.id'))
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('contact_note', 'text')
    .addColumn('website', 'text')
    .addColumn('logo_url', 'text')
    .addColumn('editorial_state', 'text', (col) => col.notNull().defaultTo('published'))
    .addColumn('source', 'text', (col) => col.notNull().defaultTo('manual'))
    .addColumn('source_file', 'text')
    .addColumn('source_row', 'integer')
    .addColumn('is_demo', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  for (const column of ['programme_id', 'beneficiary_id', 'status', 'start_date', 'updated_at']) {
    await db.schema.createIndex(`projects_${column}`).on('projects').column(column).execute();
  }
}

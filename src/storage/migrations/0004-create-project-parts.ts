// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { CreateTableBuilder, Kysely } from 'kysely';
import { withId } from './helpers.js';

/** The repeated parts of a project; each row belongs to one project and goes with it. */
export async function up(db: Kysely<any>): Promise<void> {
  const ownedBy = <T extends string>(table: CreateTableBuilder<T, never>) =>
    table.addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'));

  await ownedBy(db.schema.createTable('project_funds'))
    .addColumn('fund', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('project_funds_pk', ['project_id', 'fund'])
    .execute();

  await ownedBy(db.schema.createTable('project_topics'))
    .addColumn('topic_id', 'integer', (col) => col.notNull().references('topics.id'))
    .addPrimaryKeyConstraint('project_topics_pk', ['project_id', 'topic_id'])
    .execute();
  await db.schema
    .createIndex('project_topics_topic')
    .on('project_topics')
    .columns(['topic_id', 'project_id'])
    .execute();

  await ownedBy(db.schema.createTable('project_partners'))
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisations.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('project_partners_pk', ['project_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('project_partners_organisation')
    .on('project_partners')
    .columns(['organisation_id', 'project_id'])
    .execute();

  await ownedBy(withId(db, db.schema.createTable('project_funding')))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .execute();

  await ownedBy(withId(db, db.schema.createTable('project_places')))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('country', 'text', (col) => col.notNull())
    .addColumn('voivodeship', 'text')
    .addColumn('county', 'text')
    .addColumn('municipality', 'text')
    .addColumn('teryt', 'text')
    .addColumn('city', 'text')
    .addColumn('area_name', 'text')
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .execute();

  await ownedBy(withId(db, db.schema.createTable('project_phases')))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('duration_months', 'integer')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .execute();

  await ownedBy(withId(db, db.schema.createTable('project_updates')))
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('date_precision', 'text', (col) => col.notNull().defaultTo('day'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .execute();

  await ownedBy(withId(db, db.schema.createTable('project_indicators')))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('baseline', 'real')
    .addColumn('target', 'real')
    .addColumn('achieved', 'real')
    .execute();

  await ownedBy(withId(db, db.schema.createTable('project_links')))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .execute();

  await ownedBy(withId(db, db.schema.createTable('project_relations')))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('target_slug', 'text')
    .addColumn('target_title', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .execute();

  await ownedBy(withId(db, db.schema.createTable('project_groups')))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('members', 'text', (col) => col.notNull().defaultTo('[]'))
    .execute();

  for (const table of [
    'project_funding',
    'project_places',
    'project_phases',
    'project_updates',
    'project_indicators',
    'project_links',
    'project_relations',
    'project_groups',
  ]) {
    await db.schema.createIndex(`${table}_project`).on(table).column('project_id').execute();
  }
  await db.schema.createIndex('project_updates_date').on('project_updates').column('date').execute();
}

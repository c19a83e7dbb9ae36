// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';
import { withId } from './helpers.js';

/**
 * The search index: one row of facet values and sort keys per published project, the names
 * of municipalities for facet labels, a log of changes that running servers follow, and
 * (per engine) the full-text index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_documents')
    .addColumn('project_id', 'integer', (col) => col.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('programme_id', 'integer')
    .addColumn('period', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('category', 'text')
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('funds', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('beneficiary_id', 'integer')
    .addColumn('start_day', 'integer')
    .addColumn('end_day', 'integer')
    .addColumn('total_value', 'bigint')
    .addColumn('cofinancing', 'bigint')
    .addColumn('title_key', 'text', (col) => col.notNull())
    .addColumn('topic_ids', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('voivodeships', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('municipalities', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('partner_countries', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('search_documents_title')
    .on('search_documents')
    .columns(['title_key', 'project_id'])
    .execute();

  await db.schema
    .createTable('search_municipalities')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('voivodeship', 'text')
    .execute();

  // A null project_id means "many projects changed: reload everything".
  await withId(db, db.schema.createTable('search_changes')).addColumn('project_id', 'integer').execute();

  // The PostgreSQL provider brings its own text index (tsvector) and triggers in its own migration.
  if (dialectOf(db) === 'sqlite') await createSqliteTextIndex(db);
}

async function createSqliteTextIndex(db: Kysely<any>): Promise<void> {
  // Contentless: the text lives in `projects`; the index keeps only what matching needs, and
  // contentless_delete lets a row go by rowid alone. The text arrives folded by our own code
  // (lower case, no diacritics, ł → l: FTS5 cannot fold ł), so the tokenizer only splits words.
  await sql`CREATE VIRTUAL TABLE search_text USING fts5(
    title, summary, body, names, place,
    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
  )`.execute(db);

  // Whatever deletes or unpublishes a project takes it out of search in the same transaction;
  // the change log tells running servers to refresh their in-memory facet index.
  await sql`CREATE TRIGGER projects_search_delete AFTER DELETE ON projects BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id;
    INSERT INTO search_changes (project_id) VALUES (OLD.id);
  END`.execute(db);
  await sql`CREATE TRIGGER projects_search_unpublish AFTER UPDATE OF editorial_state ON projects
    WHEN NEW.editorial_state <> 'published' BEGIN
    DELETE FROM search_text WHERE rowid = NEW.id;
    DELETE FROM search_documents WHERE project_id = NEW.id;
    INSERT INTO search_changes (project_id) VALUES (NEW.id);
  END`.execute(db);
}

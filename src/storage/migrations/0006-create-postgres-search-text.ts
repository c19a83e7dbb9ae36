// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * PostgreSQL's half of the search index (SQLite's is the FTS5 table of 0005): the folded words
 * of each published project, and the triggers that take a project out of search whoever
 * deletes or unpublishes it. Nothing changes on SQLite.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await db.schema
    .createTable('search_texts')
    .addColumn('project_id', 'integer', (col) => col.primaryKey().references('projects.id').onDelete('cascade'))
    // Folded words separated by single spaces, with a space at each end; ' | ' between fields.
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('document', 'text', (col) => col.notNull())
    .execute();

  await sql`CREATE FUNCTION spojnia_search_forget() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO search_changes (project_id) VALUES (OLD.id);
        RETURN OLD;
      END IF;
      DELETE FROM search_texts WHERE project_id = NEW.id;
      DELETE FROM search_documents WHERE project_id = NEW.id;
      INSERT INTO search_changes (project_id) VALUES (NEW.id);
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER projects_search_delete AFTER DELETE ON projects
    FOR EACH ROW EXECUTE FUNCTION spojnia_search_forget()`.execute(db);
  await sql`CREATE TRIGGER projects_search_unpublish AFTER UPDATE OF editorial_state ON projects
    FOR EACH ROW WHEN (NEW.editorial_state <> 'published') EXECUTE FUNCTION spojnia_search_forget()`.execute(db);
}

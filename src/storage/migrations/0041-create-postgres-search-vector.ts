// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';
import { createFunctions, FOLDING_FUNCTIONS } from '../search/postgres/search-functions.js';

/**
 * PostgreSQL's text index becomes a tsvector with a GIN index, written and queried through SQL
 * functions (see search/postgres/search-functions.ts) that fold words the way our own code
 * does; `spojnia db setup-search` replaces them to fold with unaccent and add Polish
 * dictionary forms. Existing rows keep their folded words: the title (weight A) and the other
 * fields come from the columns this replaces. Nothing changes on SQLite.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await createFunctions(db, FOLDING_FUNCTIONS);
  await sql`ALTER TABLE search_texts ADD COLUMN vector tsvector`.execute(db);
  // `document` is the title's words, then the other fields, each after a '|'.
  await sql`UPDATE search_texts SET vector = spojnia_search_vector(
      ARRAY[title, substr(document, strpos(document, '|') + 1)],
      ARRAY[title, substr(document, strpos(document, '|') + 1)])`.execute(db);
  await sql`ALTER TABLE search_texts ALTER COLUMN vector SET NOT NULL, DROP COLUMN title, DROP COLUMN document`.execute(
    db,
  );
  await sql`CREATE INDEX search_texts_vector ON search_texts USING gin (vector)`.execute(db);
}

import { sql } from 'kysely';
import type { SpojniaDb } from '../../database.js';

/**
 * The SQL functions the PostgreSQL text index is written and queried through. Writers and the
 * search engine call only these, so `spojnia db setup-search` changes how words are indexed
 * (accent folding by unaccent, Polish dictionary forms) by replacing them, with no change to
 * the application:
 *
 * - `spojnia_search_words(folded, unfolded)`: the tsvector of one field. `folded` is the text
 *   folded by our own code (src/domain/search-text.ts); `unfolded` is the same text lower-cased,
 *   with the same characters turned into spaces, so both have the same words at the same
 *   positions and a dictionary can look up the real word.
 * - `spojnia_search_vector(folded[], unfolded[])`: every field of a project, the first (the
 *   title) weighted A, with a gap between fields so that no phrase runs from one into the next.
 * - `spojnia_search_term(folded, unfolded, prefix, weights)`: the tsquery of one typed word.
 */

/** A lexeme no field can hold (fields carry letters and digits only): it keeps fields apart. */
const FIELD_GAP = '|';

/** What every setup shares: fields joined with a gap, the title weighted A. */
export const VECTOR_FUNCTION = sql`
  CREATE OR REPLACE FUNCTION spojnia_search_vector(folded text[], unfolded text[]) RETURNS tsvector
  LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
  DECLARE
    result tsvector := '';
    field tsvector;
  BEGIN
    FOR i IN 1 .. coalesce(array_length(folded, 1), 0) LOOP
      field := spojnia_search_words(folded[i], unfolded[i]);
      IF i = 1 THEN
        result := setweight(field, 'A');
      ELSE
        result := result || ${sql.raw(`'''${FIELD_GAP}'':1'`)}::tsvector || field;
      END IF;
    END LOOP;
    RETURN ts_delete(result, ${sql.raw(`'${FIELD_GAP}'`)});
  END $$`;

/** Quotes a word as a tsquery lexeme (words hold letters and digits only; quoting is for safety). */
const QUOTE_LEXEME = (word: string) => `'''' || replace(replace(${word}, '\\', '\\\\'), '''', '''''') || ''''`;

/** The label after a lexeme: `:*` for a prefix, then the weights it must carry (e.g. `A`). */
const LABEL = `CASE WHEN prefix OR weights <> '' THEN ':' || CASE WHEN prefix THEN '*' ELSE '' END || weights ELSE '' END`;

/** Folding only, by our own code: needs no extension, so migrations set it up everywhere. */
export const FOLDING_FUNCTIONS = [
  sql`CREATE OR REPLACE FUNCTION spojnia_search_words(folded text, unfolded text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_tsvector('pg_catalog.simple', folded) $$`,
  sql`CREATE OR REPLACE FUNCTION spojnia_search_term(folded text, unfolded text, prefix boolean, weights text)
    RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (${sql.raw(QUOTE_LEXEME('folded'))} || ${sql.raw(LABEL)})::tsquery $$`,
];

export interface SearchSchema {
  /** Schema of the unaccent extension. */
  readonly unaccent: string;
  /** Schema where our configurations live (the application's). */
  readonly own: string;
}

function qualified(schema: string, name: string): string {
  return `"${schema.replace(/"/g, '""')}".${name}`;
}

/**
 * Folding by unaccent (configuration `spojnia_search`: unaccent, then simple) and, with the
 * Polish dictionary, its dictionary forms too (configuration `spojnia_stem`: the ispell
 * dictionary, then simple), folded by unaccent as well; both at the word's own position.
 */
export function setupFunctions(schemas: SearchSchema, stemming: boolean) {
  const folding = qualified(schemas.own, 'spojnia_search');
  const stem = qualified(schemas.own, 'spojnia_stem');
  const unaccent = `${qualified(schemas.unaccent, 'unaccent')}('${qualified(schemas.unaccent, 'unaccent').replace(/'/g, "''")}'::regdictionary, `;
  const foldedWords = `to_tsvector('${folding.replace(/'/g, "''")}'::regconfig, folded)`;
  const words = stemming
    ? `(${foldedWords}::text || ' ' || ${unaccent}to_tsvector('${stem.replace(/'/g, "''")}'::regconfig, unfolded)::text))::tsvector`
    : foldedWords;
  const surface = `${unaccent}folded)`;
  // ts_lexize gives the dictionary forms of a word (null when the dictionary does not know it).
  const lemmas = stemming
    ? `|| coalesce((SELECT string_agg(' | ' || ${QUOTE_LEXEME(`${unaccent}lemma)`)} || CASE WHEN weights <> '' THEN ':' || weights ELSE '' END, '')
         FROM unnest(ts_lexize('${qualified(schemas.own, 'spojnia_polish').replace(/'/g, "''")}'::regdictionary, unfolded)) AS lemma), '')`
    : '';
  return [
    sql`CREATE OR REPLACE FUNCTION spojnia_search_words(folded text, unfolded text) RETURNS tsvector
      LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT ${sql.raw(words)} $$`,
    sql`CREATE OR REPLACE FUNCTION spojnia_search_term(folded text, unfolded text, prefix boolean, weights text)
      RETURNS tsquery LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT (${sql.raw(QUOTE_LEXEME(surface))} || ${sql.raw(LABEL)} ${sql.raw(lemmas)})::tsquery $$`,
  ];
}

export async function createFunctions(db: SpojniaDb, functions: readonly ReturnType<typeof sql>[]): Promise<void> {
  for (const statement of functions) await statement.execute(db);
  await VECTOR_FUNCTION.execute(db);
}

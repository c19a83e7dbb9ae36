import { sql } from 'kysely';
import type { SpojniaDb } from '../../database.js';
import { createFunctions, setupFunctions } from './search-functions.js';

/**
 * How words are indexed on PostgreSQL: `folding` (by our own code; what migrations set up),
 * `unaccent` (folded by the unaccent extension) or `polish` (unaccent, plus the dictionary
 * forms of Polish words from the hunspell-pl files, so `łódź` finds "Łodzi").
 */
export type PostgresSearchMode = 'folding' | 'unaccent' | 'polish';

/** The hunspell-pl files as Debian's postgresql-common links them into tsearch_data (pl_pl.dict, pl_pl.affix). */
const POLISH_FILES = 'pl_pl';
const WORD_TOKENS = 'asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart';

/** The mode this database's search is in now (from the configurations setup-search leaves). */
export async function postgresSearchMode(db: SpojniaDb): Promise<PostgresSearchMode> {
  const { rows } = await sql<{ cfgname: string }>`
    SELECT cfgname FROM pg_ts_config WHERE cfgnamespace = current_schema()::regnamespace
      AND cfgname IN ('spojnia_search', 'spojnia_stem')`.execute(db);
  const names = new Set(rows.map((row) => row.cfgname));
  if (names.has('spojnia_stem')) return 'polish';
  return names.has('spojnia_search') ? 'unaccent' : 'folding';
}

/**
 * Whether the Polish hunspell files can be read: null when they can, else why not. Tried in a
 * transaction of its own that is always rolled back, since a missing file fails the statement.
 */
export async function probePolishDictionary(db: SpojniaDb): Promise<string | null> {
  const probed = new Error('probed');
  try {
    await db.transaction().execute(async (trx) => {
      await createPolishDictionary(trx, 'spojnia_polish_probe');
      throw probed;
    });
  } catch (error) {
    if (error === probed) return null;
    return error instanceof Error ? error.message : String(error);
  }
  return null;
}

async function createPolishDictionary(db: SpojniaDb, name: string): Promise<void> {
  await sql`CREATE TEXT SEARCH DICTIONARY ${sql.id(name)} (
    TEMPLATE = ispell, DictFile = ${sql.raw(POLISH_FILES)}, AffFile = ${sql.raw(POLISH_FILES)})`.execute(db);
  // The files are read on first use, not by CREATE: look a word up to be sure they work.
  await sql`SELECT ts_lexize(${name}::regdictionary, 'łodzi')`.execute(db);
}

/**
 * An extension belongs to the whole database, and goes into `public` when there is one: in the
 * application's own schema, dropping that schema would take it from everyone else.
 */
async function createUnaccent(db: SpojniaDb): Promise<void> {
  const { rows } = await sql<{ public: boolean; present: boolean }>`
    SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = 'public') AS public,
           EXISTS (SELECT FROM pg_extension WHERE extname = 'unaccent') AS present`.execute(db);
  if (rows[0]?.present) return;
  await (rows[0]?.public
    ? sql`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`
    : sql`CREATE EXTENSION IF NOT EXISTS unaccent`
  ).execute(db);
}

/**
 * Creates the unaccent extension (unless there), the text search configurations and, with
 * `polish`, the Polish dictionary; then points the index functions at them. Run it in the
 * transaction that rebuilds the index, so searches never see one without the other. All but
 * CREATE EXTENSION needs only the right to create objects in the application's schema; CREATE
 * EXTENSION unaccent needs the right to create in the database (unaccent is a trusted
 * extension, so the database's owner has it) unless a superuser created it before.
 */
export async function setUpPostgresSearch(db: SpojniaDb, polish: boolean): Promise<PostgresSearchMode> {
  await createUnaccent(db);
  const { rows } = await sql<{ schema: string; own: string }>`
    SELECT n.nspname AS schema, current_schema() AS own
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'`.execute(db);
  const found = rows[0];
  if (!found) throw new Error('The unaccent extension could not be found after creating it');
  const schemas = { unaccent: found.schema, own: found.own };
  const unaccentDictionary = sql.raw(`"${schemas.unaccent.replace(/"/g, '""')}".unaccent`);

  await sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS spojnia_search`.execute(db);
  await sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS spojnia_stem`.execute(db);
  await sql`DROP TEXT SEARCH DICTIONARY IF EXISTS spojnia_polish`.execute(db);
  await sql`CREATE TEXT SEARCH CONFIGURATION spojnia_search (COPY = pg_catalog.simple)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION spojnia_search ALTER MAPPING FOR ${sql.raw(WORD_TOKENS)}
    WITH ${unaccentDictionary}, pg_catalog.simple`.execute(db);
  if (polish) {
    await createPolishDictionary(db, 'spojnia_polish');
    await sql`CREATE TEXT SEARCH CONFIGURATION spojnia_stem (COPY = pg_catalog.simple)`.execute(db);
    await sql`ALTER TEXT SEARCH CONFIGURATION spojnia_stem ALTER MAPPING FOR ${sql.raw(WORD_TOKENS)}
      WITH spojnia_polish, pg_catalog.simple`.execute(db);
  }
  await createFunctions(db, setupFunctions(schemas, polish));
  return polish ? 'polish' : 'unaccent';
}

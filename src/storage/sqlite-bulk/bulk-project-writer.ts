import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { OrganisationInput } from '../../domain/organisation.js';
import type { ProgrammeInput, Topic } from '../../domain/programme.js';
import { normaliseName } from '../../domain/text.js';
import type { SearchMunicipality } from '../search/search-document.js';
import { SAVE_MUNICIPALITY } from '../search/sqlite/sqlite-bulk-reindex.js';
import { BULK_TABLES, type BulkTable, type CatalogueIds, type TableRows } from './project-rows.js';

/** Page size of registries created for bulk loads: rows of about 1.5 kB insert (and commit) a third faster than in 4 kB pages. */
const BULK_PAGE_SIZE = 16_384;

/**
 * Creates the SQLite file with large pages when it does not exist yet; the page size of a
 * database is fixed when its first page is written. An existing file is left as it is.
 */
export function prepareBulkFile(file: string): void {
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma(`page_size = ${BULK_PAGE_SIZE}`);
  db.pragma('journal_mode = WAL');
  db.close();
}

/** What a bulk load refers to by slug; inserted first when missing, reused when present. */
export interface BulkCatalogue {
  readonly programmes: readonly ProgrammeInput[];
  readonly topics: readonly Topic[];
  readonly organisations: readonly OrganisationInput[];
}

/**
 * Writes many projects into an SQLite registry in one transaction with prepared statements,
 * search index included: the fast path of `spojnia generate`. Kysely's per-query cost and the
 * one-row-at-a-time repositories are far too slow for tens of thousands of projects a second.
 * It inserts rows a `ProjectRowBuilder` made (possibly in another thread); input must already
 * be valid (the generator guarantees it): nothing is validated or sanitised here. SQLite only:
 * the PostgreSQL way would be COPY.
 */
export class SqliteBulkProjectWriter {
  private readonly db: Database.Database;
  private readonly municipalities = new Map<string, SearchMunicipality>();
  /**
   * One prepared INSERT per table and column list, run row by row. (Multi-row VALUES
   * statements were measured too: no faster with SQLite, and they allocate more.)
   */
  private readonly inserts = new Map<string, Database.Statement>();
  /** Id of the first project of this load: the registry held projects up to the one before it. */
  readonly firstProjectId: number;
  private inTransaction = false;
  /** Secondary indexes dropped for the load and built again at the end (see `begin`). */
  private deferredIndexes: string[] = [];
  written = 0;

  constructor(file: string) {
    this.db = new Database(file, { fileMustExist: true });
    // A rollback journal stores only pages that existed before, so appending costs nothing
    // extra, and the whole load still commits or rolls back as one. WAL would write every page twice.
    this.db.pragma('journal_mode = DELETE');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -524288');
    this.db.pragma('temp_store = MEMORY');
    // Ids are assigned by the load and the generator's references are known to be complete.
    this.db.pragma('foreign_keys = OFF');
    this.firstProjectId = Number(this.db.prepare('SELECT coalesce(max(id), 0) FROM projects').pluck().get()) + 1;
  }

  /**
   * Starts the one transaction of the load, inserts whatever the catalogue lacks and returns
   * the ids its projects refer to. When the load is larger than what the registry holds,
   * secondary indexes of the tables it fills are dropped now and built again at the end:
   * sorting once is far cheaper than keeping a B-tree in order row by row.
   */
  begin(catalogue: BulkCatalogue, expectedProjects: number): CatalogueIds {
    this.db.exec('BEGIN');
    this.inTransaction = true;
    const db = this.db;
    if (expectedProjects > this.firstProjectId - 1) this.deferIndexes();
    for (const programme of catalogue.programmes) {
      db.prepare(
        `INSERT INTO programmes (slug, code, name, name_en, short_name, period, funds, managing_authority, website)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING`,
      ).run(
        programme.slug,
        programme.code,
        programme.name,
        programme.nameEn,
        programme.shortName,
        programme.period,
        programme.funds.join(','),
        programme.managingAuthority,
        programme.website,
      );
    }
    for (const topic of catalogue.topics) {
      db.prepare('INSERT INTO topics (slug, name_pl, name_en) VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING').run(
        topic.slug,
        topic.namePl,
        topic.nameEn,
      );
    }
    const addOrganisation = db.prepare(
      `INSERT INTO organisations (slug, name, name_key, short_name, kind, country, city, website, identifiers, is_demo)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING`,
    );
    for (const organisation of catalogue.organisations) {
      addOrganisation.run(
        organisation.slug,
        organisation.name,
        normaliseName(organisation.name),
        organisation.shortName,
        organisation.kind,
        organisation.country,
        organisation.city,
        organisation.website,
        JSON.stringify(organisation.identifiers),
        organisation.isDemo ? 1 : 0,
      );
    }
    const pairs = (sql: string) =>
      (db.prepare(sql).all() as { id: number; slug: string }[]).map((row) => [row.slug, row.id] as const);
    const wanted = new Set(catalogue.organisations.map((organisation) => organisation.slug));
    const organisations = db.prepare('SELECT id, slug, name, short_name, country FROM organisations').all() as {
      id: number;
      slug: string;
      name: string;
      short_name: string | null;
      country: string;
    }[];
    return {
      programmes: pairs('SELECT id, slug FROM programmes'),
      topics: pairs('SELECT id, slug FROM topics'),
      organisations: organisations
        .filter((row) => wanted.has(row.slug))
        .map((row) => [
          row.slug,
          { id: row.id, names: row.short_name ? [row.name, row.short_name] : [row.name], country: row.country },
        ]),
    };
  }

  /** Inserts the rows of `projects` projects (ids from `firstProjectId + written` on) and notes their municipalities. */
  insert(rows: TableRows, projects: number, municipalities: readonly SearchMunicipality[]): void {
    for (const [table, { columns, rows: values }] of Object.entries(rows) as [
      BulkTable,
      NonNullable<TableRows[BulkTable]>,
    ][]) {
      const statement = this.insertInto(table, columns);
      for (const row of values) statement.run(row);
    }
    for (const municipality of municipalities) this.municipalities.set(municipality.key, municipality);
    this.written += projects;
  }

  private insertInto(table: BulkTable, columns: readonly string[]): Database.Statement {
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    let statement = this.inserts.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.inserts.set(sql, statement);
    }
    return statement;
  }

  private deferIndexes(): void {
    const indexes = this.db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(BULK_TABLES)) as { name: string; sql: string }[];
    for (const index of indexes) this.db.exec(`DROP INDEX "${index.name}"`);
    this.deferredIndexes = indexes.map((index) => index.sql);
  }

  /** Builds deferred indexes, tells running servers to reload their search index, commits. */
  finish(): void {
    // Sorting for the index builds may use a second thread.
    this.db.pragma('threads = 2');
    for (const sql of this.deferredIndexes) this.db.exec(sql);

    const saveMunicipality = this.db.prepare(SAVE_MUNICIPALITY);
    for (const m of this.municipalities.values()) saveMunicipality.run(m.key, m.name, m.voivodeship);
    this.db.prepare('INSERT INTO search_changes (project_id) VALUES (NULL)').run();
    this.db.exec('COMMIT');
    this.inTransaction = false;
    this.close();
  }

  /** Gives up: nothing of this load stays. */
  abort(): void {
    if (this.inTransaction) this.db.exec('ROLLBACK');
    this.inTransaction = false;
    this.close();
  }

  private close(): void {
    if (!this.db.open) return;
    this.db.pragma('journal_mode = WAL');
    this.db.close();
  }
}

import type SQLite from 'better-sqlite3';
import type { OrganisationInput } from '../../domain/organisation.js';
import { normaliseName } from '../../domain/text.js';
import { sqliteBulkReindexer } from '../search/sqlite/sqlite-bulk-reindex.js';
import type {
  BulkStore,
  NewProject,
  ProjectIdentifier,
  ProjectIdentifierKind,
  ProjectPart,
  ProjectPatch,
  StoredProject,
  TouchedRecord,
} from './bulk-store.js';
import { identifierKey } from './bulk-store.js';
import { coreColumns, PROJECT_ROW_COLUMNS, projectRowValues } from './project-columns.js';
import { type ImageRow, planPhotoSync } from './project-photos.js';
import {
  emptyPartRows,
  PART_ORDER,
  PART_TABLE,
  type PartRows,
  type PartTable,
  partRowsOf,
  type TablePart,
  toStoredProject,
} from './stored-project.js';

type Statement = SQLite.Statement;

/**
 * Page cache during a bulk write, in KiB (SQLite's negative cache_size): 8 MB took 10 MB off
 * an import's peak at the same speed as 16.
 */
const BULK_CACHE_SIZE = -8192;
type Row = Record<string, unknown>;

const IDENTIFIER_COLUMNS: Record<ProjectIdentifierKind, string> = {
  slug: 'slug',
  contractNumber: 'contract_number',
  kohesioId: 'kohesio_id',
  officialListId: 'official_list_id',
  keepEuId: 'keep_eu_id',
  importKey: 'import_key',
};

const PART_OF_TABLE = Object.fromEntries(Object.entries(PART_TABLE).map(([part, table]) => [table, part])) as Record<
  PartTable,
  TablePart
>;

const SHOWN_PHOTOS =
  "SELECT * FROM images WHERE owner_type = 'project' AND owner_id = ? AND kind = 'photo' AND removed_at IS NULL ORDER BY position, id";

/**
 * The SQLite bulk store: better-sqlite3 prepared statements, prepared once and run
 * synchronously inside the transaction Kysely holds on the same connection. Kysely's
 * per-query overhead is what makes bulk imports slow; this skips it, nothing else.
 */
export function createSqliteBulkStore(sqlite: SQLite.Database): BulkStore {
  // A bulk write keeps its memory flat: a smaller page cache spills dirty pages to the WAL
  // sooner, which costs little as every page is written there at commit anyway.
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${BULK_CACHE_SIZE}`);
  // Projects the import has touched, kept in SQLite's temporary store rather than in memory.
  sqlite.exec(
    'CREATE TEMP TABLE IF NOT EXISTS bulk_touched (project_id INTEGER PRIMARY KEY, row INTEGER NOT NULL, outcome TEXT NOT NULL); DELETE FROM temp.bulk_touched;',
  );
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  const insertRow = (table: string, row: Row): number => {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`;
    return Number(prepare(sql).run(row).lastInsertRowid);
  };
  /** One prepared insert per part table; its rows always carry the same columns, in the same order. */
  const partInserts = new Map<string, Statement>();
  const insertPart = (table: string, row: Row) => {
    let statement = partInserts.get(table);
    if (!statement) {
      const columns = Object.keys(row);
      statement = sqlite.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      partInserts.set(table, statement);
    }
    statement.run(Object.values(row));
  };
  const writeParts = (projectId: number, project: Partial<StoredProject>, replace: boolean) => {
    for (const [table, rows] of Object.entries(partRowsOf(projectId, project)) as [PartTable, Row[] | undefined][]) {
      if (rows === undefined) continue;
      if (replace) prepare(`DELETE FROM ${table} WHERE project_id = ?`).run(projectId);
      for (const row of rows) insertPart(table, row);
    }
    if (project.photos !== undefined) writePhotos(projectId, project.photos, project.updatedAt ?? '');
  };
  const writePhotos = (projectId: number, photos: NonNullable<StoredProject['photos']>, now: string) => {
    const byFile = prepare('SELECT * FROM images WHERE file_name = ?');
    const known = [
      ...(prepare(SHOWN_PHOTOS).all(projectId) as ImageRow[]),
      ...photos.flatMap((photo) => byFile.all(photo.fileName) as ImageRow[]),
    ];
    const plan = planPhotoSync(projectId, photos, known, now);
    for (const id of plan.hide) prepare('UPDATE images SET removed_at = ? WHERE id = ?').run(now, id);
    for (const shown of plan.show) {
      prepare('UPDATE images SET removed_at = NULL, alt = ?, credit = ?, position = ? WHERE id = ?').run(
        shown.alt,
        shown.credit,
        shown.position,
        shown.id,
      );
    }
    for (const row of plan.insert) insertRow('images', row);
  };
  let reindex: ReturnType<typeof sqliteBulkReindexer> | undefined;
  const insertProject = sqlite.prepare(
    `INSERT INTO projects (${PROJECT_ROW_COLUMNS.join(', ')}) VALUES (${PROJECT_ROW_COLUMNS.map(() => '?').join(', ')})`,
  );

  return {
    async findProjectIds(identifiers: readonly ProjectIdentifier[]) {
      const found = new Map<string, number>();
      for (const identifier of identifiers) {
        const column = IDENTIFIER_COLUMNS[identifier.kind];
        const row = prepare(`SELECT id FROM projects WHERE ${column} = ? ORDER BY id LIMIT 1`).get(identifier.value) as
          | { id: number }
          | undefined;
        if (row) found.set(identifierKey(identifier), row.id);
      }
      return found;
    },

    async readProjects(ids: readonly number[], parts: ReadonlySet<ProjectPart>) {
      const projects = new Map<number, StoredProject>();
      for (const id of ids) {
        const row = prepare('SELECT * FROM projects WHERE id = ?').get(id);
        if (!row) continue;
        const partRows: PartRows = emptyPartRows();
        for (const part of parts) {
          if (part === 'photos') {
            partRows.photos = prepare(SHOWN_PHOTOS).all(id) as ImageRow[];
            continue;
          }
          const table = PART_TABLE[part];
          const rows = prepare(`SELECT * FROM ${table} WHERE project_id = ? ORDER BY ${PART_ORDER[table]}`).all(id);
          (partRows as unknown as Record<TablePart, unknown[]>)[PART_OF_TABLE[table]] = rows;
        }
        projects.set(id, toStoredProject(row as never, partRows));
      }
      return projects;
    },

    async findTakenProjectSlugs(slugs: readonly string[]) {
      const statement = prepare('SELECT 1 FROM projects WHERE slug = ?').pluck();
      return new Set(slugs.filter((slug) => statement.get(slug) !== undefined));
    },

    async insertProjects(projects: readonly NewProject[]) {
      return projects.map((project) => {
        const id = Number(insertProject.run(projectRowValues(project)).lastInsertRowid);
        writeParts(id, project as Partial<StoredProject>, false);
        return id;
      });
    },

    async updateProjects(patches: readonly ProjectPatch[]) {
      for (const patch of patches) {
        const core: Row = { ...coreColumns(patch.changes), updated_at: patch.updatedAt };
        if (patch.changes.importKey !== undefined) core.import_key = patch.changes.importKey;
        const assignments = Object.keys(core).map((column) => `${column} = @${column}`);
        prepare(`UPDATE projects SET ${assignments.join(', ')} WHERE id = @id`).run({ ...core, id: patch.id });
        writeParts(patch.id, { ...patch.changes, updatedAt: patch.updatedAt } as Partial<StoredProject>, true);
      }
    },

    async findOrganisationIdsByNameKey(nameKeys: readonly string[]) {
      const statement = prepare('SELECT id FROM organisations WHERE name_key = ? ORDER BY id LIMIT 1').pluck();
      return foundIds(nameKeys, (key) => statement.get(key) as number | undefined);
    },

    async findOrganisationIdsBySlug(slugs: readonly string[]) {
      const statement = prepare('SELECT id FROM organisations WHERE slug = ?').pluck();
      return foundIds(slugs, (slug) => statement.get(slug) as number | undefined);
    },

    async findTakenOrganisationSlugs(slugs: readonly string[]) {
      const statement = prepare('SELECT 1 FROM organisations WHERE slug = ?').pluck();
      return new Set(slugs.filter((slug) => statement.get(slug) !== undefined));
    },

    async insertOrganisations(organisations: readonly OrganisationInput[]) {
      return organisations.map((organisation) =>
        insertRow('organisations', {
          slug: organisation.slug,
          name: organisation.name,
          name_key: normaliseName(organisation.name),
          short_name: organisation.shortName,
          kind: organisation.kind,
          country: organisation.country,
          city: organisation.city,
          website: organisation.website,
          identifiers: JSON.stringify(organisation.identifiers),
          is_demo: organisation.isDemo ? 1 : 0,
          logo_url: organisation.logoUrl ?? null,
        }),
      );
    },

    async reindexProjects(projectIds: readonly number[]) {
      reindex ??= sqliteBulkReindexer(sqlite);
      reindex(projectIds);
    },

    release() {
      sqlite.pragma(`cache_size = ${cacheSize}`);
      sqlite.exec('DROP TABLE IF EXISTS temp.bulk_touched');
    },

    async rememberTouched(projects: readonly TouchedRecord[]) {
      const statement = prepare('INSERT OR REPLACE INTO temp.bulk_touched (project_id, row, outcome) VALUES (?, ?, ?)');
      for (const project of projects) statement.run(project.projectId, project.row, project.outcome);
    },

    async findTouched(projectIds: readonly number[]) {
      const statement = prepare('SELECT row, outcome FROM temp.bulk_touched WHERE project_id = ?');
      const found = new Map<number, TouchedRecord>();
      for (const projectId of projectIds) {
        const row = statement.get(projectId) as { row: number; outcome: string } | undefined;
        if (row) found.set(projectId, { projectId, row: row.row, outcome: row.outcome });
      }
      return found;
    },

    async findOrganisationNames(ids: readonly number[]) {
      const statement = prepare('SELECT name FROM organisations WHERE id = ?').pluck();
      const names = new Map<number, string>();
      for (const id of ids) {
        const name = statement.get(id) as string | undefined;
        if (name !== undefined) names.set(id, name);
      }
      return names;
    },
  };
}

function foundIds(keys: readonly string[], lookup: (key: string) => number | undefined): Map<string, number> {
  const found = new Map<string, number>();
  for (const key of keys) {
    const id = lookup(key);
    if (id !== undefined) found.set(key, id);
  }
  return found;
}

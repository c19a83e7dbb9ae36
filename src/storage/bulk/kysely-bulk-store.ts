import { type Kysely, sql } from 'kysely';
import type { OrganisationInput } from '../../domain/organisation.js';
import { normaliseName } from '../../domain/text.js';
import type { SpojniaDb } from '../database.js';
import type { Database } from '../schema.js';
import { reindexProjects } from '../search/index-projects.js';
import type {
  BulkStore,
  NewProject,
  PhotoRecord,
  ProjectIdentifier,
  ProjectIdentifierKind,
  ProjectPart,
  ProjectPatch,
  StoredProject,
  TouchedRecord,
} from './bulk-store.js';
import { identifierKey } from './bulk-store.js';
import { coreColumns } from './project-columns.js';
import { planPhotoSync } from './project-photos.js';
import {
  emptyPartRows,
  PART_ORDER,
  PART_TABLE,
  type PartRows,
  type PartTable,
  partRowsOf,
  toStoredProject,
} from './stored-project.js';

const IDENTIFIER_COLUMNS = {
  slug: 'slug',
  contractNumber: 'contract_number',
  kohesioId: 'kohesio_id',
  officialListId: 'official_list_id',
  keepEuId: 'keep_eu_id',
  importKey: 'import_key',
} as const satisfies Record<ProjectIdentifierKind, keyof Database['projects']>;

type LooseDatabase = Record<string, Record<string, unknown>>;

/** Lookups go in groups this size, well under any engine's limit of bound parameters. */
const GROUP = 500;

function* groups<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += GROUP) yield items.slice(start, start + GROUP);
}

/**
 * The portable bulk store: set-based Kysely queries (`IN` lookups, multi-row inserts) that
 * any engine runs. Used where no engine-specific store exists; pass the transaction.
 */
export function createKyselyBulkStore(db: SpojniaDb): BulkStore {
  // The portable store keeps what the import touched in memory (one small record per project).
  const touched = new Map<number, TouchedRecord>();
  // Part tables are chosen at run time, from the constants in stored-project.ts only.
  const loose = db as unknown as Kysely<LooseDatabase>;

  const writePhotos = async (projectId: number, photos: readonly PhotoRecord[], now: string) => {
    const known = await db
      .selectFrom('images')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([
            eb('owner_type', '=', 'project'),
            eb('owner_id', '=', projectId),
            eb('kind', '=', 'photo'),
            eb('removed_at', 'is', null),
          ]),
          ...(photos.length > 0
            ? [
                eb(
                  'file_name',
                  'in',
                  photos.map((photo) => photo.fileName),
                ),
              ]
            : []),
        ]),
      )
      .execute();
    const plan = planPhotoSync(projectId, photos, known, now);
    if (plan.hide.length > 0) {
      await db.updateTable('images').set({ removed_at: now }).where('id', 'in', plan.hide).execute();
    }
    for (const shown of plan.show) {
      await db
        .updateTable('images')
        .set({ removed_at: null, alt: shown.alt, credit: shown.credit, position: shown.position })
        .where('id', '=', shown.id)
        .execute();
    }
    if (plan.insert.length > 0) await db.insertInto('images').values(plan.insert).execute();
  };

  const insertParts = async (projectId: number, project: Partial<StoredProject>, replace: boolean) => {
    for (const [table, rows] of Object.entries(partRowsOf(projectId, project)) as [PartTable, object[] | undefined][]) {
      if (rows === undefined) continue;
      if (replace) await loose.deleteFrom(table).where('project_id', '=', projectId).execute();
      for (const group of groups(rows))
        await loose
          .insertInto(table)
          .values(group as Record<string, unknown>[])
          .execute();
    }
    if (project.photos !== undefined) await writePhotos(projectId, project.photos, project.updatedAt ?? '');
  };

  const readPhotos = async (projectIds: readonly number[], partRows: Map<number, PartRows>) => {
    const rows = await db
      .selectFrom('images')
      .selectAll()
      .where('owner_type', '=', 'project')
      .where('kind', '=', 'photo')
      .where('removed_at', 'is', null)
      .where('owner_id', 'in', projectIds)
      .orderBy('owner_id')
      .orderBy('position')
      .orderBy('id')
      .execute();
    for (const row of rows) partRows.get(row.owner_id)?.photos.push(row);
  };

  return {
    async findProjectIds(identifiers: readonly ProjectIdentifier[]) {
      const found = new Map<string, number>();
      const byKind = new Map<ProjectIdentifierKind, string[]>();
      for (const identifier of identifiers) {
        byKind.set(identifier.kind, [...(byKind.get(identifier.kind) ?? []), identifier.value]);
      }
      for (const [kind, values] of byKind) {
        const column = IDENTIFIER_COLUMNS[kind];
        for (const group of groups(values)) {
          const rows = await db
            .selectFrom('projects')
            .select(['id', `${column} as value`])
            .where(column, 'in', group)
            .orderBy('id', 'desc')
            .execute();
          // Ordered newest first, so the oldest project wins when several share a value.
          for (const row of rows) found.set(identifierKey({ kind, value: String(row.value) }), row.id);
        }
      }
      return found;
    },

    async readProjects(ids: readonly number[], parts: ReadonlySet<ProjectPart>) {
      const projects = new Map<number, StoredProject>();
      for (const group of groups(ids)) {
        const rows = await db.selectFrom('projects').selectAll().where('id', 'in', group).execute();
        const partRows = new Map<number, PartRows>(group.map((id) => [id, emptyPartRows()]));
        for (const part of parts) {
          if (part === 'photos') {
            await readPhotos(group, partRows);
            continue;
          }
          const table = PART_TABLE[part];
          const found = await loose
            .selectFrom(table)
            .selectAll()
            .where('project_id', 'in', group)
            .orderBy(sql.raw(`project_id, ${PART_ORDER[table]}`))
            .execute();
          for (const row of found as unknown as { project_id: number }[]) {
            const rowsOfProject = partRows.get(row.project_id) as unknown as Record<ProjectPart, unknown[]>;
            rowsOfProject[part].push(row);
          }
        }
        for (const row of rows) projects.set(row.id, toStoredProject(row, partRows.get(row.id) ?? emptyPartRows()));
      }
      return projects;
    },

    async findTakenProjectSlugs(slugs: readonly string[]) {
      const taken = new Set<string>();
      for (const group of groups(slugs)) {
        const rows = await db.selectFrom('projects').select('slug').where('slug', 'in', group).execute();
        for (const row of rows) taken.add(row.slug);
      }
      return taken;
    },

    async insertProjects(projects: readonly NewProject[]) {
      const ids: number[] = [];
      for (const project of projects) {
        const { id } = (await loose
          .insertInto('projects')
          .values({
            ...coreColumns(project),
            import_key: project.importKey,
            created_at: project.createdAt,
            updated_at: project.updatedAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow()) as { id: number };
        await insertParts(id, project as Partial<StoredProject>, false);
        ids.push(id);
      }
      return ids;
    },

    async updateProjects(patches: readonly ProjectPatch[]) {
      for (const patch of patches) {
        const core: Record<string, unknown> = { ...coreColumns(patch.changes), updated_at: patch.updatedAt };
        if (patch.changes.importKey !== undefined) core.import_key = patch.changes.importKey;
        await loose.updateTable('projects').set(core).where('id', '=', patch.id).execute();
        await insertParts(patch.id, { ...patch.changes, updatedAt: patch.updatedAt } as Partial<StoredProject>, true);
      }
    },

    async findOrganisationIdsByNameKey(nameKeys: readonly string[]) {
      const found = new Map<string, number>();
      for (const group of groups(nameKeys)) {
        const rows = await db
          .selectFrom('organisations')
          .select(['id', 'name_key'])
          .where('name_key', 'in', group)
          .orderBy('id', 'desc')
          .execute();
        for (const row of rows) found.set(row.name_key, row.id);
      }
      return found;
    },

    async findOrganisationIdsBySlug(slugs: readonly string[]) {
      const found = new Map<string, number>();
      for (const group of groups(slugs)) {
        const rows = await db.selectFrom('organisations').select(['id', 'slug']).where('slug', 'in', group).execute();
        for (const row of rows) found.set(row.slug, row.id);
      }
      return found;
    },

    async findTakenOrganisationSlugs(slugs: readonly string[]) {
      return new Set((await this.findOrganisationIdsBySlug(slugs)).keys());
    },

    async insertOrganisations(organisations: readonly OrganisationInput[]) {
      const ids: number[] = [];
      for (const organisation of organisations) {
        const row = await db
          .insertInto('organisations')
          .values({
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
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.push(row.id);
      }
      return ids;
    },

    async reindexProjects(projectIds: readonly number[]) {
      await reindexProjects(db, projectIds);
    },

    release() {
      touched.clear();
    },

    async rememberTouched(projects: readonly TouchedRecord[]) {
      for (const project of projects) touched.set(project.projectId, project);
    },

    async findTouched(projectIds: readonly number[]) {
      const found = new Map<number, TouchedRecord>();
      for (const projectId of projectIds) {
        const record = touched.get(projectId);
        if (record) found.set(projectId, record);
      }
      return found;
    },

    async findOrganisationNames(ids: readonly number[]) {
      const names = new Map<number, string>();
      for (const group of groups(ids)) {
        const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', group).execute();
        for (const row of rows) names.set(row.id, row.name);
      }
      return names;
    },
  };
}

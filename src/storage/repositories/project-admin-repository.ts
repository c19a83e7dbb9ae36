import { sql } from 'kysely';
import type { EditorialState, ProjectStatus } from '../../domain/codes.js';
import type { ProjectAccess } from '../../domain/policies.js';
import { slugify } from '../../domain/text.js';
import type { SpojniaDb } from '../database.js';
import { reindexProjects } from '../search/index-projects.js';
import { noteLocalWrite } from '../search/local-writes.js';

/** One row of the editorial list: every state, with what a policy needs to decide. */
export interface AdminProjectRow extends ProjectAccess {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly status: ProjectStatus;
  readonly beneficiaryName: string | null;
  readonly updatedAt: string;
  readonly isDemo: boolean;
}

export interface AdminProjectFilters {
  readonly state?: EditorialState;
  /** Only projects whose beneficiary or a partner is one of these organisations. */
  readonly organisationSlugs?: readonly string[];
  /** Words of the title or slug, in any case and with or without Polish letters. */
  readonly text?: string;
}

/** A page of projects in any editorial state, most recently changed first. */
export async function listProjectsForEditors(
  db: SpojniaDb,
  filters: AdminProjectFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: AdminProjectRow[]; total: number }> {
  let base = db.selectFrom('projects').leftJoin('organisations', 'organisations.id', 'projects.beneficiary_id');
  if (filters.state !== undefined) base = base.where('projects.editorial_state', '=', filters.state);
  const own = filters.organisationSlugs;
  if (own !== undefined) {
    if (own.length === 0) return { items: [], total: 0 };
    base = base.where((eb) =>
      eb.or([
        eb('organisations.slug', 'in', own),
        eb(
          'projects.id',
          'in',
          eb
            .selectFrom('project_partners')
            .innerJoin('organisations as partner', 'partner.id', 'project_partners.organisation_id')
            .select('project_partners.project_id')
            .where('partner.slug', 'in', own),
        ),
      ]),
    );
  }
  const text = filters.text?.trim().toLowerCase() ?? '';
  if (text !== '') {
    // The slug holds the title without Polish letters, so "lodz" finds "Łódź" too.
    const slugWords = slugify(text);
    base = base.where((eb) =>
      eb.or([
        eb(sql<string>`lower(projects.title)`, 'like', `%${withoutWildcards(text)}%`),
        ...(slugWords === '' ? [] : [eb('projects.slug', 'like', `%${slugWords}%`)]),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select([
        'projects.id',
        'projects.slug',
        'projects.title',
        'projects.status',
        'projects.editorial_state',
        'projects.updated_at',
        'projects.is_demo',
        'organisations.slug as beneficiary_slug',
        'organisations.name as beneficiary_name',
      ])
      .orderBy('projects.updated_at', 'desc')
      .orderBy('projects.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const partners = await partnerSlugsOf(
    db,
    rows.map((row) => row.id),
  );
  return {
    total: Number(count.count),
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      status: row.status as ProjectStatus,
      editorialState: row.editorial_state as EditorialState,
      beneficiarySlug: row.beneficiary_slug,
      beneficiaryName: row.beneficiary_name,
      partnerSlugs: partners.get(row.id) ?? [],
      updatedAt: row.updated_at,
      isDemo: row.is_demo === 1,
    })),
  };
}

function withoutWildcards(text: string): string {
  return text.replace(/[%_\\]/g, '');
}

async function partnerSlugsOf(db: SpojniaDb, projectIds: readonly number[]): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>();
  if (projectIds.length === 0) return result;
  const rows = await db
    .selectFrom('project_partners')
    .innerJoin('organisations', 'organisations.id', 'project_partners.organisation_id')
    .select(['project_partners.project_id', 'organisations.slug'])
    .where('project_partners.project_id', 'in', projectIds)
    .execute();
  for (const row of rows) result.set(row.project_id, [...(result.get(row.project_id) ?? []), row.slug]);
  return result;
}

/** What the policies need about one project, or null when there is no such project. */
export async function findProjectAccess(
  db: SpojniaDb,
  projectId: number,
): Promise<(ProjectAccess & { slug: string; title: string; updatedAt: string }) | null> {
  const row = await db
    .selectFrom('projects')
    .leftJoin('organisations', 'organisations.id', 'projects.beneficiary_id')
    .select([
      'projects.slug',
      'projects.title',
      'projects.editorial_state',
      'projects.updated_at',
      'organisations.slug as beneficiary_slug',
    ])
    .where('projects.id', '=', projectId)
    .executeTakeFirst();
  if (!row) return null;
  const partners = await partnerSlugsOf(db, [projectId]);
  return {
    slug: row.slug,
    title: row.title,
    updatedAt: row.updated_at,
    editorialState: row.editorial_state as EditorialState,
    beneficiarySlug: row.beneficiary_slug,
    partnerSlugs: partners.get(projectId) ?? [],
  };
}

export async function setEditorialState(
  db: SpojniaDb,
  projectId: number,
  state: EditorialState,
  now: string,
): Promise<void> {
  await db
    .updateTable('projects')
    .set({ editorial_state: state, updated_at: now })
    .where('id', '=', projectId)
    .execute();
  // Publishing adds the project to search, unpublishing takes it out (a trigger would too).
  await reindexProjects(db, [projectId]);
}

/** Deletes a project with all its parts and revisions (the tables cascade). */
export async function deleteProjectRow(db: SpojniaDb, projectId: number): Promise<boolean> {
  // The search index loses it in the same transaction (a trigger); running servers look at once.
  noteLocalWrite();
  const result = await db.deleteFrom('projects').where('id', '=', projectId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Slugs and titles of every project, for choosing a related project. */
export async function listProjectSlugs(db: SpojniaDb): Promise<{ slug: string; title: string }[]> {
  return db.selectFrom('projects').select(['slug', 'title']).orderBy('title').execute();
}

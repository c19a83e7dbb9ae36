import type { DatePrecision } from '../../domain/codes.js';
import type { ProjectUpdate } from '../../domain/project.js';
import { completeTranslation, TRANSLATABLE_UPDATE_FIELDS } from '../../domain/translation.js';
import type { SpojniaDb } from '../database.js';

/** Whose news: every published project, one project, or the projects of one organisation. */
export interface UpdateScope {
  readonly projectId?: number;
  /** Projects it carries out as beneficiary or takes part in as a partner. */
  readonly organisationId?: number;
}

/** A dated news item of a published project, with what a feed entry says about its project. */
export interface PublishedUpdate {
  readonly projectId: number;
  readonly projectSlug: string;
  readonly projectTitle: string;
  readonly projectTitleEn: string | null;
  /** The beneficiary's name: who tells the news. */
  readonly beneficiaryName: string | null;
  readonly update: ProjectUpdate;
}

/**
 * The newest news items of published projects in a scope: newest date first, then by project
 * and in the order they were entered. Drafts and archived projects never appear.
 */
export async function listPublishedUpdates(
  db: SpojniaDb,
  scope: UpdateScope,
  limit: number,
): Promise<PublishedUpdate[]> {
  let query = db
    .selectFrom('project_updates')
    .innerJoin('projects', 'projects.id', 'project_updates.project_id')
    .leftJoin('organisations', 'organisations.id', 'projects.beneficiary_id')
    .select([
      'projects.id as project_id',
      'projects.slug as project_slug',
      'projects.title as project_title',
      'projects.title_en as project_title_en',
      'organisations.name as beneficiary_name',
      'project_updates.date',
      'project_updates.date_precision',
      'project_updates.title',
      'project_updates.body',
      'project_updates.title_en',
      'project_updates.body_en',
    ])
    .where('projects.editorial_state', '=', 'published');
  if (scope.projectId !== undefined) query = query.where('projects.id', '=', scope.projectId);
  if (scope.organisationId !== undefined) {
    const organisationId = scope.organisationId;
    query = query.where((eb) =>
      eb.or([
        eb('projects.beneficiary_id', '=', organisationId),
        eb(
          'projects.id',
          'in',
          eb.selectFrom('project_partners').select('project_id').where('organisation_id', '=', organisationId),
        ),
      ]),
    );
  }
  const rows = await query
    .orderBy('project_updates.date', 'desc')
    .orderBy('projects.id', 'desc')
    .orderBy('project_updates.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    projectId: row.project_id,
    projectSlug: row.project_slug,
    projectTitle: row.project_title,
    projectTitleEn: row.project_title_en,
    beneficiaryName: row.beneficiary_name,
    update: {
      date: row.date,
      datePrecision: row.date_precision as DatePrecision,
      title: row.title,
      body: row.body,
      translations: {
        en: completeTranslation(TRANSLATABLE_UPDATE_FIELDS, { title: row.title_en, body: row.body_en }),
      },
    },
  }));
}

/** The id, slug and titles of a published project, or null for an unknown slug or a draft. */
export async function findPublishedProjectHeading(
  db: SpojniaDb,
  slug: string,
): Promise<{ id: number; slug: string; title: string; titleEn: string | null; updatedAt: string } | null> {
  const row = await db
    .selectFrom('projects')
    .select(['id', 'slug', 'title', 'title_en', 'updated_at'])
    .where('slug', '=', slug)
    .where('editorial_state', '=', 'published')
    .executeTakeFirst();
  return row
    ? { id: row.id, slug: row.slug, title: row.title, titleEn: row.title_en, updatedAt: row.updated_at }
    : null;
}

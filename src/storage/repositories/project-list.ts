import { type SelectQueryBuilder, sql } from 'kysely';
import type { ProgrammingPeriod, ProjectStatus } from '../../domain/codes.js';
import type { Currency, Money } from '../../domain/money.js';
import type { ProjectSummary } from '../../domain/project.js';
import type { SpojniaDb } from '../database.js';
import type { Database } from '../schema.js';
import { toBoolean, toMoney, toOrganisationRef, toProgrammeRef } from './rows.js';

/** Simple filters of the browse pages; every one optional, all combined with AND. */
export interface ProjectFilters {
  readonly programmeSlug?: string;
  readonly topicSlug?: string;
  readonly status?: ProjectStatus;
  readonly period?: ProgrammingPeriod;
  readonly beneficiaryId?: number;
  readonly partnerId?: number;
  /** Only projects that started on or before this date (YYYY-MM-DD). */
  readonly startedBy?: string;
}

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

export interface ProjectPage {
  readonly items: readonly ProjectSummary[];
  readonly total: number;
}

type ProjectQuery = SelectQueryBuilder<Database, 'projects', object>;

function applyFilters(query: ProjectQuery, filters: ProjectFilters): ProjectQuery {
  let filtered = query.where('projects.editorial_state', '=', 'published');
  if (filters.programmeSlug !== undefined) {
    const slug = filters.programmeSlug;
    filtered = filtered.where('projects.programme_id', 'in', (eb) =>
      eb.selectFrom('programmes').select('id').where('slug', '=', slug),
    );
  }
  if (filters.topicSlug !== undefined) {
    const slug = filters.topicSlug;
    filtered = filtered.where('projects.id', 'in', (eb) =>
      eb
        .selectFrom('project_topics')
        .innerJoin('topics', 'topics.id', 'project_topics.topic_id')
        .select('project_topics.project_id')
        .where('topics.slug', '=', slug),
    );
  }
  if (filters.status !== undefined) filtered = filtered.where('projects.status', '=', filters.status);
  if (filters.period !== undefined) filtered = filtered.where('projects.period', '=', filters.period);
  if (filters.startedBy !== undefined) filtered = filtered.where('projects.start_date', '<=', filters.startedBy);
  if (filters.beneficiaryId !== undefined) {
    filtered = filtered.where('projects.beneficiary_id', '=', filters.beneficiaryId);
  }
  if (filters.partnerId !== undefined) {
    const partnerId = filters.partnerId;
    filtered = filtered.where('projects.id', 'in', (eb) =>
      eb.selectFrom('project_partners').select('project_id').where('organisation_id', '=', partnerId),
    );
  }
  return filtered;
}

const SUMMARY_COLUMNS = [
  'projects.id',
  'projects.slug',
  'projects.title',
  'projects.summary',
  'projects.title_en',
  'projects.summary_en',
  'projects.status',
  'projects.period',
  'projects.start_date',
  'projects.end_date',
  'projects.currency',
  'projects.total_value',
  'projects.cofinancing_amount',
  'projects.is_demo',
  'programmes.slug as programme_slug',
  'programmes.code as programme_code',
  'programmes.name as programme_name',
  'programmes.name_en as programme_name_en',
  'programmes.short_name as programme_short_name',
  'programmes.period as programme_period',
  'organisations.slug as beneficiary_slug',
  'organisations.name as beneficiary_name',
  'organisations.short_name as beneficiary_short_name',
  'organisations.country as beneficiary_country',
  'organisations.city as beneficiary_city',
] as const;

function selectSummaries(query: ProjectQuery) {
  return query
    .leftJoin('programmes', 'programmes.id', 'projects.programme_id')
    .leftJoin('organisations', 'organisations.id', 'projects.beneficiary_id')
    .select(SUMMARY_COLUMNS);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['execute']>>[number];

function toProjectSummary(row: SummaryRow): ProjectSummary {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    programme: toProgrammeRef(row),
    beneficiary: toOrganisationRef({
      slug: row.beneficiary_slug,
      name: row.beneficiary_name,
      short_name: row.beneficiary_short_name,
      country: row.beneficiary_country,
      city: row.beneficiary_city,
    }),
    status: row.status as ProjectStatus,
    period: row.period as ProgrammingPeriod | null,
    startDate: row.start_date,
    endDate: row.end_date,
    totalValue: toMoney(row.total_value, row.currency),
    cofinancing: toMoney(row.cofinancing_amount, row.currency),
    isDemo: toBoolean(row.is_demo),
    translations: { en: { title: row.title_en, summary: row.summary_en } },
  };
}

/**
 * One page of published projects matching the filters, newest start first, with the
 * number of all matches.
 */
export async function listProjectSummaries(
  db: SpojniaDb,
  filters: ProjectFilters,
  page: PageRequest,
): Promise<ProjectPage> {
  const base = applyFilters(db.selectFrom('projects') as ProjectQuery, filters);
  const [rows, count] = await Promise.all([
    selectSummaries(base)
      .orderBy(sql`projects.start_date IS NULL`)
      .orderBy('projects.start_date', 'desc')
      .orderBy('projects.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toProjectSummary), total: Number(count.count) };
}

/**
 * Summaries of published projects by id, in the order of the ids given, with the rich-text
 * description alongside (for search snippets). Unknown and unpublished ids are left out.
 */
export async function findProjectSummariesByIds(
  db: SpojniaDb,
  ids: readonly number[],
): Promise<{ id: number; summary: ProjectSummary; description: string }[]> {
  if (ids.length === 0) return [];
  const rows = await selectSummaries(db.selectFrom('projects') as ProjectQuery)
    .select('projects.description')
    .where('projects.id', 'in', [...ids])
    .where('projects.editorial_state', '=', 'published')
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ id, summary: toProjectSummary(row), description: row.description }] : [];
  });
}

/** Sums per currency: PLN and EUR are never added together. */
export interface ProjectTotals {
  readonly count: number;
  readonly byCurrency: readonly { currency: Currency; totalValue: Money; cofinancing: Money; count: number }[];
}

export async function sumProjects(db: SpojniaDb, filters: ProjectFilters): Promise<ProjectTotals> {
  const rows = await applyFilters(db.selectFrom('projects') as ProjectQuery, filters)
    .select((eb) => [
      'projects.currency',
      eb.fn.countAll<number>().as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('projects.total_value'), sql<number>`0`).as('total_value'),
      eb.fn.coalesce(eb.fn.sum<number>('projects.cofinancing_amount'), sql<number>`0`).as('cofinancing'),
    ])
    .groupBy('projects.currency')
    .orderBy('projects.currency', 'desc')
    .execute();
  const byCurrency = rows.map((row) => {
    const currency = row.currency as Currency;
    return {
      currency,
      count: Number(row.count),
      totalValue: toMoney(row.total_value, currency) as Money,
      cofinancing: toMoney(row.cofinancing, currency) as Money,
    };
  });
  return { count: byCurrency.reduce((sum, row) => sum + row.count, 0), byCurrency };
}

/** Number of projects in any editorial state; zero means an empty registry. */
export async function countProjects(db: SpojniaDb): Promise<number> {
  const row = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

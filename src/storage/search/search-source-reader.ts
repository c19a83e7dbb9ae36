import type { Selectable } from 'kysely';
import type { SpojniaDb } from '../database.js';
import type {
  OrganisationTable,
  ProjectFundTable,
  ProjectPartnerTable,
  ProjectPlaceTable,
  ProjectTable,
  ProjectTopicTable,
} from '../schema.js';
import type { SearchSource, SearchSourcePlace } from './search-document.js';

/** Projects are read for indexing in batches this large, to keep `IN (…)` lists reasonable. */
export const INDEX_BATCH_SIZE = 500;

function groupBy<T extends { project_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.project_id);
    if (group) group.push(row);
    else groups.set(row.project_id, [row]);
  }
  return groups;
}

/**
 * Reads what the index needs of these projects from the registry's own tables (any engine).
 * Unknown ids are simply absent from the answer.
 */
export async function readSearchSources(db: SpojniaDb, projectIds: readonly number[]): Promise<SearchSource[]> {
  if (projectIds.length === 0) return [];
  const ids = [...projectIds];
  const [projects, funds, topics, places, partners] = await Promise.all([
    db
      .selectFrom('projects')
      .leftJoin('organisations', 'organisations.id', 'projects.beneficiary_id')
      .select([
        'projects.id',
        'projects.title',
        'projects.summary',
        'projects.description',
        'projects.goal',
        'projects.contract_number',
        'projects.programme_id',
        'projects.period',
        'projects.status',
        'projects.category',
        'projects.currency',
        'projects.start_date',
        'projects.end_date',
        'projects.total_value',
        'projects.cofinancing_amount',
        'projects.beneficiary_id',
        'projects.editorial_state',
        'organisations.name as beneficiary_name',
        'organisations.short_name as beneficiary_short_name',
      ])
      .where('projects.id', 'in', ids)
      .execute(),
    db.selectFrom('project_funds').select(['project_id', 'fund']).where('project_id', 'in', ids).execute(),
    db.selectFrom('project_topics').select(['project_id', 'topic_id']).where('project_id', 'in', ids).execute(),
    db
      .selectFrom('project_places')
      .select([
        'project_id',
        'label',
        'country',
        'voivodeship',
        'county',
        'municipality',
        'teryt',
        'city',
        'area_name',
        'position',
      ])
      .where('project_id', 'in', ids)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_partners')
      .innerJoin('organisations', 'organisations.id', 'project_partners.organisation_id')
      .select([
        'project_partners.project_id',
        'organisations.name',
        'organisations.short_name',
        'organisations.country',
      ])
      .where('project_partners.project_id', 'in', ids)
      .execute(),
  ]);
  return toSearchSources({ projects, funds, topics, places, partners });
}

/** The rows `readSearchSources` reads, by table; engine-specific readers return the same shape. */
export interface SearchSourceRows {
  readonly projects: readonly (Pick<
    Selectable<ProjectTable>,
    | 'id'
    | 'title'
    | 'summary'
    | 'description'
    | 'goal'
    | 'contract_number'
    | 'programme_id'
    | 'period'
    | 'status'
    | 'category'
    | 'currency'
    | 'start_date'
    | 'end_date'
    | 'beneficiary_id'
    | 'editorial_state'
  > & {
    // bigint columns arrive as numbers (SQLite) or are parsed to them (PostgreSQL type parsers).
    total_value: number | bigint | null;
    cofinancing_amount: number | bigint | null;
    beneficiary_name: string | null;
    beneficiary_short_name: string | null;
  })[];
  readonly funds: readonly Pick<ProjectFundTable, 'project_id' | 'fund'>[];
  readonly topics: readonly Pick<ProjectTopicTable, 'project_id' | 'topic_id'>[];
  readonly places: readonly Omit<Selectable<ProjectPlaceTable>, 'id' | 'position' | 'latitude' | 'longitude'>[];
  readonly partners: readonly (Pick<ProjectPartnerTable, 'project_id'> &
    Pick<OrganisationTable, 'name' | 'short_name' | 'country'>)[];
}

/** Projects with their parts, from rows of each table (places in their order). */
export function toSearchSources({ projects, funds, topics, places, partners }: SearchSourceRows): SearchSource[] {
  const fundsOf = groupBy(funds);
  const topicsOf = groupBy(topics);
  const placesOf = groupBy(places);
  const partnersOf = groupBy(partners);
  return projects.map((project) => ({
    id: project.id,
    isPublished: project.editorial_state === 'published',
    title: project.title,
    summary: project.summary,
    description: project.description,
    goal: project.goal,
    contractNumber: project.contract_number,
    programmeId: project.programme_id,
    period: project.period,
    status: project.status,
    category: project.category,
    currency: project.currency,
    startDate: project.start_date,
    endDate: project.end_date,
    totalValue: project.total_value === null ? null : Number(project.total_value),
    cofinancing: project.cofinancing_amount === null ? null : Number(project.cofinancing_amount),
    beneficiaryId: project.beneficiary_id,
    beneficiaryNames: [project.beneficiary_name, project.beneficiary_short_name].filter(
      (name): name is string => typeof name === 'string' && name !== '',
    ),
    funds: (fundsOf.get(project.id) ?? []).map((row) => row.fund),
    topicIds: (topicsOf.get(project.id) ?? []).map((row) => row.topic_id),
    places: (placesOf.get(project.id) ?? []).map(
      (row): SearchSourcePlace => ({
        label: row.label,
        country: row.country,
        voivodeship: row.voivodeship,
        county: row.county,
        municipality: row.municipality,
        teryt: row.teryt,
        city: row.city,
        areaName: row.area_name,
      }),
    ),
    partners: (partnersOf.get(project.id) ?? []).map((row) => ({
      names: [row.name, row.short_name].filter((name): name is string => typeof name === 'string' && name !== ''),
      country: row.country,
    })),
  }));
}

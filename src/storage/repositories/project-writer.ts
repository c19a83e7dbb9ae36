import type { Kysely } from 'kysely';
import type { ProjectFacts } from '../../domain/project.js';
import { cleanTranslation } from '../../domain/translation.js';
import type { SpojniaDb } from '../database.js';
import { reindexProjects } from '../search/index-projects.js';

/** A project ready to store: its facts plus the ids its references resolved to. */
export interface ResolvedProject extends ProjectFacts {
  readonly programmeId: number | null;
  readonly beneficiaryId: number | null;
  readonly partners: readonly { organisationId: number; role: string; note: string | null }[];
  readonly topicIds: readonly number[];
}

/**
 * Writes a project and all its parts, and indexes it for search. Call inside a transaction:
 * a project is stored whole or not at all.
 */
export async function insertProject(db: SpojniaDb, project: ResolvedProject, now: string): Promise<number> {
  const { id } = await db
    .insertInto('projects')
    .values({ ...projectRow(project), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertProjectParts(db, id, project);
  await reindexProjects(db, [id]);
  return id;
}

/** Tables holding a project's parts, each keyed by project_id; replaced whole on update. */
const PART_TABLES = [
  'project_funds',
  'project_topics',
  'project_partners',
  'project_funding',
  'project_places',
  'project_phases',
  'project_updates',
  'project_indicators',
  'project_links',
  'project_relations',
  'project_groups',
] as const;

/**
 * Overwrites a stored project with new facts: the row is updated in place (its id and
 * creation time stay), every part is replaced and the search index follows. Call inside a
 * transaction. Returns false when no project has this id.
 */
export async function replaceProject(
  db: SpojniaDb,
  projectId: number,
  project: ResolvedProject,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('projects')
    .set({ ...projectRow(project), updated_at: now })
    .where('id', '=', projectId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  for (const table of PART_TABLES) await db.deleteFrom(table).where('project_id', '=', projectId).execute();
  await insertProjectParts(db, projectId, project);
  await reindexProjects(db, [projectId]);
  return true;
}

/** The `projects` row of a project, by column; shared with the SQLite bulk writer so the two never disagree. */
export function projectRow(project: ResolvedProject) {
  const english = project.translations?.en;
  return {
    slug: project.slug,
    title: project.title,
    summary: project.summary,
    description: project.description,
    goal: project.goal,
    results: project.results,
    title_en: cleanTranslation(english?.title),
    summary_en: cleanTranslation(english?.summary),
    description_en: cleanTranslation(english?.description),
    goal_en: cleanTranslation(english?.goal),
    results_en: cleanTranslation(english?.results),
    contract_number: project.contractNumber,
    kohesio_id: project.externalIds.kohesio,
    official_list_id: project.externalIds.officialList,
    keep_eu_id: project.externalIds.keepEu,
    programme_id: project.programmeId,
    priority_code: project.priorityAxis?.code ?? null,
    priority_name: project.priorityAxis?.name ?? null,
    measure_code: project.measure?.code ?? null,
    measure_name: project.measure?.name ?? null,
    sub_measure_code: project.subMeasure?.code ?? null,
    sub_measure_name: project.subMeasure?.name ?? null,
    period: project.period,
    category: project.category,
    status: project.status,
    start_date: project.startDate,
    end_date: project.endDate,
    currency: project.currency,
    total_value: project.totalValue?.amount ?? null,
    eligible_expenditure: project.eligibleExpenditure?.amount ?? null,
    cofinancing_amount: project.cofinancing?.amount ?? null,
    beneficiary_id: project.beneficiaryId,
    contact_name: project.contact?.name ?? null,
    contact_email: project.contact?.email ?? null,
    contact_phone: project.contact?.phone ?? null,
    contact_note: project.contact?.note ?? null,
    website: project.website,
    logo_url: project.logoUrl,
    editorial_state: project.editorialState,
    source: project.provenance.source,
    source_file: project.provenance.file,
    source_row: project.provenance.row,
    is_demo: project.isDemo ? 1 : 0,
  };
}

async function insertProjectParts(db: SpojniaDb, projectId: number, project: ResolvedProject): Promise<void> {
  // Part tables are chosen at run time, from partRowsOf's own keys only.
  const loose = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (const [table, rows] of Object.entries(partRowsOf(projectId, project))) {
    if (rows && rows.length > 0)
      await loose
        .insertInto(table)
        .values(rows as Record<string, unknown>[])
        .execute();
  }
}

/**
 * The rows of a project's parts, per table, in the order they are shown; a part left out of
 * `project` is left out here too (bulk updates write only the parts that changed).
 */
export function partRowsOf(projectId: number, project: Partial<ResolvedProject>) {
  return {
    project_funds: project.funds?.map((fund) => ({ project_id: projectId, fund })),
    project_funding: project.funding?.map((line, position) => ({
      project_id: projectId,
      position,
      source: line.source,
      amount: line.amount.amount,
    })),
    project_places: project.places?.map((place, position) => ({
      project_id: projectId,
      position,
      label: place.label,
      country: place.country,
      voivodeship: place.voivodeship,
      county: place.county,
      municipality: place.municipality,
      teryt: place.teryt,
      city: place.city,
      area_name: place.areaName,
      latitude: place.latitude,
      longitude: place.longitude,
    })),
    project_partners: project.partners?.map((partner, position) => ({
      project_id: projectId,
      organisation_id: partner.organisationId,
      position,
      role: partner.role,
      note: partner.note,
    })),
    project_topics: project.topicIds?.map((topicId) => ({ project_id: projectId, topic_id: topicId })),
    project_phases: project.phases?.map((phase, position) => ({
      project_id: projectId,
      position,
      name: phase.name,
      start_date: phase.startDate,
      end_date: phase.endDate,
      duration_months: phase.durationMonths,
      status: phase.status,
      description: phase.description,
    })),
    project_updates: project.updates?.map((update) => ({
      project_id: projectId,
      date: update.date,
      date_precision: update.datePrecision,
      title: update.title,
      body: update.body,
      title_en: cleanTranslation(update.translations?.en?.title),
      body_en: cleanTranslation(update.translations?.en?.body),
    })),
    project_indicators: project.indicators?.map((indicator, position) => ({
      project_id: projectId,
      position,
      kind: indicator.kind,
      name: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline,
      target: indicator.target,
      achieved: indicator.achieved,
    })),
    project_links: project.links?.map((link, position) => ({
      project_id: projectId,
      position,
      kind: link.kind,
      title: link.title,
      url: link.url,
    })),
    project_relations: project.relations?.map((relation, position) => ({
      project_id: projectId,
      position,
      kind: relation.kind,
      target_slug: relation.targetSlug,
      target_title: relation.targetTitle,
      note: relation.note,
    })),
    project_groups: project.groups?.map((group, position) => ({
      project_id: projectId,
      position,
      name: group.name,
      description: group.description,
      members: JSON.stringify(group.members),
    })),
  };
}

/** `exceptProjectId`: the project being updated may keep its own slug. */
export async function isProjectSlugTaken(db: SpojniaDb, slug: string, exceptProjectId?: number): Promise<boolean> {
  let query = db.selectFrom('projects').select('id').where('slug', '=', slug);
  if (exceptProjectId !== undefined) query = query.where('id', '!=', exceptProjectId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function isContractNumberTaken(
  db: SpojniaDb,
  contractNumber: string,
  exceptProjectId?: number,
): Promise<boolean> {
  let query = db.selectFrom('projects').select('id').where('contract_number', '=', contractNumber);
  if (exceptProjectId !== undefined) query = query.where('id', '!=', exceptProjectId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function projectIdExists(db: SpojniaDb, projectId: number): Promise<boolean> {
  const row = await db.selectFrom('projects').select('id').where('id', '=', projectId).executeTakeFirst();
  return row !== undefined;
}

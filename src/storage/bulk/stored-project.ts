import type { Selectable } from 'kysely';
import type { Fund, FundingSource } from '../../domain/codes.js';
import type { Currency, Money } from '../../domain/money.js';
import { cleanTranslation } from '../../domain/translation.js';
import {
  projectFactsOf,
  projectKeepingOf,
  toGroup,
  toIndicator,
  toLink,
  toPhase,
  toPlace,
  toRelation,
  toUpdate,
} from '../repositories/project-part-rows.js';
import type {
  ProjectFundingTable,
  ProjectGroupTable,
  ProjectIndicatorTable,
  ProjectLinkTable,
  ProjectPartnerTable,
  ProjectPhaseTable,
  ProjectPlaceTable,
  ProjectRelationTable,
  ProjectTable,
  ProjectUpdateTable,
} from '../schema.js';
import type { ProjectPart, StoredProject } from './bulk-store.js';
import { type ImageRow, photoRecordOf } from './project-photos.js';

/** Rows of a project's parts, as both bulk stores read them (in each part's display order). */
export interface PartRows {
  funds: { fund: string }[];
  funding: Pick<Selectable<ProjectFundingTable>, 'source' | 'amount'>[];
  places: Selectable<ProjectPlaceTable>[];
  partners: Pick<Selectable<ProjectPartnerTable>, 'organisation_id' | 'role' | 'note'>[];
  topics: { topic_id: number }[];
  phases: Selectable<ProjectPhaseTable>[];
  updates: Selectable<ProjectUpdateTable>[];
  indicators: Selectable<ProjectIndicatorTable>[];
  links: Selectable<ProjectLinkTable>[];
  relations: Selectable<ProjectRelationTable>[];
  groups: Selectable<ProjectGroupTable>[];
  /** Shown photos, from the images table, in position order. */
  photos: ImageRow[];
}

export function emptyPartRows(): PartRows {
  return {
    funds: [],
    funding: [],
    places: [],
    partners: [],
    topics: [],
    phases: [],
    updates: [],
    indicators: [],
    links: [],
    relations: [],
    groups: [],
    photos: [],
  };
}

/** A stored project from its row and the part rows that were read. */
export function toStoredProject(row: Selectable<ProjectTable>, parts: PartRows): StoredProject {
  const currency = row.currency as Currency;
  const money = (amount: number | bigint | null): Money | null =>
    amount === null ? null : { amount: Number(amount), currency };
  return {
    id: row.id,
    ...projectFactsOf(row),
    programmeId: row.programme_id,
    funds: parts.funds.map((line) => line.fund as Fund),
    currency,
    totalValue: money(row.total_value),
    eligibleExpenditure: money(row.eligible_expenditure),
    cofinancing: money(row.cofinancing_amount),
    funding: parts.funding.map((line) => ({
      source: line.source as FundingSource,
      amount: money(line.amount) as Money,
    })),
    places: parts.places.map(toPlace),
    beneficiaryId: row.beneficiary_id,
    partners: parts.partners.map((partner) => ({
      organisationId: partner.organisation_id,
      role: partner.role,
      note: partner.note,
    })),
    topicIds: parts.topics.map((topic) => topic.topic_id),
    phases: parts.phases.map(toPhase),
    updates: parts.updates.map(toUpdate),
    indicators: parts.indicators.map(toIndicator),
    links: parts.links.map(toLink),
    relations: parts.relations.map(toRelation),
    groups: parts.groups.map(toGroup),
    ...projectKeepingOf(row),
    isDemo: row.is_demo === 1 || (row.is_demo as unknown) === true,
    photos: parts.photos.map(photoRecordOf),
    importKey: row.import_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Part rows to insert for a project, per table, in the order they are shown. */
export function partRowsOf(projectId: number, project: Partial<StoredProject>) {
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

export type PartTable = keyof ReturnType<typeof partRowsOf>;

/** Parts kept in a table of their own, keyed by project_id (photos live in the shared images table). */
export type TablePart = Exclude<ProjectPart, 'photos'>;

/** Which table holds each part. */
export const PART_TABLE: Record<TablePart, PartTable> = {
  funds: 'project_funds',
  funding: 'project_funding',
  places: 'project_places',
  partners: 'project_partners',
  topics: 'project_topics',
  phases: 'project_phases',
  updates: 'project_updates',
  indicators: 'project_indicators',
  links: 'project_links',
  relations: 'project_relations',
  groups: 'project_groups',
};

/** The order each part is read in, so two reads of the same project compare equal. */
export const PART_ORDER: Record<PartTable, string> = {
  project_funds: 'fund',
  project_funding: 'position',
  project_places: 'position',
  project_partners: 'position',
  project_topics: 'topic_id',
  project_phases: 'position',
  project_updates: 'date DESC, id',
  project_indicators: 'position',
  project_links: 'position',
  project_relations: 'position',
  project_groups: 'position',
};

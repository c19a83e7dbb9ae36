import type { Selectable } from 'kysely';
import type { Fund, FundingSource } from '../../domain/codes.js';
import type { Currency, Money } from '../../domain/money.js';
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
import { partRowsOf } from '../repositories/project-writer.js';
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

export { partRowsOf };
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

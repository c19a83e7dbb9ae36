import type { Selectable } from 'kysely';
import type {
  DatePrecision,
  EditorialState,
  IndicatorKind,
  LinkKind,
  PhaseStatus,
  ProgrammingPeriod,
  ProjectCategory,
  ProjectStatus,
  RelationKind,
} from '../../domain/codes.js';
import type {
  CodeName,
  Contact,
  Indicator,
  Phase,
  Place,
  ProjectLink,
  ProjectRelation,
  ProjectUpdate,
  Provenance,
  StakeholderGroup,
} from '../../domain/project.js';
import {
  completeTranslation,
  TRANSLATABLE_PROJECT_FIELDS,
  TRANSLATABLE_UPDATE_FIELDS,
} from '../../domain/translation.js';
import type {
  ProjectGroupTable,
  ProjectIndicatorTable,
  ProjectLinkTable,
  ProjectPhaseTable,
  ProjectPlaceTable,
  ProjectRelationTable,
  ProjectTable,
  ProjectUpdateTable,
} from '../schema.js';

/*
 * Row → domain mappers shared by the two readers of whole projects: the repository behind the
 * pages (`project-reader.ts`) and the bulk stores behind imports and exports (`bulk/stored-project.ts`).
 * Each reader adds what only it has (references by slug or by id, money, photos).
 */

type ProjectRow = Selectable<ProjectTable>;

export function toCodeName(code: string | null, name: string | null): CodeName | null {
  return code === null && name === null ? null : { code: code ?? '', name: name ?? '' };
}

/** The project's own words, identifiers and classification, as both readers return them. */
export function projectFactsOf(
  row: Pick<
    ProjectRow,
    | 'slug'
    | 'title'
    | 'summary'
    | 'description'
    | 'goal'
    | 'results'
    | 'title_en'
    | 'summary_en'
    | 'description_en'
    | 'goal_en'
    | 'results_en'
    | 'contract_number'
    | 'kohesio_id'
    | 'official_list_id'
    | 'keep_eu_id'
    | 'priority_code'
    | 'priority_name'
    | 'measure_code'
    | 'measure_name'
    | 'sub_measure_code'
    | 'sub_measure_name'
    | 'period'
    | 'category'
    | 'status'
    | 'start_date'
    | 'end_date'
  >,
) {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    goal: row.goal,
    results: row.results,
    translations: {
      en: completeTranslation(TRANSLATABLE_PROJECT_FIELDS, {
        title: row.title_en,
        summary: row.summary_en,
        description: row.description_en,
        goal: row.goal_en,
        results: row.results_en,
      }),
    },
    contractNumber: row.contract_number,
    externalIds: { kohesio: row.kohesio_id, officialList: row.official_list_id, keepEu: row.keep_eu_id },
    priorityAxis: toCodeName(row.priority_code, row.priority_name),
    measure: toCodeName(row.measure_code, row.measure_name),
    subMeasure: toCodeName(row.sub_measure_code, row.sub_measure_name),
    period: row.period as ProgrammingPeriod | null,
    category: row.category as ProjectCategory | null,
    status: row.status as ProjectStatus,
    startDate: row.start_date,
    endDate: row.end_date,
  };
}

/** Contact, website, logo, editorial state and where the project came from. */
export function projectKeepingOf(
  row: Pick<
    ProjectRow,
    | 'contact_name'
    | 'contact_email'
    | 'contact_phone'
    | 'contact_note'
    | 'website'
    | 'logo_url'
    | 'editorial_state'
    | 'source'
    | 'source_file'
    | 'source_row'
  >,
) {
  const contact: Contact | null =
    row.contact_name || row.contact_email || row.contact_phone || row.contact_note
      ? { name: row.contact_name, email: row.contact_email, phone: row.contact_phone, note: row.contact_note }
      : null;
  const provenance: Provenance = {
    source: row.source as Provenance['source'],
    file: row.source_file,
    row: row.source_row,
  };
  return {
    contact,
    website: row.website ?? null,
    logoUrl: row.logo_url ?? null,
    editorialState: row.editorial_state as EditorialState,
    provenance,
  };
}

export function toPlace(place: Selectable<ProjectPlaceTable>): Place {
  return {
    label: place.label,
    country: place.country,
    voivodeship: place.voivodeship,
    county: place.county,
    municipality: place.municipality,
    teryt: place.teryt,
    city: place.city,
    areaName: place.area_name,
    latitude: place.latitude,
    longitude: place.longitude,
  };
}

export function toPhase(phase: Selectable<ProjectPhaseTable>): Phase {
  return {
    name: phase.name,
    startDate: phase.start_date,
    endDate: phase.end_date,
    durationMonths: phase.duration_months,
    status: phase.status as PhaseStatus,
    description: phase.description,
  };
}

export function toUpdate(update: Selectable<ProjectUpdateTable>): ProjectUpdate {
  return {
    date: update.date,
    datePrecision: update.date_precision as DatePrecision,
    title: update.title,
    body: update.body,
    translations: {
      en: completeTranslation(TRANSLATABLE_UPDATE_FIELDS, { title: update.title_en, body: update.body_en }),
    },
  };
}

export function toIndicator(indicator: Selectable<ProjectIndicatorTable>): Indicator {
  return {
    kind: indicator.kind as IndicatorKind,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    target: indicator.target,
    achieved: indicator.achieved,
  };
}

export function toLink(link: Selectable<ProjectLinkTable>): ProjectLink {
  return { kind: link.kind as LinkKind, title: link.title, url: link.url };
}

export function toRelation(relation: Selectable<ProjectRelationTable>): ProjectRelation {
  return {
    kind: relation.kind as RelationKind,
    targetSlug: relation.target_slug,
    targetTitle: relation.target_title,
    note: relation.note,
  };
}

export function toGroup(group: Selectable<ProjectGroupTable>): StakeholderGroup {
  return { name: group.name, description: group.description, members: JSON.parse(group.members) as string[] };
}

import type {
  DatePrecision,
  EditorialState,
  FundingSource,
  IndicatorKind,
  LinkKind,
  PartnerRole,
  PhaseStatus,
  ProgrammingPeriod,
  ProjectCategory,
  ProjectStatus,
  RelationKind,
} from '../../domain/codes.js';
import { mediaUrl } from '../../domain/image.js';
import type { Currency, Money } from '../../domain/money.js';
import type { CodeName, Project, Provenance } from '../../domain/project.js';
import {
  completeTranslation,
  TRANSLATABLE_PROJECT_FIELDS,
  TRANSLATABLE_UPDATE_FIELDS,
} from '../../domain/translation.js';
import type { SpojniaDb } from '../database.js';
import { listImages } from './image-repository.js';
import { toBoolean, toFunds, toMoney, toOrganisationRef, toProgrammeRef } from './rows.js';

function codeName(code: string | null, name: string | null): CodeName | null {
  return code === null && name === null ? null : { code: code ?? '', name: name ?? '' };
}

function orNothing<T>(value: T | null | undefined): T | null {
  return value ?? null;
}

/**
 * Loads one project with all its parts, or null. Drafts and archived projects are found
 * only when asked for, so public pages cannot show them by accident.
 */
export async function findProjectBySlug(
  db: SpojniaDb,
  slug: string,
  options: { includeUnpublished?: boolean } = {},
): Promise<Project | null> {
  let query = db
    .selectFrom('projects')
    .leftJoin('programmes', 'programmes.id', 'projects.programme_id')
    .leftJoin('organisations as beneficiary', 'beneficiary.id', 'projects.beneficiary_id')
    .selectAll('projects')
    .select([
      'programmes.slug as programme_slug',
      'programmes.code as programme_code',
      'programmes.name as programme_name',
      'programmes.name_en as programme_name_en',
      'programmes.short_name as programme_short_name',
      'programmes.period as programme_period',
      'beneficiary.slug as beneficiary_slug',
      'beneficiary.name as beneficiary_name',
      'beneficiary.short_name as beneficiary_short_name',
      'beneficiary.country as beneficiary_country',
      'beneficiary.city as beneficiary_city',
    ])
    .where('projects.slug', '=', slug);
  if (!options.includeUnpublished) query = query.where('projects.editorial_state', '=', 'published');
  const row = await query.executeTakeFirst();
  if (!row) return null;

  const id = row.id;
  const currency = row.currency as Currency;
  const amount = (value: number | null): Money | null => toMoney(value, currency);
  const [funds, topics, partners, funding, places, phases, updates, indicators, links, relations, groups] =
    await Promise.all([
      db.selectFrom('project_funds').select('fund').where('project_id', '=', id).orderBy('fund').execute(),
      db
        .selectFrom('project_topics')
        .innerJoin('topics', 'topics.id', 'project_topics.topic_id')
        .select(['topics.slug', 'topics.name_pl', 'topics.name_en'])
        .where('project_topics.project_id', '=', id)
        .orderBy('topics.name_pl')
        .execute(),
      db
        .selectFrom('project_partners')
        .innerJoin('organisations', 'organisations.id', 'project_partners.organisation_id')
        .select([
          'organisations.slug',
          'organisations.name',
          'organisations.short_name',
          'organisations.country',
          'organisations.city',
          'project_partners.role',
          'project_partners.note',
        ])
        .where('project_partners.project_id', '=', id)
        .orderBy('project_partners.position')
        .execute(),
      db.selectFrom('project_funding').selectAll().where('project_id', '=', id).orderBy('position').execute(),
      db.selectFrom('project_places').selectAll().where('project_id', '=', id).orderBy('position').execute(),
      db.selectFrom('project_phases').selectAll().where('project_id', '=', id).orderBy('position').execute(),
      db
        .selectFrom('project_updates')
        .selectAll()
        .where('project_id', '=', id)
        .orderBy('date', 'desc')
        .orderBy('id')
        .execute(),
      db.selectFrom('project_indicators').selectAll().where('project_id', '=', id).orderBy('position').execute(),
      db.selectFrom('project_links').selectAll().where('project_id', '=', id).orderBy('position').execute(),
      db.selectFrom('project_relations').selectAll().where('project_id', '=', id).orderBy('position').execute(),
      db.selectFrom('project_groups').selectAll().where('project_id', '=', id).orderBy('position').execute(),
    ]);
  const photos = await listImages(db, 'project', id, 'photo');

  return {
    id,
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
    programme: toProgrammeRef(row),
    priorityAxis: codeName(row.priority_code, row.priority_name),
    measure: codeName(row.measure_code, row.measure_name),
    subMeasure: codeName(row.sub_measure_code, row.sub_measure_name),
    funds: toFunds(funds.map((fund) => fund.fund).join(',')),
    period: row.period as ProgrammingPeriod | null,
    category: row.category as ProjectCategory | null,
    topics: topics.map((topic) => ({ slug: topic.slug, namePl: topic.name_pl, nameEn: topic.name_en })),
    status: row.status as ProjectStatus,
    startDate: row.start_date,
    endDate: row.end_date,
    currency,
    totalValue: amount(row.total_value),
    eligibleExpenditure: amount(row.eligible_expenditure),
    cofinancing: amount(row.cofinancing_amount),
    funding: funding.map((line) => ({
      source: line.source as FundingSource,
      amount: toMoney(line.amount, currency) as Money,
    })),
    places: places.map((place) => ({
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
    })),
    beneficiary: toOrganisationRef({
      slug: row.beneficiary_slug,
      name: row.beneficiary_name,
      short_name: row.beneficiary_short_name,
      country: row.beneficiary_country,
      city: row.beneficiary_city,
    }),
    partners: partners.map((partner) => ({
      organisation: {
        slug: partner.slug,
        name: partner.name,
        shortName: partner.short_name,
        country: partner.country,
        city: partner.city,
      },
      role: partner.role as PartnerRole,
      note: partner.note,
    })),
    phases: phases.map((phase) => ({
      name: phase.name,
      startDate: phase.start_date,
      endDate: phase.end_date,
      durationMonths: phase.duration_months,
      status: phase.status as PhaseStatus,
      description: phase.description,
    })),
    updates: updates.map((update) => ({
      date: update.date,
      datePrecision: update.date_precision as DatePrecision,
      title: update.title,
      body: update.body,
      translations: {
        en: completeTranslation(TRANSLATABLE_UPDATE_FIELDS, { title: update.title_en, body: update.body_en }),
      },
    })),
    indicators: indicators.map((indicator) => ({
      kind: indicator.kind as IndicatorKind,
      name: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline,
      target: indicator.target,
      achieved: indicator.achieved,
    })),
    links: links.map((link) => ({ kind: link.kind as LinkKind, title: link.title, url: link.url })),
    relations: relations.map((relation) => ({
      kind: relation.kind as RelationKind,
      targetSlug: relation.target_slug,
      targetTitle: relation.target_title,
      note: relation.note,
    })),
    groups: groups.map((group) => ({
      name: group.name,
      description: group.description,
      members: JSON.parse(group.members) as string[],
    })),
    contact:
      row.contact_name || row.contact_email || row.contact_phone || row.contact_note
        ? {
            name: row.contact_name,
            email: row.contact_email,
            phone: row.contact_phone,
            note: row.contact_note,
          }
        : null,
    website: orNothing(row.website),
    logoUrl: orNothing(row.logo_url),
    editorialState: row.editorial_state as EditorialState,
    provenance: {
      source: row.source as Provenance['source'],
      file: row.source_file,
      row: row.source_row,
    },
    isDemo: toBoolean(row.is_demo),
    photos: photos.map((photo) => ({
      url: mediaUrl(photo.fileName),
      alt: photo.alt,
      credit: photo.credit,
      width: photo.width,
      height: photo.height,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

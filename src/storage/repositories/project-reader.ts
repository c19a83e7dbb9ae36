import type { FundingSource, PartnerRole } from '../../domain/codes.js';
import { mediaUrl } from '../../domain/image.js';
import type { Currency, Money } from '../../domain/money.js';
import type { Project } from '../../domain/project.js';
import type { SpojniaDb } from '../database.js';
import { listImages } from './image-repository.js';
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
} from './project-part-rows.js';
import { toBoolean, toFunds, toMoney, toOrganisationRef, toProgrammeRef } from './rows.js';

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
    ...projectFactsOf(row),
    programme: toProgrammeRef(row),
    funds: toFunds(funds.map((fund) => fund.fund).join(',')),
    topics: topics.map((topic) => ({ slug: topic.slug, namePl: topic.name_pl, nameEn: topic.name_en })),
    currency,
    totalValue: amount(row.total_value),
    eligibleExpenditure: amount(row.eligible_expenditure),
    cofinancing: amount(row.cofinancing_amount),
    funding: funding.map((line) => ({
      source: line.source as FundingSource,
      amount: toMoney(line.amount, currency) as Money,
    })),
    places: places.map(toPlace),
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
    phases: phases.map(toPhase),
    updates: updates.map(toUpdate),
    indicators: indicators.map(toIndicator),
    links: links.map(toLink),
    relations: relations.map(toRelation),
    groups: groups.map(toGroup),
    ...projectKeepingOf(row),
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

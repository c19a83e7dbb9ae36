import { z } from 'zod';
import {
  DATE_PRECISIONS,
  EDITORIAL_STATES,
  FUNDING_SOURCES,
  FUNDS,
  INDICATOR_KINDS,
  LINK_KINDS,
  PARTNER_ROLES,
  PHASE_STATUSES,
  PROJECT_CATEGORIES,
  RELATION_KINDS,
} from '../../domain/codes.js';
import { CURRENCIES } from '../../domain/money.js';
import type { StatusHint } from '../../domain/project-hints.js';
import { apiComponents, isoDate, MoneySchema, ProblemSchema } from './common.js';
import { ProjectSummarySchema, translationsSchema } from './projects.js';
import { OrganisationRefSchema, TopicSchema } from './refs.js';

const STATUS_HINTS = ['end_date_passed', 'start_date_passed'] as const satisfies readonly NonNullable<StatusHint>[];

const codeName = z
  .object({ code: z.string(), name: z.string() })
  .meta({ examples: [{ code: '4.3', name: 'Współpraca ponadnarodowa' }] });

export const FundingLineSchema = z
  .object({
    source: z.enum(FUNDING_SOURCES).meta({ description: 'Where this part of the money comes from' }),
    amount: MoneySchema,
  })
  .meta({ description: 'One line of the funding breakdown' })
  .register(apiComponents, { id: 'FundingLine' });

export const PlaceSchema = z
  .object({
    label: z.string().meta({ description: 'The place as the source wrote it', examples: ['Kraków, osiedle Azory'] }),
    country: z.string().meta({ examples: ['PL'] }),
    voivodeship: z
      .string()
      .nullable()
      .meta({ examples: ['małopolskie'] }),
    county: z.string().nullable(),
    municipality: z.string().nullable(),
    teryt: z
      .string()
      .nullable()
      .meta({ description: '7-digit TERYT code of the municipality (gmina)', examples: ['1261011'] }),
    city: z.string().nullable(),
    areaName: z
      .string()
      .nullable()
      .meta({ description: 'A named area inside the place', examples: ['osiedle Azory'] }),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
  })
  .meta({ description: 'Where the project happens: as written, and as structured codes and coordinates' })
  .register(apiComponents, { id: 'Place' });

export const PartnershipSchema = z
  .object({
    organisation: OrganisationRefSchema,
    role: z.enum(PARTNER_ROLES).meta({ examples: ['transnational_partner'] }),
    note: z.string().nullable().meta({ description: 'What this partner brings' }),
  })
  .meta({ description: 'An organisation taking part in a project, and in what role' })
  .register(apiComponents, { id: 'Partnership' });

const phaseSchema = z.object({
  name: z.string(),
  startDate: isoDate().nullable(),
  endDate: isoDate().nullable(),
  durationMonths: z.number().int().nullable(),
  status: z.enum(PHASE_STATUSES),
  description: z.string().nullable(),
});

const updateSchema = z.object({
  date: isoDate(),
  datePrecision: z.enum(DATE_PRECISIONS).meta({ description: 'How much of the date is known: day, month or year' }),
  title: z.string(),
  body: z.string(),
  translations: translationsSchema(['title', 'body'], 'The title and body in other languages'),
});

export const IndicatorSchema = z
  .object({
    kind: z.enum(INDICATOR_KINDS),
    name: z.string(),
    unit: z.string(),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    achieved: z.number().nullable(),
  })
  .meta({ description: 'An output or result indicator: unit, baseline, target and achieved value' })
  .register(apiComponents, { id: 'Indicator' });

const relationSchema = z.object({
  kind: z.enum(RELATION_KINDS),
  targetSlug: z.string().nullable().meta({ description: 'Slug of the related project when it is in this registry' }),
  targetTitle: z.string(),
  note: z.string().nullable(),
  apiUrl: z
    .string()
    .nullable()
    .meta({ description: 'API resource of the related project, when it is in this registry' }),
});

const NOTE_DERIVED = 'Derived from the stored facts, never stored.';

export const ProjectSchema = ProjectSummarySchema.extend({
  translations: translationsSchema(
    ['title', 'summary', 'description', 'goal', 'results'],
    'The texts in other languages (description and results as sanitised HTML); the plain fields are the Polish originals',
  ),
  description: z.string().meta({ description: 'Description as sanitised HTML (a small subset)' }),
  goal: z.string(),
  results: z.string().meta({ description: 'Planned effects and results, sanitised HTML' }),
  contractNumber: z.string().nullable().meta({ description: 'Grant agreement number (numer umowy)' }),
  externalIds: z.object({
    kohesio: z.string().nullable().meta({ description: 'Kohesio operation id' }),
    officialList: z.string().nullable().meta({ description: 'Code on the official list of co-funded projects' }),
    keepEu: z.string().nullable().meta({ description: 'keep.eu project id' }),
  }),
  priorityAxis: codeName.nullable(),
  measure: codeName.nullable(),
  subMeasure: codeName.nullable(),
  funds: z.array(z.enum(FUNDS)).meta({ examples: [['ESF']] }),
  category: z.enum(PROJECT_CATEGORIES).nullable(),
  topics: z.array(TopicSchema),
  currency: z.enum(CURRENCIES),
  eligibleExpenditure: MoneySchema.nullable(),
  funding: z.array(FundingLineSchema).meta({ description: 'The money by source, as the project reports it' }),
  places: z.array(PlaceSchema),
  partners: z.array(PartnershipSchema),
  phases: z.array(phaseSchema),
  updates: z.array(updateSchema).meta({ description: 'Dated news, newest first' }),
  indicators: z.array(IndicatorSchema).meta({ description: 'Outputs and results: unit, baseline, target, achieved' }),
  links: z.array(z.object({ kind: z.enum(LINK_KINDS), title: z.string(), url: z.string() })),
  relations: z.array(relationSchema),
  groups: z
    .array(z.object({ name: z.string(), description: z.string().nullable(), members: z.array(z.string()) }))
    .meta({ description: 'Groups of stakeholders, such as an URBACT Local Support Group' }),
  contact: z
    .object({
      name: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  website: z.string().nullable(),
  logoUrl: z.string().nullable(),
  editorialState: z
    .enum(EDITORIAL_STATES)
    .meta({ description: 'Always published here: drafts never leave the server' }),
  provenance: z.object({
    source: z.enum(['manual', 'import', 'demo']),
    file: z.string().nullable().meta({ description: 'Imported file the record came from' }),
    row: z.number().int().nullable(),
  }),
  createdAt: z.iso.datetime({ offset: true }).meta({ description: 'When the record was created (UTC timestamp)' }),
  updatedAt: z.iso.datetime({ offset: true }).meta({ description: 'When the record last changed (UTC timestamp)' }),
  cofinancingRate: z
    .number()
    .nullable()
    .meta({
      description: `Co-financing over eligible expenditure (or total value) in percent, rounded to 2 decimals. ${NOTE_DERIVED}`,
      examples: [96.46],
    }),
  ownContribution: MoneySchema.nullable().meta({ description: `Total value minus co-financing. ${NOTE_DERIVED}` }),
  statusHint: z
    .enum(STATUS_HINTS)
    .nullable()
    .meta({
      description: `Set when the dates suggest the status is out of date. ${NOTE_DERIVED}`,
      examples: ['end_date_passed'],
    }),
  breakdownWarnings: z.array(ProblemSchema).meta({
    description: `Where the funding breakdown does not add up; reported, never silently fixed. ${NOTE_DERIVED}`,
  }),
})
  .meta({ description: 'A published project with every fact and the values derived from them' })
  .register(apiComponents, { id: 'Project' });

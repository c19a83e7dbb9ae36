import { z } from 'zod';
import {
  DATE_PRECISIONS,
  EDITORIAL_STATES,
  FUNDING_SOURCES,
  FUNDS,
  INDICATOR_KINDS,
  LINK_KINDS,
  ORGANISATION_KINDS,
  PARTNER_ROLES,
  PHASE_STATUSES,
  PROGRAMMING_PERIODS,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  RELATION_KINDS,
} from '../../domain/codes.js';
import { MEDIA_FILE_PATTERN } from '../../domain/image.js';
import { CURRENCIES } from '../../domain/money.js';

/**
 * One project as the registry's own JSON and NDJSON exports write it: every fact, with
 * the programme, organisations and topics it refers to written out in full, so a file
 * can be imported into an empty registry and come back the same. Money is an exact
 * decimal string ("1015798.80") in the project's currency.
 */
const text = z.string();
const nullableText = z.string().nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is a date written as YYYY-MM-DD');
const amount = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d+(\.\d{1,2})?$/, 'is an amount such as "1015798.80"'));
const codeName = z.object({ code: text, name: text }).nullable();

export const OrganisationRecordSchema = z.object({
  slug: text,
  name: text.min(1),
  shortName: nullableText,
  kind: z.enum(ORGANISATION_KINDS),
  country: text.min(2),
  city: nullableText,
  website: nullableText,
  identifiers: z.object({ nip: text, regon: text, krs: text, pic: text }).partial(),
  isDemo: z.boolean(),
  logoUrl: nullableText.optional(),
});

export const ProgrammeRecordSchema = z.object({
  slug: text,
  code: nullableText,
  name: text.min(1),
  nameEn: nullableText,
  shortName: text,
  period: z.enum(PROGRAMMING_PERIODS),
  funds: z.array(z.enum(FUNDS)),
  managingAuthority: nullableText,
  website: nullableText,
});

const PlaceSchema = z.object({
  label: text,
  country: text,
  voivodeship: nullableText,
  county: nullableText,
  municipality: nullableText,
  teryt: nullableText,
  city: nullableText,
  areaName: nullableText,
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

export const ProjectRecordSchema = z.object({
  slug: text,
  title: text,
  summary: text,
  description: text,
  goal: text,
  results: text,
  /** Title, summary, description, goal and results in English, null where not translated. */
  translations: z
    .object({
      en: z
        .object({
          title: nullableText,
          summary: nullableText,
          description: nullableText,
          goal: nullableText,
          results: nullableText,
        })
        .partial(),
    })
    .partial()
    .optional(),
  contractNumber: nullableText,
  externalIds: z.object({ kohesio: nullableText, officialList: nullableText, keepEu: nullableText }),
  programme: ProgrammeRecordSchema.nullable(),
  priorityAxis: codeName,
  measure: codeName,
  subMeasure: codeName,
  funds: z.array(z.enum(FUNDS)),
  period: z.enum(PROGRAMMING_PERIODS).nullable(),
  category: z.enum(PROJECT_CATEGORIES).nullable(),
  status: z.enum(PROJECT_STATUSES),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  currency: z.enum(CURRENCIES),
  totalValue: amount.nullable(),
  eligibleExpenditure: amount.nullable(),
  cofinancing: amount.nullable(),
  funding: z.array(z.object({ source: z.enum(FUNDING_SOURCES), amount })),
  places: z.array(PlaceSchema),
  beneficiary: OrganisationRecordSchema.nullable(),
  partners: z.array(
    z.object({ organisation: OrganisationRecordSchema, role: z.enum(PARTNER_ROLES), note: nullableText }),
  ),
  topics: z.array(z.object({ slug: text, namePl: text, nameEn: text })),
  phases: z.array(
    z.object({
      name: text,
      startDate: isoDate.nullable(),
      endDate: isoDate.nullable(),
      durationMonths: z.number().int().nullable(),
      status: z.enum(PHASE_STATUSES),
      description: nullableText,
    }),
  ),
  updates: z.array(
    z.object({
      date: isoDate,
      datePrecision: z.enum(DATE_PRECISIONS),
      title: text,
      body: text,
      translations: z
        .object({ en: z.object({ title: nullableText, body: nullableText }).partial() })
        .partial()
        .optional(),
    }),
  ),
  indicators: z.array(
    z.object({
      kind: z.enum(INDICATOR_KINDS),
      name: text,
      unit: text,
      baseline: z.number().nullable(),
      target: z.number().nullable(),
      achieved: z.number().nullable(),
    }),
  ),
  links: z.array(z.object({ kind: z.enum(LINK_KINDS), title: text, url: text })),
  relations: z.array(
    z.object({ kind: z.enum(RELATION_KINDS), targetSlug: nullableText, targetTitle: text, note: nullableText }),
  ),
  groups: z.array(z.object({ name: text, description: nullableText, members: z.array(text) })),
  contact: z.object({ name: nullableText, email: nullableText, phone: nullableText, note: nullableText }).nullable(),
  website: nullableText,
  logoUrl: nullableText,
  /**
   * Shown photos in order: the file in the media folder (copy the folder with the file)
   * and its words. Absent in files from before photos were exported: photos stay as they are.
   */
  photos: z
    .array(
      z.object({
        fileName: z.string().regex(MEDIA_FILE_PATTERN, 'is a media file name such as "3f…a9.webp"'),
        alt: text,
        credit: text,
        width: z.number().int().positive(),
        height: z.number().int().positive(),
        bytes: z.number().int().nonnegative(),
      }),
    )
    .optional(),
  editorialState: z.enum(EDITORIAL_STATES),
  provenance: z.object({
    source: z.enum(['manual', 'import', 'demo']),
    file: nullableText,
    row: z.number().int().nullable(),
  }),
  isDemo: z.boolean(),
  /** How imports recognise a project whose source rows carry no contract number or id. */
  importKey: nullableText.optional(),
  createdAt: text,
  updatedAt: text,
});

export type ProjectRecord = z.input<typeof ProjectRecordSchema>;
export type ParsedProjectRecord = z.output<typeof ProjectRecordSchema>;
export type OrganisationRecord = z.infer<typeof OrganisationRecordSchema>;
export type ProgrammeRecord = z.infer<typeof ProgrammeRecordSchema>;

/** The first line of a JSON export, before the projects. */
export const EXPORT_FORMAT = 'spojnia-registry';
export const EXPORT_VERSION = 1;

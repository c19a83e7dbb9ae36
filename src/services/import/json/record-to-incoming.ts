import type { Money } from '../../../domain/money.js';
import type { Contact } from '../../../domain/project.js';
import { normaliseName } from '../../../domain/text.js';
import {
  completeTranslation,
  TRANSLATABLE_PROJECT_FIELDS,
  TRANSLATABLE_UPDATE_FIELDS,
} from '../../../domain/translation.js';
import { type ParsedProjectRecord, ProjectRecordSchema } from '../../export/project-record.js';
import { sanitizeRichText } from '../../rich-text/sanitize.js';
import type { IncomingProject, OrganisationReference, ProjectFactPath, RejectedRow } from '../incoming.js';
import { readDecimalDigits, scaledInteger } from '../values/decimal-text.js';
import type { JsonRecord } from './json-records.js';

/**
 * A record of the registry's own JSON export as what it says about a project: every
 * fact, references written out in full (kept under their slugs). Records that do not
 * fit the export's schema are rejected with each problem named.
 */
export function readProjectRecord(json: JsonRecord): IncomingProject | RejectedRow {
  const parsed = ProjectRecordSchema.safeParse(json.value);
  if (!parsed.success) {
    return {
      row: json.number,
      problems: parsed.error.issues.map((issue) => ({
        code: 'not_in_schema' as const,
        column: issue.path.join('.') || 'record',
        words: { message: issue.message },
      })),
    };
  }
  const record = parsed.data;
  const money = (amount: string | null): Money | null =>
    amount === null ? null : { amount: minorUnits(amount), currency: record.currency };
  const facts = new Map<ProjectFactPath, unknown>([
    ['slug', record.slug],
    ['title', record.title],
    ['summary', record.summary],
    ['description', sanitizeRichText(record.description)],
    ['goal', record.goal],
    ['results', sanitizeRichText(record.results)],
    [
      'translations',
      {
        en: completeTranslation(TRANSLATABLE_PROJECT_FIELDS, {
          ...record.translations?.en,
          description: sanitizeOptional(record.translations?.en?.description),
          results: sanitizeOptional(record.translations?.en?.results),
        }),
      },
    ],
    ['contractNumber', record.contractNumber],
    ['externalIds.kohesio', record.externalIds.kohesio],
    ['externalIds.officialList', record.externalIds.officialList],
    ['externalIds.keepEu', record.externalIds.keepEu],
    ['priorityAxis', record.priorityAxis],
    ['measure', record.measure],
    ['subMeasure', record.subMeasure],
    ['funds', record.funds],
    ['period', record.period],
    ['category', record.category],
    ['status', record.status],
    ['startDate', record.startDate],
    ['endDate', record.endDate],
    ['currency', record.currency],
    ['totalValue', money(record.totalValue)],
    ['eligibleExpenditure', money(record.eligibleExpenditure)],
    ['cofinancing', money(record.cofinancing)],
    ['funding', record.funding.map((line) => ({ source: line.source, amount: money(line.amount) }))],
    ['places', record.places],
    ['phases', record.phases],
    [
      'updates',
      record.updates.map((update) => ({
        ...update,
        translations: { en: completeTranslation(TRANSLATABLE_UPDATE_FIELDS, update.translations?.en) },
      })),
    ],
    ['indicators', record.indicators],
    ['links', record.links],
    ['relations', record.relations],
    ['groups', record.groups],
    ['contact', contactOf(record.contact)],
    ['website', record.website],
    ['logoUrl', record.logoUrl],
    ['editorialState', record.editorialState],
    ['provenance', record.provenance],
    ['isDemo', record.isDemo],
  ]);
  if (record.photos !== undefined) facts.set('photos', record.photos);
  return {
    row: json.number,
    facts,
    programme: record.programme
      ? {
          record: record.programme,
          code: record.programme.code,
          name: record.programme.name,
          shortName: record.programme.shortName,
          period: record.programme.period,
          funds: record.programme.funds,
        }
      : null,
    beneficiary: record.beneficiary ? organisationReference(record.beneficiary) : null,
    partners: record.partners.map((partner) => ({
      organisation: organisationReference(partner.organisation),
      role: partner.role,
      note: partner.note,
    })),
    topics: record.topics,
    importKey: record.importKey ?? null,
    mergesPlaces: false,
    timestamps: { createdAt: record.createdAt, updatedAt: record.updatedAt },
    raw: { record: json.value },
  };
}

function organisationReference(record: ParsedProjectRecord['partners'][number]['organisation']): OrganisationReference {
  return {
    keepsSlug: true,
    nameKey: normaliseName(record.name),
    record: { ...record, identifiers: { ...record.identifiers } },
  };
}

function sanitizeOptional(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : sanitizeRichText(text);
}

function minorUnits(amount: string): number {
  const digits = readDecimalDigits(amount, '.');
  return digits.ok ? (scaledInteger(digits.value, 2) ?? 0) : 0;
}

/** A contact with nothing in it is no contact, as the registry stores it. */
function contactOf(contact: Contact | null): Contact | null {
  if (contact === null) return null;
  return contact.name || contact.email || contact.phone || contact.note ? contact : null;
}

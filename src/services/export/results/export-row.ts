import type { Currency, Money } from '../../../domain/money.js';
import type { Organisation } from '../../../domain/organisation.js';
import type { Programme } from '../../../domain/programme.js';
import { cofinancingRate, fundingFrom, ownContribution } from '../../../domain/project-money.js';
import { plainTextOf } from '../../../domain/search-text.js';
import type { StoredProject } from '../../../storage/bulk/bulk-store.js';

/** A place of a project as exports write it; coordinates only where the registry has them. */
export interface ExportPlace {
  readonly label: string;
  readonly country: string;
  readonly voivodeship: string | null;
  readonly county: string | null;
  readonly municipality: string | null;
  readonly teryt: string | null;
  readonly city: string | null;
  readonly area: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

export interface ExportPartner {
  readonly name: string;
  readonly slug: string;
  readonly country: string;
  readonly role: string;
}

export interface ExportTopic {
  readonly slug: string;
  readonly name: string;
  readonly nameEn: string;
}

/**
 * One published project as every export format writes it: facts flattened to one record,
 * money as exact decimal strings ("1015798.80") in `currency`, lists kept as lists (the
 * tabular formats join them). Derived facts (rate, own contribution, EU part) are computed here.
 */
export interface ExportRow {
  readonly slug: string;
  readonly title: string;
  readonly titleEn: string | null;
  readonly summary: string;
  readonly description: string;
  readonly status: string;
  readonly category: string | null;
  readonly period: string | null;
  readonly programmeCode: string | null;
  readonly programme: string | null;
  readonly programmeName: string | null;
  readonly priorityAxis: string | null;
  readonly measure: string | null;
  readonly subMeasure: string | null;
  readonly funds: readonly string[];
  readonly contractNumber: string | null;
  readonly kohesioId: string | null;
  readonly officialListId: string | null;
  readonly keepEuId: string | null;
  readonly beneficiary: string | null;
  readonly beneficiarySlug: string | null;
  readonly beneficiaryCountry: string | null;
  readonly partners: readonly ExportPartner[];
  readonly topics: readonly ExportTopic[];
  readonly places: readonly ExportPlace[];
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly currency: Currency;
  readonly totalValue: string | null;
  readonly eligibleExpenditure: string | null;
  readonly cofinancing: string | null;
  /** Co-financing over eligible expenditure (or total value), in percent with two decimals. */
  readonly cofinancingRate: string | null;
  readonly euContribution: string | null;
  readonly stateBudget: string | null;
  readonly ownContribution: string | null;
  readonly website: string | null;
  readonly urlPl: string;
  readonly urlEn: string;
  readonly updatedAt: string;
}

/** What a row refers to by id, read once per batch (organisations) or per export (the rest). */
export interface ExportReferences {
  readonly programmes: ReadonlyMap<number, Programme>;
  readonly topics: ReadonlyMap<number, { slug: string; namePl: string; nameEn: string }>;
  readonly organisations: ReadonlyMap<number, Organisation>;
  /** The project's public pages in Polish and English. */
  readonly pageUrls: (slug: string) => { pl: string; en: string };
}

/**
 * An exact decimal string from minor units, by moving the point (never dividing floats).
 * @example decimalAmount({ amount: 101579880, currency: 'PLN' }) // '1015798.80'
 */
export function decimalAmount(money: Money | null): string | null {
  if (!money) return null;
  const digits = String(Math.abs(money.amount)).padStart(3, '0');
  return `${money.amount < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function codeAndName(part: { code: string; name: string } | null): string | null {
  if (!part) return null;
  return [part.code, part.name].filter((text) => text !== '').join(' ') || null;
}

export function toExportRow(project: StoredProject, references: ExportReferences): ExportRow {
  const programme = project.programmeId === null ? undefined : references.programmes.get(project.programmeId);
  const beneficiary = project.beneficiaryId === null ? undefined : references.organisations.get(project.beneficiaryId);
  const rate = cofinancingRate(project);
  const urls = references.pageUrls(project.slug);
  return {
    slug: project.slug,
    title: project.title,
    titleEn: project.translations?.en?.title ?? null,
    summary: project.summary,
    description: plainTextOf(project.description),
    status: project.status,
    category: project.category,
    period: project.period,
    programmeCode: programme?.code ?? null,
    programme: programme?.shortName ?? null,
    programmeName: programme?.name ?? null,
    priorityAxis: codeAndName(project.priorityAxis),
    measure: codeAndName(project.measure),
    subMeasure: codeAndName(project.subMeasure),
    funds: project.funds,
    contractNumber: project.contractNumber,
    kohesioId: project.externalIds.kohesio,
    officialListId: project.externalIds.officialList,
    keepEuId: project.externalIds.keepEu,
    beneficiary: beneficiary?.name ?? null,
    beneficiarySlug: beneficiary?.slug ?? null,
    beneficiaryCountry: beneficiary?.country ?? null,
    partners: project.partners.flatMap((partner) => {
      const organisation = references.organisations.get(partner.organisationId);
      return organisation
        ? [{ name: organisation.name, slug: organisation.slug, country: organisation.country, role: partner.role }]
        : [];
    }),
    topics: project.topicIds.flatMap((id) => {
      const topic = references.topics.get(id);
      return topic ? [{ slug: topic.slug, name: topic.namePl, nameEn: topic.nameEn }] : [];
    }),
    places: project.places.map((place) => ({
      label: place.label,
      country: place.country,
      voivodeship: place.voivodeship,
      county: place.county,
      municipality: place.municipality,
      teryt: place.teryt,
      city: place.city,
      area: place.areaName,
      latitude: place.latitude,
      longitude: place.longitude,
    })),
    startDate: project.startDate,
    endDate: project.endDate,
    currency: project.currency,
    totalValue: decimalAmount(project.totalValue),
    eligibleExpenditure: decimalAmount(project.eligibleExpenditure),
    cofinancing: decimalAmount(project.cofinancing),
    cofinancingRate: rate === null ? null : rate.toFixed(2),
    euContribution: decimalAmount(fundingFrom(project, 'eu')),
    stateBudget: decimalAmount(fundingFrom(project, 'state_budget')),
    ownContribution: decimalAmount(ownContribution(project)),
    website: project.website,
    urlPl: urls.pl,
    urlEn: urls.en,
    updatedAt: project.updatedAt,
  };
}

import { polishSortKey } from '../../domain/polish-collation.js';
import { municipalityKey, voivodeshipKey } from '../../domain/search-facets.js';
import { foldAligned, plainTextOf, toSearchable } from '../../domain/search-text.js';
import type { SearchDocumentTable } from '../schema.js';

/** What the index needs to know of one project, however it was read (from tables or from a generator). */
export interface SearchSource {
  readonly id: number;
  readonly isPublished: boolean;
  readonly title: string;
  readonly summary: string;
  /** Sanitised rich text. */
  readonly description: string;
  readonly goal: string;
  readonly contractNumber: string | null;
  readonly programmeId: number | null;
  readonly period: string | null;
  readonly status: string;
  readonly category: string | null;
  readonly currency: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly totalValue: number | null;
  readonly cofinancing: number | null;
  readonly beneficiaryId: number | null;
  readonly beneficiaryNames: readonly string[];
  readonly funds: readonly string[];
  readonly topicIds: readonly number[];
  readonly places: readonly SearchSourcePlace[];
  readonly partners: readonly { readonly names: readonly string[]; readonly country: string }[];
}

export interface SearchSourcePlace {
  readonly label: string;
  readonly country: string;
  readonly voivodeship: string | null;
  readonly county: string | null;
  readonly municipality: string | null;
  readonly teryt: string | null;
  readonly city: string | null;
  readonly areaName: string | null;
}

/** Text of a project by column of the text index. */
export interface SearchTextFields {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly names: string;
  readonly place: string;
}

/** The folded text of a project, by column of the text index. */
export interface SearchText extends SearchTextFields {
  /**
   * The same fields before folding (NFC, so aligned code unit for code unit with the folded
   * ones), for engines that look words up in a dictionary (PostgreSQL with a Polish one).
   */
  readonly unfolded?: SearchTextFields;
}

export interface SearchMunicipality {
  readonly key: string;
  readonly name: string;
  readonly voivodeship: string | null;
}

/** Columns of a `search_documents` row in table order, for writers that bind values by position. */
export const SEARCH_DOCUMENT_COLUMNS = [
  'project_id',
  'programme_id',
  'period',
  'status',
  'category',
  'currency',
  'funds',
  'beneficiary_id',
  'start_day',
  'end_day',
  'total_value',
  'cofinancing',
  'title_key',
  'topic_ids',
  'voivodeships',
  'municipalities',
  'partner_countries',
] as const satisfies readonly (keyof SearchDocumentTable)[];

export interface SearchDocument {
  readonly row: SearchDocumentTable;
  readonly text: SearchText;
  readonly municipalities: readonly SearchMunicipality[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null. */
export function dayNumber(iso: string | null): number | null {
  if (iso === null) return null;
  const time = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isFinite(time) ? Math.round(time / DAY_MS) : null;
}

function unique<T>(values: readonly (T | null)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== null))];
}

/** Builds the index entry of a project: facet values, sort keys and folded text. */
export function buildSearchDocument(source: SearchSource): SearchDocument {
  const municipalities = new Map<string, SearchMunicipality>();
  for (const place of source.places) {
    const key = municipalityKey(place);
    if (key !== null && place.municipality && !municipalities.has(key)) {
      municipalities.set(key, { key, name: place.municipality, voivodeship: place.voivodeship });
    }
  }
  const row: SearchDocumentTable = {
    project_id: source.id,
    programme_id: source.programmeId,
    period: source.period,
    status: source.status,
    category: source.category,
    currency: source.currency,
    funds: unique(source.funds).join(' '),
    beneficiary_id: source.beneficiaryId,
    start_day: dayNumber(source.startDate),
    end_day: dayNumber(source.endDate),
    total_value: source.totalValue,
    cofinancing: source.cofinancing,
    title_key: polishSortKey(source.title),
    topic_ids: unique(source.topicIds).join(' '),
    voivodeships: unique(source.places.map((place) => voivodeshipKey(place.voivodeship))).join(' '),
    municipalities: [...municipalities.keys()].join(' '),
    partner_countries: unique(source.partners.map((partner) => partner.country.toUpperCase())).join(' '),
  };
  const placeWords = source.places.flatMap((place) => [
    place.label,
    place.areaName,
    place.city,
    place.municipality,
    place.county,
    place.voivodeship,
  ]);
  // NFC once: folded from it, and kept for engines that look words up in a dictionary.
  const unfolded: SearchTextFields = {
    title: toSearchable(source.title),
    summary: toSearchable(source.summary),
    body: toSearchable(
      [plainTextOf(source.description), source.goal, source.contractNumber ?? ''].filter(Boolean).join(' '),
    ),
    names: toSearchable([...source.beneficiaryNames, ...source.partners.flatMap((p) => p.names)].join(' ')),
    place: toSearchable(unique(placeWords).join(' ')),
  };
  const text: SearchText = {
    title: foldAligned(unfolded.title),
    summary: foldAligned(unfolded.summary),
    body: foldAligned(unfolded.body),
    names: foldAligned(unfolded.names),
    place: foldAligned(unfolded.place),
    unfolded,
  };
  return { row, text, municipalities: [...municipalities.values()] };
}

import { VOIVODESHIPS } from './codes.js';
import type { Currency, Money } from './money.js';
import { slugify } from './text.js';

/** The facets of project search, in the order pages show them. */
export const FACETS = [
  'programme',
  'fund',
  'period',
  'topic',
  'status',
  'category',
  'voivodeship',
  'municipality',
  'beneficiary',
  'partnerCountry',
  'startYear',
  'valueRange',
  'cofinancingRange',
] as const;
export type FacetName = (typeof FACETS)[number];

/** Chosen facet values by facet: values of one facet are alternatives (OR), facets combine with AND. */
export type FacetFilters = Partial<Record<FacetName, readonly string[]>>;

/** At most this many values of one facet may be chosen at once. */
export const MAX_VALUES_PER_FACET = 50;

/**
 * Ranges of money, in the project's own currency: złoty and euro are never compared or
 * converted, so each currency has its own ranges. `min` is inclusive, `max` exclusive, in
 * minor units.
 */
export interface MoneyRange {
  readonly key: string;
  readonly currency: Currency;
  readonly min: number;
  readonly max: number | null;
}

const THOUSAND = 1000 * 100;
const MILLION = 1000 * THOUSAND;

export const MONEY_RANGES: readonly MoneyRange[] = [
  { key: 'pln-lt-100k', currency: 'PLN', min: 0, max: 100 * THOUSAND },
  { key: 'pln-100k-1m', currency: 'PLN', min: 100 * THOUSAND, max: MILLION },
  { key: 'pln-1m-10m', currency: 'PLN', min: MILLION, max: 10 * MILLION },
  { key: 'pln-10m-100m', currency: 'PLN', min: 10 * MILLION, max: 100 * MILLION },
  { key: 'pln-gte-100m', currency: 'PLN', min: 100 * MILLION, max: null },
  { key: 'eur-lt-100k', currency: 'EUR', min: 0, max: 100 * THOUSAND },
  { key: 'eur-100k-1m', currency: 'EUR', min: 100 * THOUSAND, max: MILLION },
  { key: 'eur-1m-10m', currency: 'EUR', min: MILLION, max: 10 * MILLION },
  { key: 'eur-gte-10m', currency: 'EUR', min: 10 * MILLION, max: null },
];

/**
 * The range an amount falls in, or null when it is unknown.
 * @example moneyRangeOf({ amount: 101579880, currency: 'PLN' }) // 'pln-1m-10m'
 */
export function moneyRangeOf(value: Money | null): string | null {
  if (value === null) return null;
  for (const range of MONEY_RANGES) {
    if (range.currency !== value.currency) continue;
    if (value.amount < range.min && range.min > 0) continue;
    if (range.max === null || value.amount < range.max) return range.key;
  }
  return null;
}

/** Voivodeships by a URL-friendly key: 'malopolskie' → 'małopolskie'. */
export const VOIVODESHIP_BY_KEY: ReadonlyMap<string, string> = new Map(
  Object.values(VOIVODESHIPS).map((name) => [slugify(name), name]),
);

/**
 * The key of a voivodeship as a place names it ("Małopolskie", "województwo małopolskie"),
 * or null when it is not one of the sixteen.
 */
export function voivodeshipKey(name: string | null): string | null {
  if (name === null) return null;
  const key = slugify(name.replace(/^\s*woj(ewództwo|\.)\s*/i, ''));
  return VOIVODESHIP_BY_KEY.has(key) ? key : null;
}

/**
 * The key of a municipality: its TERYT code when known (unique in Poland), otherwise its
 * name with its voivodeship, so that two gminas of one name stay apart.
 */
export function municipalityKey(place: {
  readonly teryt: string | null;
  readonly municipality: string | null;
  readonly voivodeship: string | null;
}): string | null {
  if (place.teryt && /^\d{7}$/.test(place.teryt)) return place.teryt;
  if (!place.municipality) return null;
  const name = slugify(place.municipality);
  if (name === '') return null;
  const voivodeship = voivodeshipKey(place.voivodeship);
  return voivodeship ? `${voivodeship}-${name}` : name;
}

export const MIN_START_YEAR = 1990;
export const MAX_START_YEAR = 2100;

/** Orders of search results. Relevance needs a query; without one the default is newest start first. */
export const SORT_ORDERS = [
  'relevance',
  'start-desc',
  'start-asc',
  'end-desc',
  'end-asc',
  'value-desc',
  'value-asc',
  'cofinancing-desc',
  'cofinancing-asc',
  'title-asc',
  'title-desc',
] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

import { FUNDS, isOneOf, PROGRAMMING_PERIODS, PROJECT_CATEGORIES, PROJECT_STATUSES } from '../../domain/codes.js';
import {
  FACETS,
  type FacetFilters,
  type FacetName,
  MAX_START_YEAR,
  MAX_VALUES_PER_FACET,
  MIN_START_YEAR,
  MONEY_RANGES,
  VOIVODESHIP_BY_KEY,
} from '../../domain/search-facets.js';
import type { SpojniaDb } from '../database.js';
import type { DocStore, FacetKey } from './facet-engine/doc-store.js';
import type { EngineFacet, EngineFilter } from './facet-engine/run-search.js';
import type { FacetCounts, FacetValueCount } from './search-contract.js';

/**
 * Translation between the public keys of facet values (slugs, codes, years: what URLs hold)
 * and the facet index's own keys (registry ids for programmes, topics and beneficiaries).
 */

interface NamedRow {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly detail: string | null;
}

export interface Vocabulary {
  readonly programmes: ReadonlyMap<number, NamedRow>;
  readonly topics: ReadonlyMap<number, NamedRow>;
  readonly beneficiaries: Map<number, NamedRow>;
  readonly municipalities: Map<string, { name: string; voivodeship: string | null }>;
}

export interface ResolvedFilters {
  readonly filters: readonly EngineFilter[];
  readonly alwaysReport: Partial<Record<FacetName, number[]>>;
  /** Public keys chosen and understood, by facet. */
  readonly chosen: Partial<Record<FacetName, readonly string[]>>;
  readonly unknown: readonly { facet: FacetName; value: string }[];
}

const RANGE_KEYS = new Set(MONEY_RANGES.map((range) => range.key));
const MUNICIPALITY_KEY = /^[a-z0-9-]{1,120}$/;

/** Programmes and topics change rarely and every search needs them: read once per state of the registry. */
const taxonomyCache = new WeakMap<SpojniaDb, { token: number; rows: Promise<Taxonomies> }>();

interface Taxonomies {
  readonly programmes: readonly { id: number; slug: string; short_name: string; name: string }[];
  readonly topics: readonly { id: number; slug: string; name_pl: string; name_en: string }[];
}

function taxonomies(db: SpojniaDb, changeToken: number): Promise<Taxonomies> {
  const cached = taxonomyCache.get(db);
  if (cached && cached.token === changeToken) return cached.rows;
  const rows = Promise.all([
    db.selectFrom('programmes').select(['id', 'slug', 'short_name', 'name']).execute(),
    db.selectFrom('topics').select(['id', 'slug', 'name_pl', 'name_en']).execute(),
  ]).then(([programmes, topics]) => ({ programmes, topics }));
  taxonomyCache.set(db, { token: changeToken, rows });
  rows.catch(() => taxonomyCache.delete(db));
  return rows;
}

/** Programmes and topics (small tables) plus whatever beneficiaries and municipalities the filters name. */
export async function loadVocabulary(db: SpojniaDb, filters: FacetFilters, changeToken: number): Promise<Vocabulary> {
  const beneficiarySlugs = [...new Set(filters.beneficiary ?? [])].filter((slug) => slug.length <= 200);
  const municipalityKeys = [...new Set(filters.municipality ?? [])].filter((key) => MUNICIPALITY_KEY.test(key));
  const [{ programmes, topics }, beneficiaries, municipalities] = await Promise.all([
    taxonomies(db, changeToken),
    beneficiarySlugs.length === 0
      ? []
      : db.selectFrom('organisations').select(['id', 'slug', 'name']).where('slug', 'in', beneficiarySlugs).execute(),
    municipalityKeys.length === 0
      ? []
      : db
          .selectFrom('search_municipalities')
          .select(['key', 'name', 'voivodeship'])
          .where('key', 'in', municipalityKeys)
          .execute(),
  ]);
  return {
    programmes: new Map(
      programmes.map((row) => [
        row.id,
        { id: row.id, slug: row.slug, name: row.short_name, nameEn: null, detail: row.name },
      ]),
    ),
    topics: new Map(
      topics.map((row) => [
        row.id,
        { id: row.id, slug: row.slug, name: row.name_pl, nameEn: row.name_en, detail: null },
      ]),
    ),
    beneficiaries: new Map(
      beneficiaries.map((row) => [row.id, { id: row.id, slug: row.slug, name: row.name, nameEn: null, detail: null }]),
    ),
    municipalities: new Map(municipalities.map((row) => [row.key, { name: row.name, voivodeship: row.voivodeship }])),
  };
}

function bySlug(rows: Iterable<NamedRow>, slug: string): number | null {
  for (const row of rows) if (row.slug === slug) return row.id;
  return null;
}

/** The facet index's key of a public value, or null when the registry does not know the value. */
function internalKey(facet: FacetName, value: string, vocabulary: Vocabulary, store: DocStore): FacetKey | null {
  switch (facet) {
    case 'programme':
      return bySlug(vocabulary.programmes.values(), value);
    case 'topic':
      return bySlug(vocabulary.topics.values(), value);
    case 'beneficiary':
      return bySlug(vocabulary.beneficiaries.values(), value);
    case 'fund':
      return isOneOf(FUNDS, value) ? value : null;
    case 'period':
      return isOneOf(PROGRAMMING_PERIODS, value) ? value : null;
    case 'status':
      return isOneOf(PROJECT_STATUSES, value) ? value : null;
    case 'category':
      return isOneOf(PROJECT_CATEGORIES, value) ? value : null;
    case 'voivodeship':
      return VOIVODESHIP_BY_KEY.has(value) ? value : null;
    case 'municipality':
      return vocabulary.municipalities.has(value) || store.dictionaries.municipality.find(value) > 0 ? value : null;
    case 'partnerCountry':
      return /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : null;
    case 'startYear': {
      const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
      return year >= MIN_START_YEAR && year <= MAX_START_YEAR ? year : null;
    }
    case 'valueRange':
    case 'cofinancingRange':
      return RANGE_KEYS.has(value) ? value : null;
  }
}

/**
 * Turns chosen public values into engine filters. Unknown values are dropped and reported;
 * a known value no published project has still filters (to nothing), as the person asked.
 */
export function resolveFilters(filters: FacetFilters, vocabulary: Vocabulary, store: DocStore): ResolvedFilters {
  const engineFilters: EngineFilter[] = [];
  const alwaysReport: Partial<Record<FacetName, number[]>> = {};
  const chosen: Partial<Record<FacetName, string[]>> = {};
  const unknown: { facet: FacetName; value: string }[] = [];
  for (const facet of FACETS) {
    const values = [...new Set(filters[facet] ?? [])];
    if (values.length === 0) continue;
    const dictionary = store.dictionaries[facet];
    const marks = new Uint8Array(dictionary.size + 1);
    const numbers: number[] = [];
    const understood: string[] = [];
    for (const value of values.slice(0, MAX_VALUES_PER_FACET)) {
      const key = internalKey(facet, value, vocabulary, store);
      if (key === null) {
        unknown.push({ facet, value });
        continue;
      }
      understood.push(facet === 'partnerCountry' ? String(key) : value);
      const number = dictionary.find(key);
      if (number > 0) {
        marks[number] = 1;
        numbers.push(number);
      }
    }
    for (const value of values.slice(MAX_VALUES_PER_FACET)) unknown.push({ facet, value });
    if (understood.length === 0) continue;
    engineFilters.push({ facet, chosen: marks });
    alwaysReport[facet] = numbers;
    chosen[facet] = understood;
  }
  return { filters: engineFilters, alwaysReport, chosen, unknown };
}

/** Beneficiary and municipality names for the values a page will show. */
export async function completeVocabulary(
  db: SpojniaDb,
  vocabulary: Vocabulary,
  facets: Partial<Record<FacetName, EngineFacet>>,
  store: DocStore,
): Promise<void> {
  const keysOf = (facet: FacetName) =>
    (facets[facet]?.values ?? []).map((entry) => store.dictionaries[facet].keyOf(entry.value));
  const beneficiaryIds = keysOf('beneficiary').filter(
    (key): key is number => typeof key === 'number' && !vocabulary.beneficiaries.has(key),
  );
  const municipalityKeys = keysOf('municipality').filter(
    (key): key is string => typeof key === 'string' && !vocabulary.municipalities.has(key),
  );
  const [beneficiaries, municipalities] = await Promise.all([
    beneficiaryIds.length === 0
      ? []
      : db.selectFrom('organisations').select(['id', 'slug', 'name']).where('id', 'in', beneficiaryIds).execute(),
    municipalityKeys.length === 0
      ? []
      : db
          .selectFrom('search_municipalities')
          .select(['key', 'name', 'voivodeship'])
          .where('key', 'in', municipalityKeys)
          .execute(),
  ]);
  for (const row of beneficiaries) {
    vocabulary.beneficiaries.set(row.id, { id: row.id, slug: row.slug, name: row.name, nameEn: null, detail: null });
  }
  for (const row of municipalities)
    vocabulary.municipalities.set(row.key, { name: row.name, voivodeship: row.voivodeship });
}

/** The engine's counts with public keys and names; chosen values no project has are listed with 0. */
export function presentFacets(
  facets: Partial<Record<FacetName, EngineFacet>>,
  resolved: ResolvedFilters,
  vocabulary: Vocabulary,
  store: DocStore,
): FacetCounts[] {
  return FACETS.flatMap((facet) => {
    const counted = facets[facet];
    if (!counted) return [];
    const chosen = new Set(resolved.chosen[facet] ?? []);
    const values: FacetValueCount[] = [];
    for (const entry of counted.values) {
      const value = describe(facet, store.dictionaries[facet].keyOf(entry.value), vocabulary);
      if (value) values.push({ ...value, count: entry.count, selected: chosen.has(value.key) });
    }
    for (const key of chosen) {
      if (values.some((value) => value.key === key)) continue;
      const value = describeChosen(facet, key, vocabulary);
      values.push({ ...value, count: 0, selected: true });
    }
    return [{ facet, values, distinct: counted.distinct, approximate: counted.approximate }];
  });
}

type Described = Omit<FacetValueCount, 'count' | 'selected'>;

function describe(facet: FacetName, key: FacetKey | undefined, vocabulary: Vocabulary): Described | null {
  if (key === undefined) return null;
  const named = (row: NamedRow | undefined): Described | null =>
    row ? { key: row.slug, name: row.name, nameEn: row.nameEn, detail: row.detail } : null;
  switch (facet) {
    case 'programme':
      return named(vocabulary.programmes.get(Number(key)));
    case 'topic':
      return named(vocabulary.topics.get(Number(key)));
    case 'beneficiary':
      return named(vocabulary.beneficiaries.get(Number(key)));
    case 'municipality': {
      const municipality = vocabulary.municipalities.get(String(key));
      return {
        key: String(key),
        name: municipality?.name ?? String(key),
        nameEn: null,
        detail: municipality?.voivodeship ?? null,
      };
    }
    default:
      return { key: String(key), name: null, nameEn: null, detail: null };
  }
}

function describeChosen(facet: FacetName, key: string, vocabulary: Vocabulary): Described {
  const row = (rows: Iterable<NamedRow>) => {
    for (const candidate of rows) if (candidate.slug === key) return candidate;
    return undefined;
  };
  const found =
    facet === 'programme'
      ? row(vocabulary.programmes.values())
      : facet === 'topic'
        ? row(vocabulary.topics.values())
        : facet === 'beneficiary'
          ? row(vocabulary.beneficiaries.values())
          : undefined;
  if (found) return { key, name: found.name, nameEn: found.nameEn, detail: found.detail };
  if (facet === 'municipality') {
    const municipality = vocabulary.municipalities.get(key);
    return { key, name: municipality?.name ?? key, nameEn: null, detail: municipality?.voivodeship ?? null };
  }
  return { key, name: null, nameEn: null, detail: null };
}

/** A facet value of the index (its number) with its public key and names; null when the registry no longer has it. */
export function describeFacetValue(
  facet: FacetName,
  value: number,
  vocabulary: Vocabulary,
  store: DocStore,
): Omit<FacetValueCount, 'count' | 'selected'> | null {
  return describe(facet, store.dictionaries[facet].keyOf(value), vocabulary);
}

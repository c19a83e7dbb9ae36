import { z } from 'zod';
import { FACETS, type FacetFilters, type FacetName } from '../domain/search-facets.js';
import type { SearchOutcome } from '../services/search/search-projects.js';
import type { QueryRecord } from './paths.js';

/**
 * Names of the project search's query parameters. They are the same under every language of
 * the pages, so a link keeps working when the reader switches language.
 */
export const SEARCH_PARAMS = {
  q: 'q',
  sort: 'sortuj',
  cursor: 'po',
  more: 'wiecej',
  programme: 'program',
  fund: 'fundusz',
  period: 'okres',
  topic: 'temat',
  status: 'status',
  category: 'kategoria',
  voivodeship: 'wojewodztwo',
  municipality: 'gmina',
  beneficiary: 'beneficjent',
  partnerCountry: 'kraj-partnera',
  startYear: 'rok-rozpoczecia',
  valueRange: 'wartosc',
  cofinancingRange: 'dofinansowanie',
} as const satisfies Record<FacetName | 'q' | 'sort' | 'cursor' | 'more', string>;

/** A query string parameter as Fastify hands it over: absent, once, or repeated. */
const raw = z.union([z.string(), z.array(z.string())]).optional();
const first = raw.transform((value) => (Array.isArray(value) ? value[0] : value));
/** Every value of a repeated or comma-separated parameter, trimmed, empty ones dropped. */
const list = raw.transform((value) =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value])
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

/**
 * The search page's query. It accepts anything a browser can send: what cannot be used is
 * cleaned later and reported on the page, never refused.
 */
const searchQuerySchema = z.object({
  [SEARCH_PARAMS.q]: first,
  [SEARCH_PARAMS.sort]: first,
  [SEARCH_PARAMS.cursor]: first,
  [SEARCH_PARAMS.more]: first,
  ...Object.fromEntries(FACETS.map((facet) => [SEARCH_PARAMS[facet], list])),
});

export interface SearchState {
  readonly q: string | undefined;
  readonly sort: string | undefined;
  readonly cursor: string | undefined;
  readonly filters: FacetFilters;
  /** The facet the reader asked to see in full. */
  readonly more: FacetName | null;
}

export function parseSearchState(query: unknown): SearchState {
  const parsed = searchQuerySchema.safeParse(typeof query === 'object' && query !== null ? query : {});
  const values = (parsed.success ? parsed.data : {}) as Record<string, string | string[] | undefined>;
  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const filters: Partial<Record<FacetName, readonly string[]>> = {};
  for (const facet of FACETS) {
    const chosen = values[SEARCH_PARAMS[facet]];
    if (Array.isArray(chosen) && chosen.length > 0) filters[facet] = chosen;
  }
  const more = text(SEARCH_PARAMS.more);
  return {
    q: text(SEARCH_PARAMS.q),
    sort: text(SEARCH_PARAMS.sort),
    cursor: text(SEARCH_PARAMS.cursor),
    filters,
    more: FACETS.find((facet) => facet === more) ?? null,
  };
}

/** The chosen (and understood) values of every facet, as the search reported them. */
export function chosenFilters(outcome: SearchOutcome): Record<FacetName, string[]> {
  return Object.fromEntries(FACETS.map((facet) => [facet, [...(outcome.chosen[facet] ?? [])]])) as Record<
    FacetName,
    string[]
  >;
}

export interface LinkChanges {
  readonly toggle?: { facet: FacetName; key: string };
  readonly remove?: { facet: FacetName; key: string };
  readonly clearFilters?: boolean;
  readonly cursor?: string | null;
  readonly more?: FacetName | null;
}

/**
 * The query of a link from this search: the same words, sort and understood filters (what
 * was ignored is not carried on), then the changes; every change starts from the first page.
 */
export function searchLinkQuery(outcome: SearchOutcome, state: SearchState, changes: LinkChanges = {}): QueryRecord {
  const chosen = chosenFilters(outcome);
  const query: Record<string, string | string[] | undefined> = {
    [SEARCH_PARAMS.q]: outcome.query.text || undefined,
  };
  for (const facet of FACETS) {
    let values = changes.clearFilters ? [] : chosen[facet];
    if (changes.toggle?.facet === facet) {
      const { key } = changes.toggle;
      values = values.includes(key) ? values.filter((value) => value !== key) : [...values, key];
    }
    if (changes.remove?.facet === facet) values = values.filter((value) => value !== changes.remove?.key);
    query[SEARCH_PARAMS[facet]] = values;
  }
  if (state.sort !== undefined && state.sort === outcome.sort) query[SEARCH_PARAMS.sort] = outcome.sort;
  const more = changes.more === undefined ? state.more : changes.more;
  if (more) query[SEARCH_PARAMS.more] = more;
  if (changes.cursor) query[SEARCH_PARAMS.cursor] = changes.cursor;
  return query;
}

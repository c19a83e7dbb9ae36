import type { ProjectSummary } from '../../domain/project.js';
import { type FacetFilters, type FacetName, SORT_ORDERS, type SortOrder } from '../../domain/search-facets.js';
import { isEmptyQuery, type ParsedQuery, parseQuery } from '../../domain/search-query.js';
import { hasMatch, highlightText, snippetAround, type TextSegment } from '../../domain/search-snippet.js';
import { plainTextOf } from '../../domain/search-text.js';
import type { SpojniaDb } from '../../storage/database.js';
import {
  type FacetCounts,
  querySearchIndex,
  type SearchHit,
  type SearchPage,
} from '../../storage/search/search-projects.js';
import { orderFacets } from './order-facets.js';
import type { SearchNote } from './search-notes.js';

export type { FacetCounts, FacetValueCount } from '../../storage/search/search-projects.js';
export type { SearchNote } from './search-notes.js';

/** A search as typed into a page or an API call: raw text, nothing trusted yet. */
export interface SearchInput {
  readonly q?: string;
  readonly filters: FacetFilters;
  readonly sort?: string;
  readonly cursor?: string;
  readonly pageSize: number;
  /** Values listed per facet; 0 for no facet counts. */
  readonly facetLimit: number;
  /** A facet to list in full (up to `EXPANDED_FACET_LIMIT` values). */
  readonly expandedFacet?: FacetName | null;
  /** Sum the money of all results per currency in `totals` (otherwise left empty). */
  readonly withTotals?: boolean;
}

/** Values listed for a facet the reader asked to see more of. */
export const EXPANDED_FACET_LIMIT = 100;

export interface SearchResult {
  readonly project: ProjectSummary;
  /** The title with the matched words marked. */
  readonly title: readonly TextSegment[];
  /** The summary, or a passage of the description where the query matched, with matches marked. */
  readonly snippet: readonly TextSegment[];
}

export interface SearchOutcome {
  readonly query: ParsedQuery;
  readonly sort: SortOrder;
  readonly results: readonly SearchResult[];
  readonly total: number;
  readonly totalIsExact: boolean;
  readonly nextCursor: string | null;
  /** True when this is not the first page. */
  readonly isContinuation: boolean;
  readonly facets: readonly FacetCounts[];
  /** The chosen facet values that were understood; unknown ones are in `notes`. */
  readonly chosen: FacetFilters;
  readonly totals: SearchPage['totals'];
  readonly notes: readonly SearchNote[];
}

/** Relevance when there is something to be relevant to; otherwise the newest projects first. */
export function defaultSort(query: ParsedQuery): SortOrder {
  return query.required.length > 0 ? 'relevance' : 'start-desc';
}

/**
 * Searches published projects by words and facets. Never fails on what was typed: anything
 * unusable is cleaned away and listed in `notes`.
 * @example await searchProjects(db, { q: 'żłobek -remont', filters: { voivodeship: ['lodzkie'] }, pageSize: 20, facetLimit: 10 })
 */
export async function searchProjects(db: SpojniaDb, input: SearchInput): Promise<SearchOutcome> {
  const query = parseQuery(input.q ?? '');
  const notes: SearchNote[] = [...query.ignored];
  const sort = chooseSort(input.sort, query, notes);
  const cursor = input.cursor === undefined || input.cursor === '' ? null : input.cursor;
  const page = await querySearchIndex(db, {
    query,
    filters: input.filters,
    sort,
    cursor,
    pageSize: input.pageSize,
    facetLimit: input.facetLimit,
    facetLimits: input.expandedFacet ? { [input.expandedFacet]: EXPANDED_FACET_LIMIT } : undefined,
    withTotals: input.withTotals ?? false,
  });
  for (const { facet, value } of page.unknownValues) {
    notes.push({ code: 'unknown_facet_value', facet, value: value.length > 80 ? `${value.slice(0, 80)}…` : value });
  }
  if (page.invalidCursor) notes.push({ code: 'invalid_cursor' });
  return {
    query,
    sort,
    results: page.hits.map((hit) => toResult(hit, query)),
    total: page.total,
    totalIsExact: page.totalIsExact,
    nextCursor: page.nextCursor,
    isContinuation: cursor !== null && !page.invalidCursor,
    facets: orderFacets(page.facets),
    chosen: page.chosen,
    totals: page.totals,
    notes,
  };
}

function chooseSort(requested: string | undefined, query: ParsedQuery, notes: SearchNote[]): SortOrder {
  const fallback = defaultSort(query);
  if (requested === undefined || requested === '') return fallback;
  if (!(SORT_ORDERS as readonly string[]).includes(requested)) {
    notes.push({ code: 'unknown_sort', value: requested.slice(0, 50) });
    return fallback;
  }
  // Relevance without words to match would be an arbitrary order.
  return requested === 'relevance' && query.required.length === 0 ? fallback : (requested as SortOrder);
}

function toResult(hit: SearchHit, query: ParsedQuery): SearchResult {
  const { project } = hit;
  if (isEmptyQuery(query) || query.required.length === 0) {
    return { project, title: [{ text: project.title, isMatch: false }], snippet: plain(project.summary) };
  }
  const snippet = hasMatch(project.summary, query)
    ? highlightText(project.summary, query)
    : (snippetAround(plainTextOf(hit.description), query) ?? plain(project.summary));
  return { project, title: highlightText(project.title, query), snippet };
}

function plain(text: string): TextSegment[] {
  return text === '' ? [] : [{ text, isMatch: false }];
}

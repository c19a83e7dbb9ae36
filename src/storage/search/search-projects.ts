import type { Currency } from '../../domain/money.js';
import type { SortOrder } from '../../domain/search-facets.js';
import type { SpojniaDb } from '../database.js';
import { findProjectSummariesByIds } from '../repositories/project-list.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { searchEngineFor } from './engines.js';
import type { SortKeyName } from './facet-engine/doc-store.js';
import { type EngineSort, runSearch } from './facet-engine/run-search.js';
import type { SearchPage, SearchRequest, SearchTotals } from './search-contract.js';
import { completeVocabulary, loadVocabulary, presentFacets, resolveFilters } from './search-vocabulary.js';

export type { FacetCounts, FacetValueCount, SearchHit, SearchPage, SearchRequest } from './search-contract.js';

export const SORTS: Readonly<Record<SortOrder, EngineSort>> = {
  relevance: { key: 'relevance', descending: false },
  'start-desc': { key: 'start', descending: true },
  'start-asc': { key: 'start', descending: false },
  'end-desc': { key: 'end', descending: true },
  'end-asc': { key: 'end', descending: false },
  'value-desc': { key: 'value', descending: true },
  'value-asc': { key: 'value', descending: false },
  'cofinancing-desc': { key: 'cofinancing', descending: true },
  'cofinancing-asc': { key: 'cofinancing', descending: false },
  'title-asc': { key: 'title', descending: false },
  'title-desc': { key: 'title', descending: true },
};

export const SORT_KEYS: Readonly<Record<SortOrder, SortKeyName | 'relevance'>> = Object.fromEntries(
  Object.entries(SORTS).map(([order, sort]) => [order, sort.key]),
) as Record<SortOrder, SortKeyName | 'relevance'>;

/**
 * Full-text and faceted search over published projects: one page of results after the
 * cursor, the exact number of all results, facet counts and sums per currency. Drafts and
 * archived projects are never in the index.
 */
export async function querySearchIndex(db: SpojniaDb, request: SearchRequest): Promise<SearchPage> {
  const engine = await searchEngineFor(db);
  const store = await engine.ready();
  const vocabulary = await loadVocabulary(db, request.filters, engine.changeToken());
  const resolved = resolveFilters(request.filters, vocabulary, store);
  const candidates = await engine.matchText(request.query, store);
  const after = request.cursor === null ? null : decodeCursor(request.cursor, request.sort);
  const offset = Math.max(0, request.offset ?? 0);
  const result = runSearch(store, {
    candidates,
    filters: resolved.filters,
    sort: SORTS[request.sort],
    after,
    pageSize: request.pageSize + offset,
    facetLimit: request.facetLimit,
    facetLimits: request.facetLimits,
    withTotals: request.withTotals ?? false,
    alwaysReport: resolved.alwaysReport,
  });
  const page = result.page.slice(offset, offset + request.pageSize);
  const last = page[page.length - 1];
  const [found] = await Promise.all([
    findProjectSummariesByIds(
      db,
      page.map((position) => position.id),
    ),
    completeVocabulary(db, vocabulary, result.facets, store),
  ]);
  return {
    hits: found.map(({ summary, description }) => ({ project: summary, description })),
    total: result.total,
    totalIsExact: true,
    nextCursor: result.page.length > offset + request.pageSize && last ? encodeCursor(request.sort, last) : null,
    facets: presentFacets(result.facets, resolved, vocabulary, store),
    totals: toTotals(result.totals),
    chosen: resolved.chosen,
    unknownValues: resolved.unknown,
    invalidCursor: request.cursor !== null && after === null,
  };
}

function toTotals(totals: ReturnType<typeof runSearch>['totals']): SearchTotals {
  return {
    count: totals.reduce((sum, line) => sum + line.count, 0),
    byCurrency: totals.map((line) => {
      const currency: Currency = line.currency;
      return {
        currency,
        count: line.count,
        totalValue: { amount: line.totalValue, currency },
        cofinancing: { amount: line.cofinancing, currency },
      };
    }),
  };
}

import type { FacetFilters, FacetName, SortOrder } from '../../domain/search-facets.js';
import type { ParsedQuery } from '../../domain/search-query.js';
import type { SpojniaDb } from '../database.js';
import { searchEngineFor } from './engines.js';
import type { Bitset } from './facet-engine/bitset.js';
import type { DocStore } from './facet-engine/doc-store.js';
import { orderedResults } from './facet-engine/ordered-results.js';
import { resultSet } from './facet-engine/run-search.js';
import { SORTS } from './search-projects.js';
import { loadVocabulary, type ResolvedFilters, resolveFilters, type Vocabulary } from './search-vocabulary.js';

/** Words and facets of a search, already parsed: what whole-result work (exports, statistics) needs. */
export interface ResultSetRequest {
  readonly query: ParsedQuery;
  readonly filters: FacetFilters;
}

/** Every result of a search as the facet index holds it, with what the filters meant. */
export interface ResultSet {
  readonly store: DocStore;
  readonly passing: Bitset;
  readonly resolved: ResolvedFilters;
  readonly vocabulary: Vocabulary;
  /** Changes whenever committed data may have changed. */
  readonly changeToken: number;
  readonly order: (sort: SortOrder) => Int32Array;
}

/** The whole result of a search, exactly the projects its pages would list (published only). */
export async function findResultSet(db: SpojniaDb, request: ResultSetRequest): Promise<ResultSet> {
  const engine = await searchEngineFor(db);
  const store = await engine.ready();
  const changeToken = engine.changeToken();
  const vocabulary = await loadVocabulary(db, request.filters, changeToken);
  const resolved = resolveFilters(request.filters, vocabulary, store);
  const candidates = await engine.matchText(request.query, store);
  const passing = resultSet(store, candidates, resolved.filters);
  return {
    store,
    passing,
    resolved,
    vocabulary,
    changeToken,
    order: (sort) => orderedResults(store, passing, candidates, SORTS[sort]),
  };
}

export interface ResultIds {
  /** Project ids in the search's order. */
  readonly ids: Int32Array;
  readonly chosen: Partial<Record<FacetName, readonly string[]>>;
  readonly unknownValues: readonly { facet: FacetName; value: string }[];
}

/**
 * The ids of every result of a search, in its order, for walking the whole result a batch at
 * a time (an export). A snapshot: projects unpublished meanwhile must be skipped by the reader.
 */
export async function findSearchResultIds(
  db: SpojniaDb,
  request: ResultSetRequest & { readonly sort: SortOrder },
): Promise<ResultIds> {
  const set = await findResultSet(db, request);
  return { ids: set.order(request.sort), chosen: set.resolved.chosen, unknownValues: set.resolved.unknown };
}

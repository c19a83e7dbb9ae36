import type { FacetFilters, FacetName } from '../../domain/search-facets.js';
import { type ParsedQuery, parseQuery } from '../../domain/search-query.js';
import type { SpojniaDb } from '../../storage/database.js';
import { computeSearchStats, type SearchStats } from '../../storage/search/search-stats.js';
import type { SearchNote } from '../search/search-notes.js';

export type { CurrencyStats, FacetStats, GroupStats } from '../../storage/search/search-stats.js';

export interface StatsInput {
  readonly q?: string;
  readonly filters: FacetFilters;
  readonly groupBy: readonly FacetName[];
  readonly groupLimit: number;
}

export interface ProjectStats extends SearchStats {
  readonly query: ParsedQuery;
  readonly notes: readonly SearchNote[];
}

/**
 * Counts and money (total value, co-financing, EU contribution) of every project a search
 * finds, per currency, overall and by facet value: the numbers behind a dashboard. Same
 * words and facets as the search; never fails on what was typed.
 * @example await getProjectStats(db, { filters: { voivodeship: ['podlaskie'] }, groupBy: ['programme'], groupLimit: 20 })
 */
export async function getProjectStats(db: SpojniaDb, input: StatsInput): Promise<ProjectStats> {
  const query = parseQuery(input.q ?? '');
  const stats = await computeSearchStats(db, {
    query,
    filters: input.filters,
    groupBy: input.groupBy,
    groupLimit: input.groupLimit,
  });
  const notes: SearchNote[] = [...query.ignored];
  for (const { facet, value } of stats.unknownValues) {
    notes.push({ code: 'unknown_facet_value', facet, value: value.length > 80 ? `${value.slice(0, 80)}…` : value });
  }
  return { ...stats, query, notes };
}

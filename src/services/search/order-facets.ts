import { PROGRAMMING_PERIODS, PROJECT_CATEGORIES, PROJECT_STATUSES } from '../../domain/codes.js';
import { type FacetName, MONEY_RANGES } from '../../domain/search-facets.js';
import type { FacetCounts } from '../../storage/search/search-projects.js';

/** Facets whose values read best in their own order rather than by count. */
const NATURAL_ORDER: Partial<Record<FacetName, readonly string[]>> = {
  status: PROJECT_STATUSES,
  category: PROJECT_CATEGORIES,
  period: [...PROGRAMMING_PERIODS].reverse(),
  valueRange: MONEY_RANGES.map((range) => range.key),
  cofinancingRange: MONEY_RANGES.map((range) => range.key),
};

/**
 * Code lists in their own order (statuses as a project goes through them, money ranges from
 * small to large, newest period and year first); everything else by count, most first.
 */
export function orderFacets(facets: readonly FacetCounts[]): FacetCounts[] {
  return facets.map((facet) => {
    const order = NATURAL_ORDER[facet.facet];
    const values = [...facet.values];
    if (order) values.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
    else if (facet.facet === 'startYear') values.sort((a, b) => Number(b.key) - Number(a.key));
    else values.sort((a, b) => b.count - a.count);
    return { ...facet, values };
  });
}

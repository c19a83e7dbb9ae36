import type { Currency, Money } from '../../domain/money.js';
import type { ProjectSummary } from '../../domain/project.js';
import type { FacetFilters, FacetName, SortOrder } from '../../domain/search-facets.js';
import type { ParsedQuery } from '../../domain/search-query.js';

/** A search as storage answers it: every part already parsed and cleaned by the caller. */
export interface SearchRequest {
  readonly query: ParsedQuery;
  /** Facet values by their public keys (slugs, codes); unknown ones are reported, not fatal. */
  readonly filters: FacetFilters;
  /** Already resolved: relevance only when the query has required words. */
  readonly sort: SortOrder;
  /** Opaque position from a previous page's `nextCursor`; a bad one is ignored and reported. */
  readonly cursor: string | null;
  readonly pageSize: number;
  /** Values per facet; 0 for no facet counts. */
  readonly facetLimit: number;
  /** Facets that list more (or fewer) values than `facetLimit`. */
  readonly facetLimits?: Partial<Record<FacetName, number>>;
  /** Sum the money of all results per currency (an extra pass over them). */
  readonly withTotals?: boolean;
  /** Results to skip before the page, for listings numbered by page (without a cursor). */
  readonly offset?: number;
}

export interface FacetValueCount {
  /** The value as it goes in a URL: a slug, a code, a year. */
  readonly key: string;
  readonly count: number;
  readonly selected: boolean;
  /** Name from the registry for data-driven facets (programme, topic, beneficiary, municipality); null for code lists. */
  readonly name: string | null;
  /** English name where the registry has one (topics, programmes). */
  readonly nameEn: string | null;
  /** What tells two same-named values apart, e.g. a municipality's voivodeship. */
  readonly detail: string | null;
}

export interface FacetCounts {
  readonly facet: FacetName;
  readonly values: readonly FacetValueCount[];
  /** Values with at least one result; more than `values` when only the most frequent are listed. */
  readonly distinct: number;
  /** True when the counts were estimated from a sample (very large result sets). */
  readonly approximate: boolean;
}

export interface SearchHit {
  readonly project: ProjectSummary;
  /** Rich text of the description, for a snippet around the match. */
  readonly description: string;
}

export interface SearchTotals {
  readonly count: number;
  readonly byCurrency: readonly { currency: Currency; count: number; totalValue: Money; cofinancing: Money }[];
}

export interface SearchPage {
  readonly hits: readonly SearchHit[];
  readonly total: number;
  /** False when the engine estimated the total instead of counting (engines that cannot count cheaply). */
  readonly totalIsExact: boolean;
  readonly nextCursor: string | null;
  readonly facets: readonly FacetCounts[];
  /** Count and sums per currency of every result. */
  readonly totals: SearchTotals;
  /** The chosen facet values that were understood, by facet (what links to this search should carry). */
  readonly chosen: FacetFilters;
  readonly unknownValues: readonly { facet: FacetName; value: string }[];
  readonly invalidCursor: boolean;
}

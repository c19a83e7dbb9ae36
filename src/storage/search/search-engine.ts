import type { ParsedQuery } from '../../domain/search-query.js';
import type { DocStore } from './facet-engine/doc-store.js';
import type { Candidates } from './facet-engine/run-search.js';

/**
 * What a search provider does for one database: keep the in-memory facet index (a DocStore)
 * in step with the database, and answer full-text matches. Facet counting, filtering and
 * sorting are engine-neutral (facet-engine/), so a PostgreSQL provider implements only this.
 */
export interface SearchEngine {
  /** The facet index once it reflects every committed change (loads it on first use). */
  ready(): Promise<DocStore>;
  /**
   * Published projects whose text matches the query, ascending ids, with relevance scores
   * (lower is better) when the query has required words. A query of only excluded words
   * matches every project without them.
   */
  matchText(query: ParsedQuery, store: DocStore): Promise<Candidates>;
  /** A number that changes whenever committed data may have changed (any writer, any process). */
  changeToken(): number;
  close(): void;
}

import type { SpojniaDb } from '../database.js';
import type { SearchEngine } from './search-engine.js';
import type { TextIndexWriter } from './text-index-writer.js';

/**
 * Everything engine-specific about search, for one database engine: how the full-text half
 * of the index is written (in the writer's own transaction) and how searches are answered.
 * The facet index, filters, counts, sorting and paging are shared (facet-engine/), as are the
 * tables `search_documents`, `search_municipalities` and `search_changes`.
 */
export interface SearchProvider {
  readonly textIndex: TextIndexWriter;
  /** The engine of one database handle; opened once per handle and kept for the process. */
  openEngine(db: SpojniaDb): Promise<SearchEngine>;
}

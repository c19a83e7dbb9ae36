import type { SpojniaDb } from '../database.js';
import type { SearchText } from './search-document.js';

/** The engine-specific half of writing the index: the full-text part. */
export interface TextIndexWriter {
  /** Takes these projects out of the text index (absent ones are ignored). */
  remove(db: SpojniaDb, projectIds: readonly number[]): Promise<void>;
  /** Adds projects that are not in the text index. */
  add(db: SpojniaDb, entries: readonly { projectId: number; text: SearchText }[]): Promise<void>;
}

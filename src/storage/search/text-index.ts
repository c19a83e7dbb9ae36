import type { SpojniaDb } from '../database.js';
import { searchProviderFor } from './search-providers.js';
import type { TextIndexWriter } from './text-index-writer.js';

/** The full-text writer of this handle's engine. */
export function textIndexWriterFor(db: SpojniaDb): TextIndexWriter {
  return searchProviderFor(db).textIndex;
}

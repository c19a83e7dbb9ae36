import type { SpojniaDb } from '../database.js';
import { dialectOf } from '../dialect.js';
import { sqliteTextIndex } from './sqlite/sqlite-text-index.js';
import type { TextIndexWriter } from './text-index-writer.js';

/** Until the PostgreSQL provider brings its tsvector index, the text part is not written there. */
const noTextIndex: TextIndexWriter = {
  async remove() {},
  async add() {},
};

/** The full-text writer of this handle's engine. */
export function textIndexWriterFor(db: SpojniaDb): TextIndexWriter {
  return dialectOf(db) === 'sqlite' ? sqliteTextIndex : noTextIndex;
}

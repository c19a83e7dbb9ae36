import type { RawSource } from '../incoming.js';
import type { ReadEvent } from './read-source.js';

/**
 * A file being read for an import. Rows come without their raw cells when the reader
 * keeps them (a worker thread does, to send less): `rawRows` gives them back for rows the
 * writer rejects.
 */
export interface SourceReader {
  readonly events: AsyncIterable<ReadEvent>;
  rawRows(rows: readonly number[]): Promise<Map<number, RawSource>>;
}

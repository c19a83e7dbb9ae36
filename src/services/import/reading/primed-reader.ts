import type { ReadEvent } from './read-source.js';
import type { SourceReader } from './source-reader.js';

/** A reader whose first event is already read, and that can be stopped before it is used up. */
export interface PrimedReader extends SourceReader {
  /** Stops the reading (and its worker) if it has not ended; harmless after the end. */
  stop(): Promise<void>;
}

/**
 * Reads the first event (the header, or the first rows) before the import's transaction
 * begins: starting a worker and parsing the head of a file can take a moment, and on SQLite
 * the transaction holds the registry's write lock, which editors' saves wait for.
 */
export async function primeReader(reader: SourceReader): Promise<PrimedReader> {
  const iterator = reader.events[Symbol.asyncIterator]();
  const first = await iterator.next();
  let ended = first.done === true;
  async function* events(): AsyncGenerator<ReadEvent> {
    try {
      if (first.done) return;
      yield first.value;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      ended = true;
      await iterator.return?.();
    }
  }
  return {
    events: events(),
    rawRows: (rows) => reader.rawRows(rows),
    async stop() {
      if (ended) return;
      ended = true;
      await iterator.return?.();
    },
  };
}

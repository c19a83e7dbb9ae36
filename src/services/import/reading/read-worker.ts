import { parentPort, workerData } from 'node:worker_threads';
import { Credits } from '../../threads/credits.js';
import { ImportError } from '../import-error.js';
import type { RawSource } from '../incoming.js';
import { type ReadRequest, readSource } from './read-source.js';

/** Batches read ahead of the writer at most; beyond it the reader waits. */
const AHEAD = 2;
/**
 * Rows whose cells the reader keeps after sending them without: far more than can be
 * between reading and writing (a few batches and a chunk), so the writer can always ask.
 */
const KEPT_ROWS = 4096;

type Request = { type: 'more' } | { type: 'raw'; id: number; rows: number[] };

/**
 * The worker thread that reads a file for an import (parsing CSV or XLSX and reading each
 * row costs as much as writing it), so the main thread only writes. It posts rows without
 * their raw cells, keeps those of recent rows, and waits for the writer to ask for more.
 */
async function main(port: NonNullable<typeof parentPort>, request: ReadRequest) {
  const credits = new Credits(AHEAD);
  // Kept as one JSON string per row: one flat string is far cheaper for the garbage
  // collector to keep and let go of than a row's many small cells.
  const kept = new Map<number, string>();
  port.on('message', (message: Request) => {
    if (message.type === 'raw') {
      const rows = message.rows.flatMap((row): [number, RawSource][] => {
        const raw = kept.get(row);
        return raw ? [[row, JSON.parse(raw) as RawSource]] : [];
      });
      port.postMessage({ type: 'raw', id: message.id, rows });
      return;
    }
    credits.give();
  });
  try {
    for await (const event of readSource(request)) {
      await credits.take();
      if (event.type === 'rows') {
        for (const row of event.incoming) {
          if (row.raw) kept.set(row.row, JSON.stringify(row.raw));
          row.raw = undefined;
        }
        for (const row of kept.keys()) {
          if (kept.size <= KEPT_ROWS) break;
          kept.delete(row);
        }
      }
      port.postMessage(event);
    }
    port.postMessage({ type: 'end' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failure = error instanceof ImportError ? error.failure : null;
    port.postMessage({ type: 'failed', message, failure });
  }
}

if (parentPort) void main(parentPort, workerData as ReadRequest);

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ExportRow } from '../export-row.js';

/** What an export says about itself where the format has room (JSON, GeoJSON, XLSX). */
export interface ExportHeading {
  readonly exportedAt: string;
  /** The search exported, as the API would take it. */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
}

/** Writes one format: batches of rows as they are read, then whatever closes the file. */
export interface ResultWriter {
  /** Resolves when the output can take more (backpressure). */
  writeBatch(rows: readonly ExportRow[]): Promise<void>;
  /** Finishes the file (does not end the output stream itself unless the format must). */
  finish(): Promise<void>;
}

/**
 * Resolves when the output drains; fails when it closes first (a download cancelled), so an
 * export never waits forever for a reader that is gone.
 */
export async function drained(output: Writable): Promise<void> {
  if (output.destroyed) throw new Error('The output was closed before the export finished');
  const controller = new AbortController();
  try {
    await Promise.race([
      once(output, 'drain', { signal: controller.signal }),
      once(output, 'close', { signal: controller.signal }).then(() => {
        throw new Error('The output was closed before the export finished');
      }),
    ]);
  } finally {
    controller.abort();
  }
}

/** Writes text and waits while the output's buffer is full. */
export function textSink(output: Writable): (text: string) => Promise<void> {
  return async (text) => {
    if (text === '') return;
    if (output.destroyed) throw new Error('The output was closed before the export finished');
    if (!output.write(text)) await drained(output);
  };
}

import type { Writable } from 'node:stream';
import type { ExportRow } from '../export-row.js';
import { DATA_LICENCE } from '../licence.js';
import { type ExportHeading, type ResultWriter, textSink } from './result-writer.js';

/**
 * One JSON document: the licence, when and what was exported, then `projects` (one per line,
 * written as they come) and their `count` at the end.
 */
export function createJsonWriter(output: Writable, heading: ExportHeading): ResultWriter {
  const write = textSink(output);
  let count = 0;
  const opening = JSON.stringify({ licence: DATA_LICENCE, ...heading }).slice(0, -1);
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await write(`${opening},"projects":[`);
  };
  return {
    async writeBatch(rows: readonly ExportRow[]) {
      await start();
      const lines = rows.map((row, index) => `${count + index === 0 ? '' : ','}\n${JSON.stringify(row)}`);
      count += rows.length;
      await write(lines.join(''));
    },
    async finish() {
      await start();
      await write(`\n],"count":${count}}\n`);
    },
  };
}

/** NDJSON: one project per line and nothing else, so every line parses on its own. */
export function createNdjsonWriter(output: Writable): ResultWriter {
  const write = textSink(output);
  return {
    async writeBatch(rows: readonly ExportRow[]) {
      await write(rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
    },
    async finish() {},
  };
}

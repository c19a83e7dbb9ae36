import { createReadStream } from 'node:fs';
import type { Duplex, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportError } from '../import-error.js';
import type { RawRow } from '../tabular/row-cells.js';
import { iconv, type TextEncoding } from './text-encoding.js';
import { Utf8Check } from './utf8-check.js';

const BATCH = 256;
const DELIMITERS = [';', ',', '\t', '|'] as const;

export class CsvError extends ImportError {}

/**
 * The delimiter of a CSV file from its first lines: the candidate that occurs most often
 * outside quotes (`;` wins ties, as Polish exports use it).
 */
export function detectDelimiter(sampleText: string): string {
  const lines = sampleText.split(/\r?\n/).slice(0, 10);
  let best: { delimiter: string; count: number } = { delimiter: ',', count: 0 };
  for (const delimiter of DELIMITERS) {
    let count = 0;
    for (const line of lines) {
      let quoted = false;
      for (const character of line) {
        if (character === '"') quoted = !quoted;
        else if (character === delimiter && !quoted) count += 1;
      }
    }
    if (count > best.count) best = { delimiter, count };
  }
  return best.delimiter;
}

/**
 * Streams the rows of a CSV file through csv-parse, decoded from its encoding, in
 * batches. Row numbers count every record from 1, blank lines included, as a spreadsheet
 * shows them. Quotes inside unquoted fields are kept; a quote left open fails the import.
 */
export async function* readDelimitedRows(
  file: string,
  encoding: TextEncoding,
  delimiter: string,
  counted: (stream: Readable) => Readable,
): AsyncGenerator<RawRow[]> {
  const bytes = counted(createReadStream(file, { start: encoding.bomLength, highWaterMark: 1 << 20 }));
  const isUtf8Encoding = encoding.name === 'utf-8';
  const decoder: Duplex = isUtf8Encoding
    ? new Utf8Check(encoding.bomLength)
    : (iconv.decodeStream(encoding.name) as unknown as Duplex);
  const text = bytes.pipe(decoder);
  bytes.on('error', (error) => text.destroy(error));
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    ...(isUtf8Encoding ? { encoding: 'utf8' as const } : {}),
  });
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  let number = 0;
  let batch: RawRow[] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      batch.push({ number, cells: record });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    throw csvError(error, number + 1);
  } finally {
    bytes.destroy();
  }
  if (batch.length > 0) yield batch;
}

function csvError(error: unknown, row: number): Error {
  if (!(error instanceof Error) || !('code' in error)) return error as Error;
  const code = String((error as { code: unknown }).code);
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return new CsvError('csv_quote_not_closed', { row: String(row) });
  }
  return new CsvError('csv_unreadable', { row: String(row), detail: error.message });
}

import { PassThrough, type Readable } from 'node:stream';
import type { TabularFormat } from '../formats/tabular-format.js';
import type { IncomingProject, RawSource, RejectedRow } from '../incoming.js';
import { readJsonRecords } from '../json/json-records.js';
import { readProjectRecord } from '../json/record-to-incoming.js';
import type { TextEncoding } from '../source/text-encoding.js';
import { readTabularFile, type TabularSource } from '../tabular/read-tabular-file.js';
import type { NewProjectContext } from '../writing/new-project.js';
import { prepareForWriting } from '../writing/prepare-row.js';

/** What to read, in a form that can be handed to a worker thread (no functions, no handles). */
export interface ReadRequest {
  readonly file: string;
  readonly kind: 'csv' | 'xlsx' | 'json';
  readonly encoding: TextEncoding | null;
  /** The file's first bytes, already read to tell its kind and encoding. */
  readonly sample: Uint8Array;
  readonly candidates: readonly TabularFormat[];
  /** The import's date (YYYY-MM-DD), for statuses derived from dates. */
  readonly today: string;
  /** What new projects get, for checking each row as the project it would create. */
  readonly context: NewProjectContext;
}

/** What reading a file produces, in order: its header once, then rows a batch at a time. */
export type ReadEvent =
  | {
      readonly type: 'header';
      readonly headers: readonly string[];
      readonly source: TabularSource;
      readonly delimiter: string;
    }
  | {
      readonly type: 'rows';
      readonly incoming: IncomingProject[];
      /** Rows that could not even be read, with the row as the file had it. */
      readonly rejected: { readonly row: RejectedRow; readonly raw: RawSource }[];
      readonly blank: number;
      /** Bytes of the file read so far, for progress. */
      readonly bytesRead: number;
    };

export const JSON_SOURCE: TabularSource = {
  format: 'registry export',
  formatId: 'json',
  source: 'JSON',
  sourceParts: { kind: 'json' },
  headerRow: null,
  columnsNotImported: [],
};

/**
 * Reads a file of projects — a spreadsheet, a CSV or the registry's JSON export — into
 * what each row says, with rows that cannot be read set apart. Nothing here touches the
 * registry, so it can run in a worker thread beside the writing.
 */
export async function* readSource(request: ReadRequest): AsyncGenerator<ReadEvent> {
  let bytesRead = 0;
  // A pass-through buffers (with backpressure) until the reader consumes, whenever that starts.
  const counted = (stream: Readable): Readable => {
    const counter = new PassThrough({ highWaterMark: 1 << 20 });
    stream.on('data', (chunk: Buffer | string) => {
      bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    });
    stream.on('error', (error) => counter.destroy(error));
    counter.on('close', () => stream.destroy());
    return stream.pipe(counter);
  };
  const headers: ReadEvent[] = [];
  let rejected: { row: RejectedRow; raw: RawSource }[] = [];
  let blank = 0;
  const rows = (read: IncomingProject[]): ReadEvent => {
    const incoming: IncomingProject[] = [];
    for (const row of read) {
      const problem = prepareForWriting(row, request.context);
      if (problem) rejected.push({ row: problem, raw: row.raw as RawSource });
      else incoming.push(row);
    }
    const event: ReadEvent = { type: 'rows', incoming, rejected, blank, bytesRead };
    rejected = [];
    blank = 0;
    return event;
  };
  const batches =
    request.kind === 'json'
      ? jsonIncoming(request.file, counted, (row, record) => rejected.push({ row, raw: { record } }))
      : readTabularFile({
          file: request.file,
          kind: request.kind,
          encoding: request.encoding,
          sample: Buffer.from(request.sample.buffer, request.sample.byteOffset, request.sample.byteLength),
          candidates: request.candidates,
          today: request.today,
          counted,
          onHeader: (found, source, delimiter) => headers.push({ type: 'header', headers: found, source, delimiter }),
          onRejected: (row, cells) => rejected.push({ row, raw: { cells } }),
          onBlank: () => {
            blank += 1;
          },
        });
  if (request.kind === 'json') yield { type: 'header', headers: [], source: JSON_SOURCE, delimiter: ';' };
  for await (const incoming of batches) {
    yield* headers.splice(0);
    yield rows(incoming);
  }
  yield* headers.splice(0);
  if (rejected.length > 0 || blank > 0) yield rows([]);
}

async function* jsonIncoming(
  file: string,
  counted: (stream: Readable) => Readable,
  reject: (row: RejectedRow, record: unknown) => void,
): AsyncGenerator<IncomingProject[]> {
  for await (const records of readJsonRecords(file, counted)) {
    const incoming: IncomingProject[] = [];
    for (const record of records) {
      const read = readProjectRecord(record);
      if ('facts' in read) incoming.push(read);
      else reject(read, record.value);
    }
    yield incoming;
  }
}

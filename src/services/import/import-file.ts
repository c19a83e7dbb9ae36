import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { todayIso } from '../../domain/dates.js';
import { type BulkStoreKind, openBulkStore } from '../../storage/bulk/open-bulk-store.js';
import { deleteUnusedOrganisations, deleteUnusedProgrammes } from '../../storage/bulk/unused-references.js';
import type { SpojniaDb } from '../../storage/database.js';
import { sqliteConnectionOf } from '../../storage/database.js';
import type { ImportFormatChoice } from './format-choices.js';
import { KOHESIO } from './formats/kohesio.js';
import { MAPA_DOTACJI } from './formats/mapa-dotacji.js';
import { type MappingFile, mappingFormat } from './formats/mapping-file.js';
import { OFFICIAL_2014_2020 } from './formats/official-2014-2020.js';
import { OFFICIAL_2021_2027 } from './formats/official-2021-2027.js';
import type { BuiltInFormatId, TabularFormat } from './formats/tabular-format.js';
import { ImportError } from './import-error.js';
import {
  emptyCounts,
  type ImportListener,
  type ImportReport,
  type ProjectChange,
  type RowRejection,
} from './import-report.js';
import type { IncomingProject, RawSource, RejectedRow } from './incoming.js';
import { readJsonRecords } from './json/json-records.js';
import { readProjectRecord } from './json/record-to-incoming.js';
import { ProgrammeResolver } from './programmes/resolve-programme.js';
import { detectEncoding } from './source/text-encoding.js';
import { readTabularFile, type TabularSource } from './tabular/read-tabular-file.js';
import { ImportWriter } from './writing/import-writer.js';
import { OrganisationResolver } from './writing/resolve-organisations.js';
import { TopicResolver } from './writing/resolve-topics.js';

export type { ImportFormatChoice };

const BUILT_IN: Record<BuiltInFormatId, TabularFormat> = {
  'official-2014-2020': OFFICIAL_2014_2020,
  'official-2021-2027': OFFICIAL_2021_2027,
  'mapa-dotacji': MAPA_DOTACJI,
  kohesio: KOHESIO,
};

export interface ImportRequest {
  /** Path of the file to import. */
  readonly file: string;
  /** The name provenance and reports give the file; its base name by default. */
  readonly fileName?: string;
  readonly format?: ImportFormatChoice;
  readonly mapping?: MappingFile | null;
  /** Go through every row and report, then leave the registry as it was. */
  readonly dryRun?: boolean;
  /** New projects are published (the default) or kept as drafts for an editor to review. */
  readonly publish?: boolean;
  readonly now?: Date;
  /** Tests run both bulk stores against SQLite to keep them alike. */
  readonly bulkStore?: BulkStoreKind;
}

/** Rows written per database round: large enough to be quick, small enough to keep memory flat. */
const CHUNK = 500;
const SAMPLE_BYTES = 256 * 1024;
/** The largest number of rejections and changes a report lists itself; listeners get all. */
const LISTED = 1000;

class DryRunFinished extends Error {}

/**
 * Imports a file of projects into the registry in one transaction: an official Polish
 * list (2014-2020 XLSX/CSV, 2021-2027 XLSX), a Mapa Dotacji or Kohesio export, any list
 * through a mapping file, or the registry's own JSON/NDJSON export. Every row is created,
 * updated (fact by fact), left unchanged, merged into an earlier row's project, or
 * rejected with its reasons; any failure — or a dry run — leaves the registry as it was.
 */
export async function importFile(
  db: SpojniaDb,
  request: ImportRequest,
  listener: ImportListener = {},
): Promise<ImportReport> {
  const fileName = request.fileName ?? basename(request.file);
  const now = request.now ?? new Date();
  const { size, sample } = await readSample(request.file);
  const kind = kindOf(sample, request);
  const counts = emptyCounts();
  let blank = 0;
  const rejections: RowRejection[] = [];
  const changes: ProjectChange[] = [];
  const omitted = { rejections: 0, changes: 0 };
  let source: TabularSource = { format: '', source: '', headerRow: null, columnsNotImported: [] };

  let bytesRead = 0;
  let lastProgress = 0;
  const progress = (force = false) => {
    const time = Date.now();
    if (!listener.progress || (!force && time - lastProgress < 100)) return;
    lastProgress = time;
    listener.progress({ bytesRead, totalBytes: size, rowsRead: counts.rowsRead + blank });
  };
  const counted = (stream: Readable): Readable => {
    const counter = new PassThrough({ highWaterMark: 1 << 20 });
    stream.on('data', (chunk: Buffer | string) => {
      bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    });
    stream.on('error', (error) => counter.destroy(error));
    return stream.pipe(counter);
  };
  const rejectRow = (row: RejectedRow, raw: RawSource) => {
    counts.rejected += 1;
    const rejection: RowRejection = {
      row: row.row,
      reasons: row.reasons,
      cells: 'cells' in raw ? raw.cells : null,
      record: 'record' in raw ? raw.record : null,
    };
    if (rejections.length < LISTED) rejections.push(rejection);
    else omitted.rejections += 1;
    listener.rejected?.(rejection);
  };

  const run = async (trx: SpojniaDb) => {
    const store = openBulkStore(trx, sqliteConnectionOf(db), request.bulkStore);
    const organisations = new OrganisationResolver(store);
    const programmes = await ProgrammeResolver.load(trx);
    const topics = await TopicResolver.load(trx);
    const writer = new ImportWriter({
      trx,
      store,
      programmes,
      organisations,
      topics,
      context: {
        fileName,
        now: now.toISOString(),
        today: todayIso(now),
        editorialState: request.publish === false ? 'draft' : 'published',
      },
      counts,
      listener,
      reject: rejectRow,
      reportChange: (change) => {
        if (changes.length < LISTED) changes.push(change);
        else omitted.changes += 1;
        listener.changed?.(change);
      },
    });
    let chunk: IncomingProject[] = [];
    const flush = async () => {
      await writer.writeChunk(chunk);
      chunk = [];
      progress();
    };
    const batches =
      kind === 'json'
        ? jsonIncoming(request.file, counted, (row, record) => {
            counts.rowsRead += 1;
            rejectRow(row, { record });
          })
        : readTabularFile({
            file: request.file,
            kind,
            encoding: kind === 'csv' ? detectEncoding(sample, request.mapping?.encoding) : null,
            sample,
            candidates: candidatesOf(request),
            today: todayIso(now),
            counted,
            onHeader: (headers, found, delimiter) => {
              source = found;
              listener.columns?.(headers, delimiter);
            },
            onRejected: (row, cells) => {
              counts.rowsRead += 1;
              rejectRow(row, { cells });
            },
            onBlank: () => {
              blank += 1;
            },
          });
    for await (const batch of batches) {
      counts.rowsRead += batch.length;
      chunk.push(...batch);
      if (chunk.length >= CHUNK) await flush();
      else progress();
    }
    if (chunk.length > 0) await flush();
    await writer.finish();
    // Organisations and programmes made only for rows that were then rejected go again.
    const unusedOrganisations = await deleteUnusedOrganisations(trx, organisations.createdButUnused());
    const unusedProgrammes = await deleteUnusedProgrammes(trx, programmes.createdProgrammeIds());
    progress(true);
    if (kind === 'json')
      source = { format: 'registry export', source: 'JSON', headerRow: null, columnsNotImported: [] };
    return {
      organisationsCreated: organisations.created - unusedOrganisations,
      programmesCreated: programmes.created - unusedProgrammes,
    };
  };

  let created = { organisationsCreated: 0, programmesCreated: 0 };
  try {
    await db.transaction().execute(async (trx) => {
      created = await run(trx);
      if (request.dryRun) throw new DryRunFinished();
    });
  } catch (error) {
    if (!(error instanceof DryRunFinished)) throw error;
  }
  return {
    ...counts,
    file: fileName,
    format: source.format,
    source: source.source,
    headerRow: source.headerRow,
    dryRun: request.dryRun ?? false,
    ...created,
    columnsNotImported: source.columnsNotImported,
    rejections,
    changes,
    omitted,
    blankRows: blank,
  };
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

function candidatesOf(request: ImportRequest): TabularFormat[] {
  if (request.mapping) return [mappingFormat(request.mapping)];
  const format = request.format ?? 'auto';
  if (format === 'auto' || format === 'json') return Object.values(BUILT_IN);
  return [BUILT_IN[format]];
}

async function readSample(file: string): Promise<{ size: number; sample: Buffer }> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ImportError(`${file} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`Cannot read ${file}: no such file, or no permission to read it.`);
  }
  if (size === 0) throw new ImportError(`${basename(file)} is empty; nothing was imported.`);
  const handle = await open(file, 'r');
  try {
    const sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    await handle.read(sample, 0, sample.length, 0);
    return { size, sample };
  } finally {
    await handle.close();
  }
}

/** What kind of file it is, from its first bytes; the format asked for must agree. */
function kindOf(sample: Buffer, request: ImportRequest): 'csv' | 'xlsx' | 'json' {
  const isZip = sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04;
  const isOldExcel = sample.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  if (isOldExcel) {
    throw new ImportError('This is an old Excel file (.xls); save it as XLSX or CSV (UTF-8) and import that.');
  }
  const firstCharacter = sample
    .toString('utf8', 0, Math.min(sample.length, 64))
    .replace(/^\uFEFF/, '')
    .trimStart()[0];
  const looksLikeJson = !isZip && (firstCharacter === '{' || firstCharacter === '[');
  const kind = isZip ? 'xlsx' : looksLikeJson && !request.mapping ? 'json' : 'csv';
  if (request.format === 'json' && kind !== 'json') {
    throw new ImportError('The file is not JSON, but --format json was asked for.');
  }
  if (request.format && request.format !== 'auto' && request.format !== 'json' && kind === 'json') {
    throw new ImportError(`The file is JSON, but --format ${request.format} was asked for.`);
  }
  return kind;
}

import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { todayIso } from '../../domain/dates.js';
import type { BulkStore } from '../../storage/bulk/bulk-store.js';
import { type BulkStoreKind, openBulkStore } from '../../storage/bulk/open-bulk-store.js';
import { deleteUnusedOrganisations, deleteUnusedProgrammes } from '../../storage/bulk/unused-references.js';
import type { SpojniaDb } from '../../storage/database.js';
import { sqliteConnectionOf } from '../../storage/database.js';
import { noteLocalWrite } from '../../storage/search/local-writes.js';
import type { ImportFormatChoice } from './format-choices.js';
import { KOHESIO } from './formats/kohesio.js';
import { MAPA_DOTACJI } from './formats/mapa-dotacji.js';
import { type MappingFile, mappingFormat } from './formats/mapping-file.js';
import { OFFICIAL_2014_2020 } from './formats/official-2014-2020.js';
import { OFFICIAL_2021_2027 } from './formats/official-2021-2027.js';
import type { BuiltInFormatId, TabularFormat } from './formats/tabular-format.js';
import { ImportError } from './import-error.js';
import type { ImportListener, ImportReport } from './import-report.js';
import type { IncomingProject } from './incoming.js';
import { ProgrammeResolver } from './programmes/resolve-programme.js';
import { primeReader } from './reading/primed-reader.js';
import { readSourceInWorker } from './reading/read-in-worker.js';
import { type ReadRequest, readSource } from './reading/read-source.js';
import type { SourceReader } from './reading/source-reader.js';
import { ReportCollector } from './report-collector.js';
import { detectEncoding } from './source/text-encoding.js';
import type { TabularSource } from './tabular/read-tabular-file.js';
import { ImportWriter } from './writing/import-writer.js';
import type { NewProjectContext } from './writing/new-project.js';
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
  /** Where the file is read: in a worker thread beside the writing (large files), or inline. */
  readonly reader?: 'auto' | 'worker' | 'inline';
}

/** Files from this size on are read in a worker thread; below it starting one costs more than it saves. */
const WORKER_FROM_BYTES = 4 * 1024 * 1024;

/** Rows written per database round: large enough to be quick, small enough to keep memory flat. */
const CHUNK = 256;
const SAMPLE_BYTES = 256 * 1024;

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
  const collected = new ReportCollector(listener);
  const { counts } = collected;
  let source: TabularSource = {
    format: '',
    formatId: '',
    source: '',
    sourceParts: { kind: 'none' },
    headerRow: null,
    columnsNotImported: [],
  };

  let bytesRead = 0;
  let lastProgress = 0;
  const progress = (force = false) => {
    const time = Date.now();
    if (!listener.progress || (!force && time - lastProgress < 100)) return;
    lastProgress = time;
    listener.progress({ bytesRead, totalBytes: size, rowsRead: counts.rowsRead + collected.blank });
  };

  const context: NewProjectContext = {
    fileName,
    now: now.toISOString(),
    today: todayIso(now),
    editorialState: request.publish === false ? 'draft' : 'published',
  };
  const readRequest: ReadRequest = {
    file: request.file,
    kind,
    encoding: kind === 'csv' ? detectEncoding(sample, request.mapping?.encoding) : null,
    sample,
    candidates: candidatesOf(request),
    today: todayIso(now),
    context,
  };
  const inWorker = request.reader === 'worker' || (request.reader !== 'inline' && size >= WORKER_FROM_BYTES);
  const reader = await primeReader(inWorker ? readSourceInWorker(readRequest) : readInline(readRequest));

  const run = async (trx: SpojniaDb) => {
    const store = openBulkStore(trx, sqliteConnectionOf(db), request.bulkStore);
    try {
      return await write(trx, store);
    } finally {
      store.release();
    }
  };
  const write = async (trx: SpojniaDb, store: BulkStore) => {
    const organisations = new OrganisationResolver(store);
    const programmes = await ProgrammeResolver.load(trx);
    const topics = await TopicResolver.load(trx);
    const writer = new ImportWriter({
      trx,
      store,
      programmes,
      organisations,
      topics,
      context,
      counts,
      reject: collected.reject,
      reportChange: collected.change,
    });
    let chunk: IncomingProject[] = [];
    const flush = async () => {
      await writer.writeChunk(chunk);
      await collected.settle(reader);
      chunk = [];
      progress();
    };
    for await (const event of reader.events) {
      if (event.type === 'header') {
        source = event.source;
        listener.columns?.(event.headers, event.delimiter);
        continue;
      }
      bytesRead = event.bytesRead;
      collected.blank += event.blank;
      counts.rowsRead += event.rejected.length + event.incoming.length;
      for (const { row, raw } of event.rejected) collected.reject(row, raw);
      chunk.push(...event.incoming);
      if (chunk.length >= CHUNK) await flush();
      else progress();
    }
    if (chunk.length > 0) await flush();
    await writer.finish();
    await collected.settle(reader);
    // Organisations and programmes made only for rows that were then rejected go again.
    const unusedOrganisations = await deleteUnusedOrganisations(trx, organisations.createdOrganisationIds());
    const unusedProgrammes = await deleteUnusedProgrammes(trx, programmes.createdProgrammeIds());
    bytesRead = size;
    progress(true);
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
    // The search index was brought up to date in the transaction; now that it is committed,
    // this process's search engine looks for the changes on its next request.
    noteLocalWrite();
  } catch (error) {
    if (!(error instanceof DryRunFinished)) throw error;
  } finally {
    await reader.stop();
  }
  return {
    ...counts,
    file: fileName,
    format: source.format,
    formatId: source.formatId,
    source: source.source,
    sourceParts: source.sourceParts,
    headerRow: source.headerRow,
    dryRun: request.dryRun ?? false,
    ...created,
    columnsNotImported: source.columnsNotImported,
    rejections: collected.sortedRejections(),
    changes: collected.changes,
    omitted: collected.omitted,
    blankRows: collected.blank,
  };
}

/** Reading in the writing thread: rows keep their cells, so none is ever asked for. */
function readInline(request: ReadRequest): SourceReader {
  return { events: readSource(request), rawRows: async () => new Map() };
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
    if (!info.isFile()) throw new ImportError('not_a_file', { file });
    size = info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('cannot_read_file', { file });
  }
  if (size === 0) throw new ImportError('empty_file', { file: basename(file) });
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
    throw new ImportError('old_excel');
  }
  const firstCharacter = sample
    .toString('utf8', 0, Math.min(sample.length, 64))
    .replace(/^\uFEFF/, '')
    .trimStart()[0];
  const looksLikeJson = !isZip && (firstCharacter === '{' || firstCharacter === '[');
  const kind = isZip ? 'xlsx' : looksLikeJson && !request.mapping ? 'json' : 'csv';
  if (request.format === 'json' && kind !== 'json') {
    throw new ImportError('not_json');
  }
  if (request.format && request.format !== 'auto' && request.format !== 'json' && kind === 'json') {
    throw new ImportError('is_json', { format: request.format });
  }
  return kind;
}

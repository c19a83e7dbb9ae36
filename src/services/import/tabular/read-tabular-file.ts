import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { findHeader, type HeaderMatch, headersOf, scoreFormat } from '../formats/detect-format.js';
import { hintsFromFileName } from '../formats/mapa-dotacji.js';
import type { TabularFormat } from '../formats/tabular-format.js';
import { ImportError } from '../import-error.js';
import type { IncomingProject, RejectedRow } from '../incoming.js';
import { rowProblem } from '../row-problem.js';
import { checkZipIsComplete } from '../source/check-zip.js';
import { detectDelimiter, readDelimitedRows } from '../source/read-delimited.js';
import { openWorkbook } from '../source/read-workbook.js';
import { iconv, type TextEncoding } from '../source/text-encoding.js';
import { cellText } from '../values/cell.js';
import { readTabularRow } from './read-row.js';
import { FieldAccess, type RawRow } from './row-cells.js';

/** How a file was read: a sheet of a workbook, a CSV's encoding (and how it was known) and separator, or JSON. */
export type SourceParts =
  | { readonly kind: 'xlsx'; readonly sheet: string }
  | { readonly kind: 'csv'; readonly encoding: string; readonly how: TextEncoding['how']; readonly delimiter: string }
  | { readonly kind: 'json' | 'none' };

/** What a tabular file turned out to be, known once its header row is found. */
export interface TabularSource {
  /** The layout's name in English, and its id (a built-in layout, `mapping` or `json`) for other languages. */
  format: string;
  formatId: string;
  /** How the file was read, in English, and as its parts for other languages. */
  source: string;
  sourceParts: SourceParts;
  headerRow: number | null;
  columnsNotImported: readonly string[];
}

export interface TabularReadOptions {
  readonly file: string;
  readonly kind: 'csv' | 'xlsx';
  /** For CSV: the encoding decided from the file's first bytes. */
  readonly encoding: TextEncoding | null;
  readonly sample: Buffer;
  readonly candidates: readonly TabularFormat[];
  readonly today: string;
  readonly counted: (stream: Readable) => Readable;
  readonly onHeader: (headers: readonly string[], source: TabularSource, delimiter: string) => void;
  readonly onRejected: (row: RejectedRow, cells: RawRow['cells']) => void;
  readonly onBlank: () => void;
}

/**
 * Reads a spreadsheet or CSV list of projects: finds the header row and the layout among
 * the candidates (or checks the one given), then yields what each row says, a batch at a
 * time. Rows that cannot be read are handed to `onRejected`; blank rows are skipped.
 */
export async function* readTabularFile(options: TabularReadOptions): AsyncGenerator<IncomingProject[]> {
  const sheets = options.kind === 'xlsx' ? await workbookSheets(options) : csvSheets(options);
  const wanted = soleHints(options).sheet;
  const seen: string[] = [];
  for await (const sheet of sheets.list) {
    seen.push(sheet.name);
    const iterator = sheet.rows[Symbol.asyncIterator]();
    const top = await firstRows(iterator);
    const forced = options.candidates.length === 1 && options.candidates[0]?.id === 'mapping';
    const match = headerOf(top, options.candidates, forced);
    if (match === null) {
      if (options.kind === 'csv' || sheet.name === wanted) throw noHeader(options.candidates, sheet.name, options.kind);
      await drain(iterator);
      continue;
    }
    checkRequired(match);
    const format = withFileNameHints(match.format, options.file);
    const headerRow = top[match.headerIndex]?.number ?? null;
    options.onHeader(
      match.headers,
      {
        format: format.label,
        formatId: format.id,
        source: sheets.describe(sheet.name),
        sourceParts: sheets.parts(sheet.name),
        headerRow,
        columnsNotImported: match.binding.unusedHeaders,
      },
      sheets.delimiter,
    );
    const context = {
      access: new FieldAccess(match.headers, match.binding, format),
      today: options.today,
      references: new Map(),
    };
    const read = (rows: readonly RawRow[]): IncomingProject[] => {
      const incoming: IncomingProject[] = [];
      for (const row of rows) {
        if (row.cells.every((cell) => cellText(cell) === null)) {
          options.onBlank();
          continue;
        }
        const wide =
          row.cells.length > match.headers.length &&
          row.cells.slice(match.headers.length).some((cell) => cellText(cell) !== null);
        const result = wide
          ? {
              row: row.number,
              problems: [
                rowProblem('too_many_cells', {
                  cells: String(row.cells.length),
                  columns: String(match.headers.length),
                }),
              ],
            }
          : readTabularRow(row, context);
        if ('facts' in result) incoming.push(result);
        else options.onRejected(result, row.cells);
      }
      return incoming;
    };
    yield read(top.slice(match.headerIndex + 1));
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield read(next.value);
    sheets.close();
    return;
  }
  throw noHeader(options.candidates, seen.join('", "'), options.kind);
}

/** Where to look in the file, when one layout was asked for (hints of candidates may contradict). */
function soleHints(options: TabularReadOptions): TabularFormat['hints'] {
  return options.candidates.length === 1 ? (options.candidates[0]?.hints ?? {}) : {};
}

interface SheetList {
  /** The CSV's separator; rows of a workbook are written back with `;`. */
  readonly delimiter: string;
  readonly list: AsyncIterable<{ name: string; rows: AsyncIterable<RawRow[]> }>;
  describe(sheet: string): string;
  parts(sheet: string): SourceParts;
  close(): void;
}

async function workbookSheets(options: TabularReadOptions): Promise<SheetList> {
  await checkZipIsComplete(options.file);
  const workbook = await openWorkbook(options.file, options.counted);
  return {
    delimiter: ';',
    list: workbook.sheets,
    describe: (sheet) => `XLSX, sheet "${sheet}"`,
    parts: (sheet) => ({ kind: 'xlsx', sheet }),
    close: () => workbook.close(),
  };
}

function csvSheets(options: TabularReadOptions): SheetList {
  const encoding = options.encoding as TextEncoding;
  const hinted = soleHints(options).delimiter;
  const sampleText = iconv.decode(options.sample.subarray(encoding.bomLength), encoding.name);
  const delimiter = hinted ?? detectDelimiter(sampleText);
  const shown = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  return {
    delimiter,
    list: (async function* () {
      yield {
        name: basename(options.file),
        rows: readDelimitedRows(options.file, encoding, delimiter, options.counted),
      };
    })(),
    describe: () => `CSV, ${encoding.name} (${encoding.how}), ${shown} separated`,
    parts: () => ({ kind: 'csv', encoding: encoding.name, how: encoding.how, delimiter }),
    close: () => {},
  };
}

async function firstRows(iterator: AsyncIterator<RawRow[]>): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  while (rows.length < 30) {
    const next = await iterator.next();
    if (next.done) break;
    rows.push(...next.value);
  }
  return rows;
}

async function drain(iterator: AsyncIterator<RawRow[]>): Promise<void> {
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    // Skipped sheets are read to their end: the workbook streams one sheet after another.
  }
}

function headerOf(rows: readonly RawRow[], candidates: readonly TabularFormat[], forced: boolean): HeaderMatch | null {
  const headerRow = candidates[0]?.hints.headerRow;
  if (forced && headerRow !== undefined) {
    const index = rows.findIndex((row) => row.number === headerRow);
    const row = rows[index];
    if (!row || !candidates[0]) return null;
    const headers = headersOf(row);
    return { ...scoreFormat(headers, candidates[0]), headerIndex: index, headers };
  }
  return findHeader(rows, candidates);
}

function checkRequired(match: HeaderMatch): void {
  const missing = match.format.required.filter((field) => !match.binding.columns.has(field));
  if (missing.length === 0) return;
  const names = missing.map((field) => {
    const aliases = match.format.fields.find((spec) => spec.field === field)?.aliases ?? [field];
    return `"${aliases[0]}" (${field})`;
  });
  throw new ImportError('missing_columns', {
    format: match.format.label,
    formatId: match.format.id,
    columns: names.join(', '),
  });
}

function withFileNameHints(format: TabularFormat, file: string): TabularFormat {
  if (format.id !== 'mapa-dotacji') return format;
  return { ...format, conventions: { ...format.conventions, ...hintsFromFileName(basename(file)) } };
}

function noHeader(candidates: readonly TabularFormat[], where: string, kind: 'csv' | 'xlsx'): ImportError {
  const sheets: Record<string, string> = kind === 'xlsx' ? { sheets: where } : {};
  if (candidates.length === 1 && candidates[0]) {
    const expected = candidates[0].fields
      .slice(0, 4)
      .map((field) => `"${field.aliases[0]}"`)
      .join(', ');
    return new ImportError('no_header_row', {
      ...sheets,
      format: candidates[0].label,
      formatId: candidates[0].id,
      expected,
    });
  }
  return new ImportError('no_known_layout', sheets);
}

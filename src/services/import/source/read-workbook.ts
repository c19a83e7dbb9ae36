import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { RawRow } from '../tabular/row-cells.js';
import type { Cell } from '../values/cell.js';
import { BrokenWorkbookError } from './check-zip.js';

const BATCH = 256;

/** One worksheet, read row by row; rows come in batches, with their spreadsheet numbers. */
export interface WorksheetRows {
  readonly name: string;
  readonly rows: AsyncIterable<RawRow[]>;
}

export interface Workbook {
  readonly sheets: AsyncIterable<WorksheetRows>;
  /** Dates count from 1904 in this workbook (an old Mac Excel setting). */
  from1904(): boolean;
  close(): void;
}

/**
 * Streams an XLSX file with exceljs's streaming reader: shared strings are kept, styles
 * are not, so dates arrive as the serial numbers they are stored as. Memory grows with the
 * workbook's table of distinct texts, not with its rows.
 */
export async function openWorkbook(file: string, counted: (stream: Readable) => Readable): Promise<Workbook> {
  // exceljs is large; only XLSX imports load it.
  const { default: excel } = await import('exceljs');
  const input = counted(createReadStream(file, { highWaterMark: 1 << 20 }));
  const reader = new excel.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  return {
    sheets: sheetsOf(reader),
    from1904: () =>
      Boolean((reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904),
    close: () => input.destroy(),
  };
}

async function* sheetsOf(reader: ExcelJS.stream.xlsx.WorkbookReader): AsyncGenerator<WorksheetRows> {
  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      yield { name: sheet.name, rows: rowsOf(sheet) };
    }
  } catch (error) {
    throw workbookError(error);
  }
}

async function* rowsOf(sheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<RawRow[]> {
  let batch: RawRow[] = [];
  try {
    for await (const row of sheet) {
      batch.push({ number: row.number, cells: cellsOf(row) });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    throw workbookError(error);
  }
  if (batch.length > 0) yield batch;
}

function cellsOf(row: ExcelJS.Row): Cell[] {
  const values = row.values as unknown[];
  const cells: Cell[] = [];
  for (let column = 1; column < values.length; column += 1) cells.push(cellOf(values[column]));
  return cells;
}

/** A cell value as the importer reads it: rich text joined, formulas by their result, errors as their code. */
function cellOf(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return (object.richText as { text?: string }[]).map((part) => part.text ?? '').join('');
    }
    if ('result' in object) return cellOf(object.result);
    if ('error' in object) return String(object.error);
    if ('text' in object) return cellOf(object.text);
  }
  return String(value);
}

function workbookError(error: unknown): Error {
  if (error instanceof BrokenWorkbookError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BrokenWorkbookError('xlsx_unreadable', { detail: message });
}

import { type EventEmitter, once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ExportRow } from '../export-row.js';
import { DATA_LICENCE } from '../licence.js';
import { TABULAR_COLUMNS, type TabularColumn } from '../tabular-columns.js';
import { drained, type ExportHeading, type ResultWriter } from './result-writer.js';

/** A sheet holds 1 048 576 rows; past this many projects the next ones go to another sheet. */
export const ROWS_PER_SHEET = 1_048_575;
/** XML of a sheet that may wait for its compressor before rows stop being added. */
const SHEET_BACKLOG_BYTES = 4 * 1024 * 1024;
/** The longest text a cell may hold; a longer one makes Excel "repair" the file. */
const CELL_TEXT_LIMIT = 32_767;

function cellValue(column: TabularColumn, row: ExportRow): string | number | Date | null {
  const value = column.value(row);
  if (value === null) return null;
  if (column.kind === 'amount' || column.kind === 'percent') return Number(value);
  if (column.kind === 'date') return new Date(`${value}T00:00:00Z`);
  return value.length > CELL_TEXT_LIMIT ? `${value.slice(0, CELL_TEXT_LIMIT - 1)}…` : value;
}

/**
 * The stream between a sheet's XML and its zip entry's compressor. exceljs writes rows into a
 * buffer of its own that pushes them on without heeding `write()`'s answer, so a compressor
 * slower than the rows piles the whole sheet up in memory (2.4 GB for 100 000 wide rows).
 * Its first consumer is a PassThrough of an older readable-stream, which tells that it is
 * full only through `_writableState.needDrain`. Null if exceljs changes shape; the export
 * then works as before, with less bounded memory.
 */
function sheetPipeOf(sheet: ExcelJS.Worksheet | null): (EventEmitter & { needsDrain(): boolean }) | null {
  const buffer = (sheet as unknown as { stream?: { pipes?: unknown[] } } | null)?.stream;
  const first = buffer?.pipes?.[0] as
    | (EventEmitter & { writableLength?: number; _writableState?: { length?: number } })
    | undefined;
  if (!first || typeof first.once !== 'function') return null;
  // Some megabytes may wait, so that the compressor always has work while rows are made.
  return Object.assign(first, {
    needsDrain: () => (first.writableLength ?? first._writableState?.length ?? 0) > SHEET_BACKLOG_BYTES,
  });
}

/** Waits until the sheet's pipe takes more, or fails when the download is gone meanwhile. */
async function pipeDrained(pipe: EventEmitter, output: Writable): Promise<void> {
  if (output.destroyed) throw new Error('The output was closed before the export finished');
  const controller = new AbortController();
  try {
    await Promise.race([
      once(pipe, 'drain', { signal: controller.signal }),
      once(output, 'close', { signal: controller.signal }).then(() => {
        throw new Error('The output was closed before the export finished');
      }),
    ]);
  } finally {
    controller.abort();
  }
}

const FORMATS: Partial<Record<TabularColumn['kind'], string>> = {
  amount: '#,##0.00',
  percent: '0.00',
  date: 'yyyy-mm-dd',
};

/**
 * XLSX through exceljs's streaming writer: each row is committed (written into the zip) as
 * soon as it is added, amounts and rates are numbers, dates are dates. A sheet "licence"
 * closes the workbook with the licence and what was exported.
 */
export async function createXlsxWriter(output: Writable, heading: ExportHeading): Promise<ResultWriter> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Spójnia';
  let sheet: ExcelJS.Worksheet | null = null;
  let sheetRows = 0;
  let sheets = 0;
  const openSheet = () => {
    sheets += 1;
    const next = workbook.addWorksheet(sheets === 1 ? 'projects' : `projects ${sheets}`, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    next.columns = TABULAR_COLUMNS.map((column) => ({
      header: column.header,
      key: column.header,
      width: column.kind === 'text' ? 24 : 16,
      style: FORMATS[column.kind] ? { numFmt: FORMATS[column.kind] } : {},
    }));
    next.getRow(1).font = { bold: true };
    next.getRow(1).commit();
    sheetRows = 0;
    return next;
  };
  return {
    async writeBatch(rows: readonly ExportRow[]) {
      for (const row of rows) {
        if (!sheet || sheetRows === ROWS_PER_SHEET) {
          sheet?.commit();
          sheet = openSheet();
        }
        sheet.addRow(TABULAR_COLUMNS.map((column) => cellValue(column, row))).commit();
        sheetRows += 1;
      }
      // exceljs waits for nothing: neither for its zip's compressor nor for the output. Wait for
      // both here, so that neither a slow compressor nor a slow reader makes it buffer the file.
      const pipe = sheetPipeOf(sheet);
      if (pipe?.needsDrain()) await pipeDrained(pipe, output);
      if (output.destroyed || output.writableNeedDrain) await drained(output);
      await new Promise((resolve) => setImmediate(resolve));
    },
    async finish() {
      if (!sheet) sheet = openSheet();
      sheet.commit();
      const licence = workbook.addWorksheet('licence');
      licence.addRow(['licence', `${DATA_LICENCE.name} ${DATA_LICENCE.url}`]).commit();
      licence.addRow(['attribution', DATA_LICENCE.attribution]).commit();
      licence.addRow(['exported_at', heading.exportedAt]).commit();
      for (const [name, value] of Object.entries(heading.query)) {
        licence.addRow([`query.${name}`, Array.isArray(value) ? value.join(', ') : String(value)]).commit();
      }
      licence.commit();
      await workbook.commit();
    },
  };
}

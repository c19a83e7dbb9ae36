import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ExportRow } from '../export-row.js';
import { DATA_LICENCE } from '../licence.js';
import { TABULAR_COLUMNS, type TabularColumn } from '../tabular-columns.js';
import { drained, type ExportHeading, type ResultWriter } from './result-writer.js';

/** A sheet holds 1 048 576 rows; past this many projects the next ones go to another sheet. */
export const ROWS_PER_SHEET = 1_048_575;
/** The longest text a cell may hold; a longer one makes Excel "repair" the file. */
const CELL_TEXT_LIMIT = 32_767;

function cellValue(column: TabularColumn, row: ExportRow): string | number | Date | null {
  const value = column.value(row);
  if (value === null) return null;
  if (column.kind === 'amount' || column.kind === 'percent') return Number(value);
  if (column.kind === 'date') return new Date(`${value}T00:00:00Z`);
  return value.length > CELL_TEXT_LIMIT ? `${value.slice(0, CELL_TEXT_LIMIT - 1)}…` : value;
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
      // exceljs does not wait for the output: wait here so a slow reader never makes it buffer the file.
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

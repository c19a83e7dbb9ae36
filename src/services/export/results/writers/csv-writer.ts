import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from '../export-row.js';
import { type CellKind, TABULAR_COLUMNS } from '../tabular-columns.js';
import { type ResultWriter, textSink } from './result-writer.js';

export interface CsvDialect {
  readonly delimiter: ',' | ';';
  /** Decimal comma in amounts and rates, as Excel in the Polish locale reads numbers. */
  readonly decimalComma: boolean;
  /** Text cells that a spreadsheet would run as a formula get a leading apostrophe. */
  readonly guardFormulas: boolean;
}

/** RFC 4180 CSV with a comma, read by scripts and most tools. */
export const PLAIN_CSV: CsvDialect = { delimiter: ',', decimalComma: false, guardFormulas: false };
/** For Excel in the Polish locale: `;` between cells, `1015798,80`. */
export const EXCEL_PL_CSV: CsvDialect = { delimiter: ';', decimalComma: true, guardFormulas: true };

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | null, kind: CellKind, dialect: CsvDialect): string {
  if (value === null) return '';
  if (kind === 'amount' || kind === 'percent') return dialect.decimalComma ? value.replace('.', ',') : value;
  if (dialect.guardFormulas && kind === 'text' && FORMULA_START.test(value)) return `'${value}`;
  return value;
}

/** UTF-8 with a byte order mark (so Excel reads Polish letters), CRLF line ends, quotes only where needed. */
export function createCsvWriter(output: Writable, dialect: CsvDialect): ResultWriter {
  const write = textSink(output);
  let started = false;
  const options = { delimiter: dialect.delimiter, record_delimiter: 'windows' as const };
  return {
    async writeBatch(rows: readonly ExportRow[]) {
      const records = rows.map((row) => TABULAR_COLUMNS.map((column) => cell(column.value(row), column.kind, dialect)));
      let text = stringify(records, options);
      if (!started) {
        started = true;
        text = `\ufeff${stringify([TABULAR_COLUMNS.map((column) => column.header)], options)}${text}`;
      }
      await write(text);
    },
    async finish() {
      if (!started) await write(`\ufeff${stringify([TABULAR_COLUMNS.map((column) => column.header)], options)}`);
    },
  };
}

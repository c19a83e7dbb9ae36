import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { stringify } from 'csv-stringify';
import type { ImportListener, ProjectChange, RowRejection } from './import-report.js';
import { rowProblemText } from './row-problem.js';
import { REPORT_COLUMNS } from './tabular/column-binding.js';
import type { Cell } from './values/cell.js';

/** A file an import report writes as it goes; `close` waits until it is on disk. */
export interface ReportFile {
  readonly path: string;
  /** How many rows it holds. */
  readonly count: () => number;
  close(): Promise<void>;
}

/** Closing twice waits for the same close. */
function closeOnce(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => {
    closing ??= close();
    return closing;
  };
}

function cellAsText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/**
 * Writes rejected rows where a person can fix them and import the file again: spreadsheet
 * and CSV rows as CSV (UTF-8 with BOM, the source's separator, its header row), each row
 * preceded by its original number and the reasons; JSON records as NDJSON, each with an
 * `importProblems` list (which the importer ignores). Nothing is written when no row is rejected.
 */
export function rejectedRowsFile(path: string): ReportFile & Pick<ImportListener, 'columns' | 'rejected'> {
  let headers: readonly string[] = [];
  let delimiter = ';';
  let csv: ReturnType<typeof stringify> | null = null;
  let file: WriteStream | null = null;
  let count = 0;
  const open = () => {
    file = createWriteStream(path);
    return file;
  };
  return {
    path,
    count: () => count,
    columns(found, separator) {
      headers = found;
      delimiter = separator;
    },
    rejected(rejection: RowRejection) {
      count += 1;
      const reasons = rejection.problems.map(rowProblemText);
      if (rejection.cells === null) {
        const line = JSON.stringify({ ...(rejection.record as object), importProblems: reasons });
        (file ?? open()).write(`${line}\n`);
        return;
      }
      if (csv === null) {
        csv = stringify({ delimiter, bom: true, record_delimiter: 'windows' });
        csv.pipe(open());
        csv.write([...REPORT_COLUMNS, ...headers]);
      }
      csv.write([String(rejection.row), reasons.join('; '), ...rejection.cells.map(cellAsText)]);
    },
    close: closeOnce(async () => {
      if (csv !== null) csv.end();
      else (file as WriteStream | null)?.end();
      if (file !== null) await once(file, 'close');
    }),
  };
}

/** Writes every change an import made, one fact per line: row, project, fact, before, after. */
export function changesFile(path: string): ReportFile & Pick<ImportListener, 'changed'> {
  let csv: ReturnType<typeof stringify> | null = null;
  let file: WriteStream | null = null;
  let count = 0;
  return {
    path,
    count: () => count,
    changed(change: ProjectChange) {
      count += 1;
      if (csv === null) {
        csv = stringify({ delimiter: ';', bom: true, record_delimiter: 'windows' });
        file = createWriteStream(path);
        csv.pipe(file);
        csv.write(['Row', 'Project', 'Contract number', 'Fact', 'Before', 'After']);
      }
      for (const fact of change.changes) {
        csv.write([String(change.row), change.slug, change.contractNumber ?? '', fact.fact, fact.before, fact.after]);
      }
    },
    close: closeOnce(async () => {
      if (csv === null || file === null) return;
      csv.end();
      await once(file, 'close');
    }),
  };
}

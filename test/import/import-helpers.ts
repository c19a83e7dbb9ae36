import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { type ImportRequest, importFile } from '../../src/services/import/import-file.js';
import type { ImportListener, ImportReport, RowRejection } from '../../src/services/import/import-report.js';
import type { BulkStoreKind } from '../../src/storage/bulk/open-bulk-store.js';
import type { SpojniaDb } from '../../src/storage/database.js';

/** The import's clock in every test: statuses derived from dates stay the same whenever the suite runs. */
export const IMPORT_NOW = new Date('2024-05-01T10:00:00Z');

/** A scratch folder for the files a test writes. */
export function scratchFolder(): { path(name: string): string; cleanup(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'spojnia-import-'));
  return { path: (name) => join(folder, name), cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Writes rows as CSV: cells quoted when they need it, the given separator, encoding and BOM. */
export function writeCsv(
  path: string,
  rows: readonly (readonly (string | number)[])[],
  options: { delimiter?: string; encoding?: string; bom?: boolean; lineEnd?: string } = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const quote = (cell: string | number) => {
    const text = String(cell);
    return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = rows.map((row) => row.map(quote).join(delimiter)).join(options.lineEnd ?? '\n');
  const encoding = options.encoding ?? 'utf-8';
  const body = iconv.encode(`${text}${options.lineEnd ?? '\n'}`, encoding);
  const bom = options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0);
  writeFileSync(path, Buffer.concat([bom, body]));
  return path;
}

/** Builds a real XLSX with exceljs: one sheet per entry, rows as given (numbers stay numbers). */
export async function writeXlsx(
  path: string,
  sheets: readonly { name: string; rows: readonly (readonly (string | number | null)[])[] }[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow([...row]);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

export interface CollectedImport {
  readonly report: ImportReport;
  readonly rejected: RowRejection[];
  readonly headers: readonly string[];
}

/** Runs an import with the fixed clock, collecting what the listener hears. */
export async function runImport(
  db: SpojniaDb,
  request: ImportRequest & { bulkStore?: BulkStoreKind },
  listener: ImportListener = {},
): Promise<CollectedImport> {
  const rejected: RowRejection[] = [];
  let headers: readonly string[] = [];
  const report = await importFile(
    db,
    { now: IMPORT_NOW, ...request },
    {
      ...listener,
      rejected: (rejection) => {
        rejected.push(rejection);
        listener.rejected?.(rejection);
      },
      columns: (found, delimiter) => {
        headers = found;
        listener.columns?.(found, delimiter);
      },
    },
  );
  return { report, rejected, headers };
}

/** The counts of a report, for one exact comparison. */
export function countsOf(report: ImportReport) {
  const { rowsRead, created, updated, unchanged, merged, rejected } = report;
  return { rowsRead, created, updated, unchanged, merged, rejected };
}

/** Every project of a registry with every part, keyed by slug, for field-by-field comparisons. */
export async function projectCount(db: SpojniaDb): Promise<number> {
  const row = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

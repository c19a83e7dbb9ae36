import type { ProjectFactPath } from './incoming.js';
import type { RowProblem } from './row-problem.js';
import type { SourceParts } from './tabular/read-tabular-file.js';
import type { Cell } from './values/cell.js';

/** One fact of a project that an import changed, as a person reads it. */
export interface FactChange {
  readonly fact: ProjectFactPath;
  readonly before: string;
  readonly after: string;
}

/** A project an import changed, and how. */
export interface ProjectChange {
  readonly row: number;
  readonly slug: string;
  readonly title: string;
  readonly contractNumber: string | null;
  readonly changes: readonly FactChange[];
}

/** A row that was not imported, with the problems and the row as it was, to fix and import again. */
export interface RowRejection {
  readonly row: number;
  readonly problems: readonly RowProblem[];
  /** The cells of a spreadsheet or CSV row, in the file's column order. */
  readonly cells: readonly Cell[] | null;
  /** The record of a JSON file. */
  readonly record: unknown;
}

export interface ImportProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rowsRead: number;
}

/** What an import tells its caller while it runs; every callback is optional. */
export interface ImportListener {
  /** Called at most a few times a second. */
  progress?(progress: ImportProgress): void;
  /**
   * The source's header row and separator, once known (before any rejection), so rejected
   * rows can be written back in the same layout.
   */
  columns?(headers: readonly string[], delimiter: string): void;
  rejected?(rejection: RowRejection): void;
  changed?(change: ProjectChange): void;
}

export interface ImportCounts {
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows that repeat an earlier row's project (lists repeat a project once per place). */
  merged: number;
  rejected: number;
}

/** The outcome of an import, for the command line and the admin page alike. */
export interface ImportReport extends ImportCounts {
  readonly file: string;
  /** e.g. "official list of projects 2014-2020". */
  readonly format: string;
  /** The layout's id: a built-in layout, `mapping` or `json`. */
  readonly formatId: string;
  /** e.g. "CSV, windows-1250, ;" or "XLSX, sheet Lista projektów 2021-2027". */
  readonly source: string;
  readonly sourceParts: SourceParts;
  readonly headerRow: number | null;
  readonly dryRun: boolean;
  readonly organisationsCreated: number;
  readonly programmesCreated: number;
  /** Columns of the file the registry has no place for, so nothing was read from them. */
  readonly columnsNotImported: readonly string[];
  /** The first rejections and changes, for display; listeners get all. */
  readonly rejections: readonly RowRejection[];
  readonly changes: readonly ProjectChange[];
  /** How many rejections and changes the lists above leave out. */
  readonly omitted: { readonly rejections: number; readonly changes: number };
  /** Empty rows, skipped (not counted as rows read). */
  readonly blankRows: number;
}

export function emptyCounts(): ImportCounts {
  return { rowsRead: 0, created: 0, updated: 0, unchanged: 0, merged: 0, rejected: 0 };
}

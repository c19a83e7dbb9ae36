import { emptyCounts, type ImportListener, type ProjectChange, type RowRejection } from './import-report.js';
import type { RawSource, RejectedRow } from './incoming.js';
import type { SourceReader } from './reading/source-reader.js';

/** The largest number of rejections and changes a report lists itself; listeners get all. */
const LISTED = 1000;

/**
 * Gathers what an import reports as it goes — counts, rejected rows with their cells,
 * changes — and passes each to the listener. A row the writer rejects may come without its
 * cells (the reading thread keeps them): those are fetched in one go, chunk by chunk.
 */
export class ReportCollector {
  readonly counts = emptyCounts();
  blank = 0;
  readonly rejections: RowRejection[] = [];
  readonly changes: ProjectChange[] = [];
  readonly omitted = { rejections: 0, changes: 0 };
  private waitingForCells: RejectedRow[] = [];

  constructor(private readonly listener: ImportListener) {}

  reject = (row: RejectedRow, raw: RawSource | undefined): void => {
    this.counts.rejected += 1;
    if (raw) this.emit(row, raw);
    else this.waitingForCells.push(row);
  };

  change = (change: ProjectChange): void => {
    if (this.changes.length < LISTED) this.changes.push(change);
    else this.omitted.changes += 1;
    this.listener.changed?.(change);
  };

  /** Reports the rejected rows still waiting for their cells, asking the reader for them. */
  async settle(reader: SourceReader): Promise<void> {
    if (this.waitingForCells.length === 0) return;
    const waiting = this.waitingForCells;
    this.waitingForCells = [];
    const raws = await reader.rawRows(waiting.map((row) => row.row));
    for (const row of waiting) this.emit(row, raws.get(row.row));
  }

  sortedRejections(): RowRejection[] {
    return [...this.rejections].sort((a, b) => a.row - b.row);
  }

  private emit(row: RejectedRow, raw: RawSource | undefined) {
    const rejection: RowRejection = {
      row: row.row,
      problems: row.problems,
      cells: raw && 'cells' in raw ? raw.cells : null,
      record: raw && 'record' in raw ? raw.record : null,
    };
    if (this.rejections.length < LISTED) this.rejections.push(rejection);
    else this.omitted.rejections += 1;
    this.listener.rejected?.(rejection);
  }
}

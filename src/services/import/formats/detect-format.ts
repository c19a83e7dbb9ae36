import { bindColumns, type ColumnBinding, reportColumnIndexes } from '../tabular/column-binding.js';
import { aliasKey, headerKeys } from '../tabular/headers.js';
import type { RawRow } from '../tabular/row-cells.js';
import { cellText } from '../values/cell.js';
import type { TabularFormat } from './tabular-format.js';

/** How well a layout explains a header row. */
export interface FormatMatch {
  readonly format: TabularFormat;
  readonly binding: ColumnBinding;
  /** Columns bound to a field or known to the layout. */
  readonly explained: number;
  /** Share of the row's non-empty headers explained. */
  readonly ratio: number;
}

/** A header row found among a sheet's first rows, with the layout it matches best. */
export interface HeaderMatch extends FormatMatch {
  readonly headerIndex: number;
  readonly headers: readonly string[];
}

/** How many rows at the top of a sheet may hold titles and notes before the header. */
export const HEADER_SEARCH_ROWS = 30;
const MIN_EXPLAINED = 2;
const MIN_RATIO = 0.5;

export function headersOf(row: RawRow): string[] {
  return row.cells.map((cell) => cellText(cell) ?? '');
}

export function scoreFormat(headers: readonly string[], format: TabularFormat): FormatMatch {
  const binding = bindColumns(headers, format.fields);
  const known = new Set(format.knownColumns.map((column) => aliasKey(column)));
  const skipped = reportColumnIndexes(headers);
  const bound = new Set(binding.columns.values());
  let explained = 0;
  let total = 0;
  headers.forEach((header, index) => {
    if (header.trim() === '' || skipped.has(index)) return;
    total += 1;
    if (bound.has(index) || headerKeys(header).some((key) => known.has(key))) explained += 1;
  });
  return { format, binding, explained, ratio: total === 0 ? 0 : explained / total };
}

/**
 * The header row and layout among the first rows of a sheet: the row a layout explains
 * best (most columns, then the largest share), at least half of its columns explained.
 */
export function findHeader(rows: readonly RawRow[], candidates: readonly TabularFormat[]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, headerIndex) => {
    const headers = headersOf(row);
    for (const format of candidates) {
      const match = scoreFormat(headers, format);
      if (match.explained < Math.min(MIN_EXPLAINED, format.fields.length) || match.ratio < MIN_RATIO) continue;
      if (
        best === null ||
        match.explained > best.explained ||
        (match.explained === best.explained && match.ratio > best.ratio)
      ) {
        best = { ...match, headerIndex, headers };
      }
    }
  });
  return best;
}

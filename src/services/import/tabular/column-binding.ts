import type { ImportField } from '../fields.js';
import { aliasKey, headerKeys } from './headers.js';

/** Which column each field is read from (0-based), and the columns nothing reads. */
export interface ColumnBinding {
  readonly columns: ReadonlyMap<ImportField, number>;
  readonly unusedHeaders: readonly string[];
}

export interface FieldAliases {
  readonly field: ImportField;
  /** Header texts that mean this field, preferred first. */
  readonly aliases: readonly string[];
}

/** Column markers the rejected-rows file adds; never data, so never bound. */
export const REPORT_COLUMNS = ['Import row', 'Import problem'] as const;
const REPORT_KEYS = new Set(REPORT_COLUMNS.map((column) => aliasKey(column)));

/**
 * Binds fields to the header row by header text, never by position: for each field the
 * first alias any column matches wins (a whole-header match before a half of a bilingual
 * one), and a column serves one field only.
 */
export function bindColumns(headers: readonly string[], fields: readonly FieldAliases[]): ColumnBinding {
  const keysByColumn = headers.map((header) => headerKeys(header));
  const taken = new Set<number>();
  const columns = new Map<ImportField, number>();
  for (const { field, aliases } of fields) {
    const column = findColumn(keysByColumn, aliases, taken);
    if (column === null) continue;
    columns.set(field, column);
    taken.add(column);
  }
  const unusedHeaders = headers.filter(
    (header, index) =>
      !taken.has(index) && header.trim() !== '' && !keysByColumn[index]?.some((key) => REPORT_KEYS.has(key)),
  );
  return { columns, unusedHeaders };
}

function findColumn(keysByColumn: readonly string[][], aliases: readonly string[], taken: Set<number>): number | null {
  for (const alias of aliases) {
    const key = aliasKey(alias);
    let best: { column: number; strength: number } | null = null;
    keysByColumn.forEach((keys, column) => {
      if (taken.has(column)) return;
      const strength = keys.indexOf(key);
      if (strength !== -1 && (best === null || strength < best.strength)) best = { column, strength };
    });
    if (best !== null) return (best as { column: number }).column;
  }
  return null;
}

/** Index of the rejected-rows file's own columns in a header row, to skip them when reading. */
export function reportColumnIndexes(headers: readonly string[]): Set<number> {
  const indexes = new Set<number>();
  headers.forEach((header, index) => {
    if (headerKeys(header).some((key) => REPORT_KEYS.has(key))) indexes.add(index);
  });
  return indexes;
}

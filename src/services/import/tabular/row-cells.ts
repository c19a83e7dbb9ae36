import { foldDiacritics } from '../../../domain/text.js';
import type { ImportField } from '../fields.js';
import type { TabularFormat, TranslatableField } from '../formats/tabular-format.js';
import { type ProblemWords, type RowProblem, type RowProblemCode, rowProblem } from '../row-problem.js';
import { type Cell, cellText, type Reading } from '../values/cell.js';
import type { ColumnBinding } from './column-binding.js';

/** A row of a spreadsheet or CSV file: its number as a person sees it, and its cells. */
export interface RawRow {
  readonly number: number;
  readonly cells: readonly Cell[];
}

/** Cell text as translation tables key it: folded, lower case, single spaces. */
export function translationKey(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * How each field of a layout is read in one file: its column, the mapping file's default
 * and value translations. Worked out once per file, used for every row.
 */
export class FieldAccess {
  private readonly columns: ReadonlyMap<ImportField, number>;
  private readonly defaults: Partial<Record<ImportField, string>>;
  private readonly tables: Partial<Record<TranslatableField, ReadonlyMap<string, string>>>;

  constructor(
    readonly headers: readonly string[],
    binding: ColumnBinding,
    readonly format: TabularFormat,
  ) {
    this.columns = binding.columns;
    this.defaults = format.conventions.defaults ?? {};
    this.tables = format.conventions.values ?? {};
  }

  has(field: ImportField): boolean {
    return this.columns.has(field) || this.defaults[field] !== undefined;
  }

  /** The field's cell in a row; an empty cell falls back to the mapping file's default, if any. */
  cell(row: RawRow, field: ImportField): Cell {
    const column = this.columns.get(field);
    const cell = column === undefined ? null : (row.cells[column] ?? null);
    const fallback = this.defaults[field];
    const value = fallback !== undefined && cellText(cell) === null ? fallback : cell;
    const table = this.tables[field as TranslatableField];
    if (!table) return value;
    const text = cellText(value);
    return text === null ? value : (table.get(translationKey(text)) ?? value);
  }

  /** The header a person sees for the field, quoted, or "default <field>" for a mapping default. */
  columnName(field: ImportField): string {
    const column = this.columns.get(field);
    return column === undefined ? `default ${field}` : `"${this.headers[column] ?? field}"`;
  }
}

/** The cells of one row by field, and the problems found so far — each named after its column. */
export class RowCells {
  readonly problems: RowProblem[] = [];

  constructor(
    private readonly row: RawRow,
    private readonly access: FieldAccess,
  ) {}

  has(field: ImportField): boolean {
    return this.access.has(field);
  }

  get(field: ImportField): Cell {
    return this.access.cell(this.row, field);
  }

  text(field: ImportField): string | null {
    return cellText(this.get(field));
  }

  /** The field read by `read`; on a problem, records it (named after the column) and returns null. */
  read<T>(field: ImportField, read: (cell: Cell) => Reading<T | null>): T | null {
    const reading = read(this.get(field));
    if (reading.ok) return reading.value;
    this.problems.push({ ...reading.problem, column: this.access.columnName(field) });
    return null;
  }

  problem(field: ImportField, code: RowProblemCode, words?: ProblemWords): void {
    this.problems.push({ ...rowProblem(code, words), column: this.access.columnName(field) });
  }
}

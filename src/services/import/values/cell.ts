import { type ProblemWords, type RowProblem, type RowProblemCode, rowProblem } from '../row-problem.js';

/**
 * One cell as a source gives it: text from CSV and JSON, numbers, booleans and dates from
 * XLSX, null when empty.
 */
export type Cell = string | number | boolean | Date | null;

/** The outcome of reading one value: the value, or the problem a person can act on. */
export type Reading<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: RowProblem };

export function ok<T>(value: T): Reading<T> {
  return { ok: true, value };
}

/** Refuses a value; `words.value` is the cell as written (see `quoted`). */
export function refuse<T>(code: RowProblemCode, words?: ProblemWords): Reading<T> {
  return { ok: false, problem: rowProblem(code, words) };
}

const HAS_SPECIAL_SPACE = /[\u00a0\u202f\u2007]/;
const SPECIAL_SPACES = /[\u00a0\u202f\u2007]/g;

/** The cell as trimmed text, with non-breaking spaces made plain; null when empty. */
export function cellText(cell: Cell): string | null {
  if (typeof cell === 'string' && !HAS_SPECIAL_SPACE.test(cell)) {
    const trimmed = cell.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (cell === null) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString();
  const text = String(cell).replace(SPECIAL_SPACES, ' ').trim();
  return text === '' ? null : text;
}

/** How a cell is quoted back in a message: short, and clearly delimited. */
export function quoted(cell: Cell): string {
  const text = cell instanceof Date ? cell.toISOString() : String(cell ?? '');
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `"${shown}"`;
}

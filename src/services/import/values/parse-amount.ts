import { type Currency, MAX_MINOR_UNITS } from '../../../domain/money.js';
import { type Cell, cellText, ok, quoted, type Reading, refuse } from './cell.js';
import { currencyOfMark, splitCurrencyMark } from './currency-marks.js';
import { type DecimalSeparator, digitsOfNumber, readDecimalDigits, scaledInteger } from './decimal-text.js';

/** Whole units and at most two decimals, no grouping other than spaces: most amounts in most files. */
const SIMPLE_AMOUNT = /^(\d{1,13})(?:[.,](\d{1,2}))?$/;

export interface AmountValue {
  /** Minor units (grosze, cents), rounded half away from zero. */
  readonly minorUnits: number;
  /** The currency the cell itself names ("zł", "EUR"), if it names one. */
  readonly currency: Currency | null;
}

/**
 * Reads money from a cell in any of the forms files use: `1 015 798,80`, `1 015 798,80 zł`,
 * `200626162.00`, `2.305372204E7`, `5.172.338,50 kn`, or a number from a spreadsheet.
 * Null for an empty cell; refused, with the reason, when it is not an amount.
 * @example readAmount('1 015 798,80 zł') // ok({ minorUnits: 101579880, currency: 'PLN' })
 */
export function readAmount(cell: Cell, separator?: DecimalSeparator): Reading<AmountValue | null> {
  if (typeof cell === 'number') return amountFromNumber(cell);
  if (typeof cell === 'boolean' || cell instanceof Date) return refuse('not_an_amount', { value: quoted(cell) });
  const text = cellText(cell);
  if (text === null) return ok(null);
  const simple = SIMPLE_AMOUNT.exec(text.includes(' ') ? text.replace(/ /g, '') : text);
  if (simple) {
    // The common case, "1 015 798,80" or "200626162.00", read without the general parser.
    const minorUnits = Number(simple[1]) * 100 + Number((simple[2] ?? '').padEnd(2, '0'));
    if (minorUnits <= MAX_MINOR_UNITS) return ok({ minorUnits, currency: null });
  }
  const { number, mark } = splitCurrencyMark(text);
  const currency = mark === null ? null : currencyOfMark(mark);
  if (mark !== null && currency === null) return refuse('not_an_amount', { value: quoted(text) });
  const digits = readDecimalDigits(number, separator);
  if (!digits.ok) return refuse(digits.problem.code, { ...digits.problem.words, value: quoted(text) });
  const minorUnits = scaledInteger(digits.value, 2);
  if (minorUnits === null || Math.abs(minorUnits) > MAX_MINOR_UNITS)
    return refuse('amount_too_large', { value: quoted(text) });
  if (minorUnits < 0) return refuse('negative_amount', { value: quoted(text) });
  return ok({ minorUnits, currency });
}

function amountFromNumber(value: number): Reading<AmountValue | null> {
  const digits = digitsOfNumber(value);
  const minorUnits = digits ? scaledInteger(digits, 2) : null;
  if (minorUnits === null || Math.abs(minorUnits) > MAX_MINOR_UNITS)
    return refuse('not_an_amount', { value: quoted(value) });
  if (minorUnits < 0) return refuse('negative_amount', { value: quoted(value) });
  return ok({ minorUnits, currency: null });
}

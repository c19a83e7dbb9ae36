import { ok, type Reading, refuse } from './cell.js';

/** Which character separates the decimals when a number alone cannot tell ("1.234"). */
export type DecimalSeparator = ',' | '.';

/** A decimal number kept as its digits, so that money never passes through a float. */
export interface DecimalDigits {
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
}

const SPACES = /[\s\u00a0\u202f\u2007\u2009'’]/g;
const SCIENTIFIC = /^([-+]?)(\d+)(?:[.,](\d+))?e([-+]?\d+)$/i;

/**
 * Reads a number written by a person or a program: grouped with spaces, dots or commas,
 * decimals after a comma or a dot, or in scientific notation ("2.305372204E7"). When one
 * separator followed by exactly three digits could be either, `separator` decides; without
 * it the number is refused as ambiguous rather than guessed.
 * @example readDecimalDigits('1 015 798,80') // { negative: false, integer: '1015798', fraction: '80' }
 */
export function readDecimalDigits(text: string, separator?: DecimalSeparator): Reading<DecimalDigits> {
  const compact = text.replace(SPACES, '');
  const scientific = SCIENTIFIC.exec(compact);
  if (scientific) return ok(fromScientific(scientific));
  const match = /^([-+]?)([\d.,]+)$/.exec(compact);
  if (!match || !/\d/.test(compact)) return refuse('not_a_number');
  const [, sign = '', body = ''] = match;
  const split = splitSeparators(body, separator);
  if (!split.ok) return split;
  const integer = split.value.integer.replace(/^0+(?=\d)/, '') || '0';
  return ok({ negative: sign === '-', integer, fraction: split.value.fraction });
}

function splitSeparators(body: string, preferred?: DecimalSeparator): Reading<{ integer: string; fraction: string }> {
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots === 0 && commas === 0) return ok({ integer: body, fraction: '' });
  if (dots > 0 && commas > 0) {
    const decimal: DecimalSeparator = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(body, decimal) > 1) return refuse('two_decimal_separators');
    const [whole = '', fraction = ''] = body.split(decimal);
    return isGrouped(whole, group) ? ok({ integer: whole.split(group).join(''), fraction }) : refuse('not_a_number');
  }
  const separator: DecimalSeparator = dots > 0 ? '.' : ',';
  const parts = body.split(separator);
  if (parts.length > 2) {
    return isGrouped(body, separator) ? ok({ integer: parts.join(''), fraction: '' }) : refuse('not_a_number');
  }
  const [whole = '', fraction = ''] = parts;
  if (whole === '' || fraction === '') return refuse('not_a_number');
  // Only "d.ddd" to "ddd.ddd" can be a thousands group; anything else reads one way.
  if (fraction.length !== 3 || whole.length > 3 || /^0+$/.test(whole)) return ok({ integer: whole, fraction });
  if (preferred === undefined) {
    return refuse('ambiguous_number', { separator });
  }
  if (preferred === separator) return ok({ integer: whole, fraction });
  return ok({ integer: whole + fraction, fraction: '' });
}

function isGrouped(text: string, group: string): boolean {
  const groups = text.split(group);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((part) => /^\d{3}$/.test(part));
}

function count(text: string, character: string): number {
  let found = 0;
  for (const letter of text) if (letter === character) found += 1;
  return found;
}

function fromScientific(match: RegExpExecArray): DecimalDigits {
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  const pointAt = whole.length + Number(exponentText);
  const padded = pointAt > digits.length ? digits.padEnd(pointAt, '0') : digits;
  const integer = pointAt <= 0 ? '0' : padded.slice(0, pointAt);
  const rest = pointAt <= 0 ? '0'.repeat(-pointAt) + digits : padded.slice(pointAt);
  return { negative: sign === '-', integer: integer.replace(/^0+(?=\d)/, '') || '0', fraction: rest };
}

/**
 * The number scaled by 10^places and rounded half away from zero, as an integer; null
 * beyond the safe integer range.
 * @example scaledInteger({ negative: false, integer: '12', fraction: '345' }, 2) // 1235
 */
export function scaledInteger(digits: DecimalDigits, places: number): number | null {
  const fraction = digits.fraction.padEnd(places + 1, '0');
  const keptDigits = digits.integer + fraction.slice(0, places);
  if (keptDigits.length <= 15) {
    // Fifteen digits fit a double exactly; only longer numbers need BigInt.
    const value = Number(keptDigits) + (Number(fraction[places]) >= 5 ? 1 : 0);
    return digits.negative ? -value : value;
  }
  const kept = BigInt(keptDigits);
  const rounded = Number(fraction[places]) >= 5 ? kept + 1n : kept;
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const value = Number(rounded);
  return digits.negative ? -value : value;
}

/** The digits of a JavaScript number as written in decimal, e.g. from an XLSX cell. */
export function digitsOfNumber(value: number): DecimalDigits | null {
  if (!Number.isFinite(value)) return null;
  const text = Math.abs(value).toString();
  const scientific = SCIENTIFIC.exec(text);
  if (scientific) return { ...fromScientific(scientific), negative: value < 0 };
  const [integer = '0', fraction = ''] = text.split('.');
  return { negative: value < 0, integer, fraction };
}

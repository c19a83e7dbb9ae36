import { type Cell, cellText, ok, quoted, type Reading, refuse } from './cell.js';
import { type DecimalSeparator, digitsOfNumber, readDecimalDigits, scaledInteger } from './decimal-text.js';

/** Parts per million: a rate kept as an integer so amounts derived from it stay exact. */
export const PER_MILLION = 1_000_000;

/**
 * Reads a co-financing rate written either as a fraction (`0.85`) or in percent (`85`,
 * `85,00 %`); a value of 1 or less is taken as a fraction. Returns parts per million.
 * @example readRate('85') // ok(850000); readRate('0.85') // ok(850000)
 */
export function readRate(cell: Cell, separator?: DecimalSeparator): Reading<number | null> {
  let digits: ReturnType<typeof digitsOfNumber>;
  let shown: string;
  if (typeof cell === 'number') {
    digits = digitsOfNumber(cell);
    shown = String(cell);
  } else {
    const text = cellText(cell instanceof Date || typeof cell === 'boolean' ? String(cell) : cell);
    if (text === null) return ok(null);
    shown = text;
    const reading = readDecimalDigits(text.replace(/\s*%$/, ''), separator ?? '.');
    if (!reading.ok) return refuse('not_a_rate', { value: quoted(text) });
    digits = reading.value;
  }
  if (!digits || digits.negative) return refuse('not_a_rate', { value: quoted(shown) });
  const perMillion = scaledInteger(digits, 6);
  if (perMillion === null) return refuse('not_a_rate', { value: quoted(shown) });
  const rate = perMillion <= PER_MILLION ? perMillion : Math.round(perMillion / 100);
  if (rate > PER_MILLION) return refuse('rate_above_100', { value: quoted(shown) });
  return ok(rate);
}

/** `base × rate`, rounded half up to a whole minor unit, without floats. */
export function applyRate(baseMinorUnits: number, ratePerMillion: number): number {
  const product = BigInt(baseMinorUnits) * BigInt(ratePerMillion);
  const million = BigInt(PER_MILLION);
  return Number((product + million / 2n) / million);
}

/**
 * Currencies a project may be kept in: PLN for national programmes, EUR for Interreg, and
 * the other currencies of EU member states (past and present) for their lists of operations.
 * Every one has two decimal places.
 */
export const CURRENCIES = ['PLN', 'EUR', 'BGN', 'CZK', 'DKK', 'HRK', 'HUF', 'RON', 'SEK'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * An amount of money as an integer number of minor units (grosze, cents), never a float.
 * @example money(101579880, 'PLN') // 1 015 798,80 zł
 */
export interface Money {
  readonly amount: number;
  readonly currency: Currency;
}

/** The largest amount we accept: 10^15 minor units, far above any real project, far below 2^53. */
export const MAX_MINOR_UNITS = 1_000_000_000_000_000;

export function money(amount: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Money needs an integer number of minor units, got ${amount}`);
  }
  return { amount, currency };
}

/** A currency as a small number for typed arrays: its place in CURRENCIES plus one; 0 for none. */
export function currencyCode(value: unknown): number {
  return isCurrency(value) ? CURRENCIES.indexOf(value) + 1 : 0;
}

/** The currency of a `currencyCode`, or null for 0 (none). */
export function currencyOfCode(code: number): Currency | null {
  return CURRENCIES[code - 1] ?? null;
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** Adds amounts of one currency; mixing currencies is a programming error. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new TypeError(`Cannot add ${a.currency} to ${b.currency}`);
  }
  return money(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new TypeError(`Cannot subtract ${b.currency} from ${a.currency}`);
  }
  return money(a.amount - b.amount, a.currency);
}

/**
 * Parses a decimal amount written by a person or a file ("1 015 798,80", "200626162.00")
 * into minor units without going through floating point.
 * @example parseAmount('1 015 798,80') // 101579880
 */
export function parseAmount(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(zł|pln|eur|€)$/i, '')
    .trim();
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(minor)) return null;
  return sign === '-' ? -minor : minor;
}

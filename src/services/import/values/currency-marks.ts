import type { Currency } from '../../../domain/money.js';

/** Currency symbols and codes that files write next to amounts ("1 200,00 zł", "5.172.338,50 kn"). */
const MARKS: readonly [RegExp, Currency][] = [
  [/^(zł|zl|pln)$/i, 'PLN'],
  [/^(€|eur|euro)$/i, 'EUR'],
  [/^(kn|hrk)$/i, 'HRK'],
  [/^(kč|czk)$/i, 'CZK'],
  [/^(ft|huf)$/i, 'HUF'],
  [/^(lei|ron)$/i, 'RON'],
  [/^(лв|bgn)$/i, 'BGN'],
  [/^sek$/i, 'SEK'],
  [/^dkk$/i, 'DKK'],
];

/** The currency a mark names, or null for marks we do not know. */
export function currencyOfMark(mark: string): Currency | null {
  const cleaned = mark.trim().replace(/\.$/, '');
  for (const [pattern, currency] of MARKS) if (pattern.test(cleaned)) return currency;
  return null;
}

/**
 * Splits a leading or trailing currency mark off an amount written as text.
 * @example splitCurrencyMark('1 200,00 zł') // { number: '1 200,00', mark: 'zł' }
 */
export function splitCurrencyMark(text: string): { number: string; mark: string | null } {
  const trailing = /^(.*?[\d.,])\s*([^\d\s.,+-][^\d]*)$/u.exec(text);
  if (trailing?.[1] && trailing[2]) return { number: trailing[1], mark: trailing[2].trim() };
  const leading = /^([^\d\s.,+-][^\d+-]*?)\s*([-+]?\d.*)$/u.exec(text);
  if (leading?.[1] && leading[2]) return { number: leading[2], mark: leading[1].trim() };
  return { number: text, mark: null };
}

import type { z } from 'zod';
import type { Money } from '../../domain/money.js';
import type { MoneySchema } from '../schemas/common.js';

export type MoneyJson = z.infer<typeof MoneySchema>;

/**
 * Money as it leaves the server: an exact decimal string built from the integer minor
 * units by moving the point (never by dividing floats), plus the minor units themselves.
 * @example presentMoney({ amount: 101579880, currency: 'PLN' }) // { amount: '1015798.80', minorUnits: 101579880, currency: 'PLN' }
 */
export function presentMoney(money: Money): MoneyJson {
  const digits = String(Math.abs(money.amount)).padStart(3, '0');
  const sign = money.amount < 0 ? '-' : '';
  return {
    amount: `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`,
    minorUnits: money.amount,
    currency: money.currency,
  };
}

export function presentMoneyOrNull(money: Money | null): MoneyJson | null {
  return money ? presentMoney(money) : null;
}

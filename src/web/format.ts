import type { DatePrecision } from '../domain/codes.js';
import type { Money } from '../domain/money.js';

/** Formatting of money, dates, numbers and country names for one locale. */
export interface Formatter {
  /** `1 015 798,80 zł`: grouped always (pl-PL skips 4-digit groups by default), NBSP separators. */
  money(value: Money): string;
  /** `1 lipca 2018` from `2018-07-01`. */
  date(iso: string): string;
  /** A date shown as precisely as it is known: `6 czerwca 2017`, `kwiecień 2017`, `2017`. */
  dateWithPrecision(iso: string, precision: DatePrecision): string;
  /** `85 %`, `96,46 %` in Polish (NBSP before the sign), `96.46%` in English: at most two decimals. */
  percent(value: number): string;
  number(value: number, maximumFractionDigits?: number): string;
  /** The country's name from its ISO 3166-1 alpha-2 code: `IT` → `Włochy`. */
  country(code: string): string;
  /** `50,0876° N, 19,9051° E`. */
  coordinates(latitude: number, longitude: number): string;
}

/** Money written as an exact decimal string, so no float ever sits between the minor units and the page. */
export function minorUnitsToDecimal(amount: number): `${number}` {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}` as `${number}`;
}

function utcDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function createFormatter(locale: string): Formatter {
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string) => {
    let format = moneyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, useGrouping: 'always' });
      moneyFormats.set(currency, format);
    }
    return format;
  };
  const dayFormat = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const monthFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const yearFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: 'always' });
      numberFormats.set(digits, format);
    }
    return format;
  };
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  // Polish typography sets a space before the percent sign; CLDR's pl-PL pattern does not, so it is added here.
  const percentFormat = locale.startsWith('pl')
    ? (value: number) => `${numberFormat(2).format(value)}\u00a0%`
    : (value: number) => `${numberFormat(2).format(value)}%`;

  const withPrecision = (iso: string, precision: DatePrecision): string => {
    const date = utcDate(iso);
    if (!date) return iso;
    if (precision === 'year') return yearFormat.format(date);
    if (precision === 'month') return monthFormat.format(date);
    return dayFormat.format(date);
  };

  return {
    money: (value) => moneyFormat(value.currency).format(minorUnitsToDecimal(value.amount)),
    date: (iso) => withPrecision(iso, 'day'),
    dateWithPrecision: withPrecision,
    percent: percentFormat,
    number: (value, maximumFractionDigits = 2) => numberFormat(maximumFractionDigits).format(value),
    country: (code) => {
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    coordinates: (latitude, longitude) => {
      const coordinate = numberFormat(6);
      const ns = latitude >= 0 ? 'N' : 'S';
      const ew = longitude >= 0 ? 'E' : 'W';
      return `${coordinate.format(Math.abs(latitude))}°\u00a0${ns}, ${coordinate.format(Math.abs(longitude))}°\u00a0${ew}`;
    },
  };
}

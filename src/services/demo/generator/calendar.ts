/**
 * Dates as day numbers (days since 1970-01-01). Integer arithmetic instead of Date objects
 * keeps a million projects cheap; the conversions are Howard Hinnant's civil-date algorithms.
 */

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dayFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDay(dayNumber: number): CivilDate {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses YYYY-MM-DD; meant for constants, so it trusts its input. */
export function dayFromIso(iso: string): number {
  return dayFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function isoFromDay(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function firstDayOfMonth(dayNumber: number): number {
  const { year, month } = civilFromDay(dayNumber);
  return dayFromCivil(year, month, 1);
}

export function lastDayOfMonth(dayNumber: number): number {
  const { year, month } = civilFromDay(dayNumber);
  return month === 12 ? dayFromCivil(year + 1, 1, 1) - 1 : dayFromCivil(year, month + 1, 1) - 1;
}

const AVERAGE_MONTH_DAYS = 30.44;

export function addMonths(dayNumber: number, months: number): number {
  return dayNumber + Math.round(months * AVERAGE_MONTH_DAYS);
}

export function monthsBetween(startDay: number, endDay: number): number {
  return Math.max(1, Math.round((endDay - startDay + 1) / AVERAGE_MONTH_DAYS));
}

const MONTHS_GENITIVE = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];

/** Polish long form as written in project documents, e.g. "28 września 2021". */
export function polishDate(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${day} ${MONTHS_GENITIVE[month - 1] ?? ''} ${year}`;
}

import { isIsoDate } from '../../../domain/dates.js';
import { type Cell, cellText, ok, quoted, type Reading, refuse } from './cell.js';
import { memoise } from './memo.js';

/** How a date with the day and month both in numbers is ordered, when the file says so. */
export type DateOrder = 'dmy' | 'mdy';

/** Excel counts days from 1899-12-30 (or 1904-01-01 in workbooks made that way). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);
const DAY = 86_400_000;
/** Serial numbers from 1950 to 2100: a wider range is more likely an amount in the wrong column. */
const SERIAL_RANGE = [18_264, 73_051] as const;

export interface DateOptions {
  readonly order?: DateOrder;
  /** The workbook counts days from 1904 (an old Mac Excel setting). */
  readonly from1904?: boolean;
}

/**
 * Reads a date in any form files use — ISO (`2018-07-01`, also with a time), `01/07/2018`,
 * `01.07.2018`, `01.07.2018.`, an Excel serial number (`43282`, its fraction of a day
 * dropped) or a spreadsheet date — and returns it as `YYYY-MM-DD`. Null for an empty cell.
 * @example readDate(43282.75) // ok('2018-07-01')
 */
export function readDate(cell: Cell, options: DateOptions = {}): Reading<string | null> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? refuse('not_a_date') : ok(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') return fromSerial(cell, options.from1904 ?? false, String(cell));
  if (typeof cell === 'boolean') return refuse('not_a_date', { value: quoted(cell) });
  const text = cellText(cell);
  if (text === null) return ok(null);
  return (options.order === 'mdy' ? readMonthFirst : readDayFirst)(options.from1904 ? `1904:${text}` : text);
}

/** Dates repeat over and over in a list: each text is read once. */
const readDayFirst = memoise((key: string) => readText(key, 'dmy'));
const readMonthFirst = memoise((key: string) => readText(key, 'mdy'));

function readText(key: string, order: DateOrder): Reading<string | null> {
  const from1904 = key.startsWith('1904:');
  const text = from1904 ? key.slice(5) : key;
  const date = fromText(text, { order, from1904 });
  return date === null ? refuse('not_a_date', { value: quoted(text) }) : date;
}

function fromText(text: string, options: DateOptions): Reading<string> | null {
  const cleaned = text.replace(/\.$/, '').replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '');
  const iso = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(cleaned);
  if (iso) return checked(iso[1], iso[2], iso[3], text);
  const numeric = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(cleaned);
  if (numeric) {
    const [first, second] = options.order === 'mdy' ? [numeric[2], numeric[1]] : [numeric[1], numeric[2]];
    return checked(numeric[3], second, first, text);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(cleaned);
  if (compact && /^(19|20)/.test(cleaned)) return checked(compact[1], compact[2], compact[3], text);
  if (/^\d{5}(\.\d+)?$/.test(cleaned)) return fromSerial(Number(cleaned), options.from1904 ?? false, text);
  return null;
}

function checked(year = '', month = '', day = '', shown: string): Reading<string> {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? ok(iso) : refuse('not_a_real_date', { value: quoted(shown) });
}

function fromSerial(serial: number, from1904: boolean, shown: string): Reading<string> {
  if (Number.isInteger(serial) && serial >= 19_000_101 && serial <= 21_001_231) {
    const text = String(serial);
    return checked(text.slice(0, 4), text.slice(4, 6), text.slice(6, 8), shown);
  }
  const days = Math.trunc(serial);
  if (!Number.isFinite(serial) || days < SERIAL_RANGE[0] || days > SERIAL_RANGE[1]) {
    return refuse('not_a_date', { value: quoted(shown) });
  }
  const epoch = from1904 ? EXCEL_1904_EPOCH : EXCEL_EPOCH;
  return ok(new Date(epoch + days * DAY).toISOString().slice(0, 10));
}

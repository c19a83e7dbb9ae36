import type { Fund, ProgrammingPeriod } from '../../../domain/codes.js';
import type { TabularFormat } from './tabular-format.js';

/**
 * The export of the older national map of grants (Mapa Dotacji): CSV in windows-1250,
 * `;`, `.` as the decimal point. Files of 2007-2013 append " [zł]" to money headers, which
 * matching ignores. The rows name neither period nor fund; a file name such as
 * `mapa-dotacji_CF_2014-2020.csv` gives both.
 */
export const MAPA_DOTACJI: TabularFormat = {
  id: 'mapa-dotacji',
  label: 'Mapa Dotacji export',
  fields: [
    { field: 'title', aliases: ['Tytuł projektu'] },
    { field: 'beneficiary', aliases: ['Nazwa beneficjenta'] },
    { field: 'totalValue', aliases: ['Wartość projektu', 'Wartość projektu [zł]'] },
    { field: 'euAmount', aliases: ['Dofinansowanie z EU', 'Dofinansowanie z UE', 'Dofinansowanie z EU [zł]'] },
  ],
  knownColumns: [
    'Multimedia',
    'Dziedzina',
    'Czy projekt jest realizowany na obszarze większym niż jedna jednostka administracyjna?',
  ],
  required: ['title', 'beneficiary'],
  conventions: { decimalSeparator: '.', dateOrder: 'dmy', currency: 'PLN', country: 'PL' },
  hints: {},
};

const FUND_IN_NAME: Record<string, Fund> = {
  cf: 'CF',
  fs: 'CF',
  erdf: 'ERDF',
  efrr: 'ERDF',
  esf: 'ESF',
  efs: 'ESF',
};

/** Period and fund written in a Mapa Dotacji file's name, e.g. `mapa-dotacji_CF_2014-2020.csv`. */
export function hintsFromFileName(fileName: string): { period?: ProgrammingPeriod; fund?: Fund } {
  const tokens = fileName.toLowerCase().split(/[^a-z0-9-]+|_/);
  const period = /(2007-2013|2014-2020|2021-2027)/.exec(fileName)?.[1] as ProgrammingPeriod | undefined;
  const fund = tokens.map((token) => FUND_IN_NAME[token]).find((found) => found !== undefined);
  return { ...(period ? { period } : {}), ...(fund ? { fund } : {}) };
}

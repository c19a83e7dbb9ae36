import type { ProgrammingPeriod, ProjectCategory, ProjectStatus } from '../../../domain/codes.js';
import type { CodeName } from '../../../domain/project.js';
import { foldDiacritics } from '../../../domain/text.js';
import { type Cell, cellText, ok, quoted, type Reading, refuse } from './cell.js';
import { memoise } from './memo.js';

const STATUSES: Record<string, ProjectStatus> = {
  planned: 'planned',
  planowany: 'planned',
  'in progress': 'in_progress',
  in_progress: 'in_progress',
  ongoing: 'in_progress',
  'w trakcie realizacji': 'in_progress',
  'w realizacji': 'in_progress',
  realizowany: 'in_progress',
  'w trakcie': 'in_progress',
  completed: 'completed',
  finished: 'completed',
  closed: 'completed',
  zakonczony: 'completed',
  zrealizowany: 'completed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  anulowany: 'cancelled',
  rozwiazany: 'cancelled',
  wycofany: 'cancelled',
};

const CATEGORIES: Record<string, ProjectCategory> = {
  investment: 'investment',
  inwestycyjny: 'investment',
  'non-investment': 'non_investment',
  non_investment: 'non_investment',
  'non investment': 'non_investment',
  nieinwestycyjny: 'non_investment',
};

function key(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function readStatus(cell: Cell): Reading<ProjectStatus | null> {
  const text = cellText(cell instanceof Date ? null : cell);
  if (text === null) return ok(null);
  const status = STATUSES[key(text)];
  return status ? ok(status) : refuse('unknown_status', { value: quoted(text) });
}

export function readCategory(cell: Cell): Reading<ProjectCategory | null> {
  const text = cellText(cell instanceof Date ? null : cell);
  if (text === null) return ok(null);
  const category = CATEGORIES[key(text)];
  return category ? ok(category) : refuse('unknown_category', { value: quoted(text) });
}

/** `2014-2020`, `2014 - 2020`, `2014-20`, `2014–2020` → `2014-2020`. */
export function readPeriod(cell: Cell): Reading<ProgrammingPeriod | null> {
  const text = cellText(cell instanceof Date ? null : cell);
  if (text === null) return ok(null);
  const match = /^(2007|2014|2021)\s*[-–/]\s*(?:20)?(13|20|27)$/.exec(text);
  const period = match ? (`${match[1]}-20${match[2]}` as ProgrammingPeriod) : null;
  if (period === '2007-2013' || period === '2014-2020' || period === '2021-2027') return ok(period);
  return refuse('unknown_period', { value: quoted(text) });
}

/**
 * Splits "4.2 Efektywność energetyczna", "IV Innowacje społeczne" or "Oś priorytetowa 4:
 * Gospodarka niskoemisyjna" into its code and name; text without a code is all name.
 */
export function readCodeName(cell: Cell): CodeName | null {
  const text = cellText(cell instanceof Date ? null : cell);
  return text === null ? null : codeNameOf(text);
}

const codeNameOf = memoise((text: string): CodeName => {
  const cleaned = text.replace(
    /^(oś priorytetowa|os priorytetowa|priorytet|działanie|dzialanie|poddziałanie|poddzialanie)\s+/i,
    '',
  );
  const match = /^([IVXLC]+|\d+(?:\.\d+)*[A-Za-z]?|[A-Z]{2,}(?:\.\d+)+)\.?(?:\s*[:.)-]\s*|\s+)(.+)$/.exec(cleaned);
  if (match?.[1] && match[2]) return { code: match[1], name: match[2].trim() };
  if (/^([IVXLC]+|\d+(?:\.\d+)*)\.?$/.test(cleaned)) return { code: cleaned.replace(/\.$/, ''), name: '' };
  return { code: '', name: text };
});

/** `https://linkedopendata.eu/entity/Q7361953` → `Q7361953`; other ids as written. */
export function kohesioIdOf(text: string): string {
  return /\/entity\/(Q\d+)\/?$/.exec(text)?.[1] ?? /^(Q\d+)$/i.exec(text)?.[1]?.toUpperCase() ?? text;
}

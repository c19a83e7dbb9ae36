import { createHash } from 'node:crypto';
import type { Fund, ProgrammingPeriod, ProjectStatus } from '../../../domain/codes.js';
import { type Currency, isCurrency, type Money } from '../../../domain/money.js';
import { normaliseName } from '../../../domain/text.js';
import type { ImportField } from '../fields.js';
import type { TabularFormat } from '../formats/tabular-format.js';
import type {
  IncomingProject,
  OrganisationReference,
  ProgrammeReference,
  ProjectFactPath,
  RejectedRow,
} from '../incoming.js';
import { CCI_PATTERN, isTerritorialCooperationProgramme, periodOfCode } from '../programmes/known-programmes.js';
import { quoted } from '../values/cell.js';
import { countryCode } from '../values/countries.js';
import { currencyOfMark } from '../values/currency-marks.js';
import { guessOrganisationKind } from '../values/organisation-kind.js';
import { readAmount } from '../values/parse-amount.js';
import { readDate } from '../values/parse-date.js';
import { readFunds } from '../values/parse-funds.js';
import { applyRate, readRate } from '../values/parse-rate.js';
import { kohesioIdOf, readCategory, readCodeName, readPeriod, readStatus } from '../values/project-codes.js';
import { readYesNo } from '../values/yes-no.js';
import { type FieldAccess, type RawRow, RowCells } from './row-cells.js';
import { hasPlaceColumns, readRowPlaces } from './row-places.js';

const MONEY_FIELDS = ['totalValue', 'eligibleExpenditure', 'cofinancing', 'euAmount', 'stateBudget'] as const;
const CODE_NAMES = [
  ['priority', 'priorityAxis'],
  ['measure', 'measure'],
  ['subMeasure', 'subMeasure'],
] as const;
const IDENTIFYING: readonly ProjectFactPath[] = [
  'contractNumber',
  'externalIds.kohesio',
  'externalIds.officialList',
  'externalIds.keepEu',
];

export interface RowReaderContext {
  readonly access: FieldAccess;
  /** The import's date (YYYY-MM-DD), for statuses derived from dates. */
  readonly today: string;
  /** References rows repeat (the same beneficiary, the same programme), made once per file. */
  readonly references: Map<string, OrganisationReference | ProgrammeReference>;
}

/** How many distinct references a file's reading keeps; beyond it they are made again. */
const REFERENCES_KEPT = 20_000;

function remembered<T extends OrganisationReference | ProgrammeReference>(
  context: RowReaderContext,
  key: string,
  make: () => T,
): T {
  const known = context.references.get(key);
  if (known) return known as T;
  if (context.references.size >= REFERENCES_KEPT) context.references.clear();
  const made = make();
  context.references.set(key, made);
  return made;
}

/**
 * Reads one row of a list of projects into what it says about a project, in the
 * registry's terms, or rejects it with every reason at once.
 */
export function readTabularRow(row: RawRow, context: RowReaderContext): IncomingProject | RejectedRow {
  const { format } = context.access;
  const cells = new RowCells(row, context.access);
  const facts = new Map<ProjectFactPath, unknown>();
  const text = (field: ImportField, path: ProjectFactPath, empty: string | null = null) => {
    if (cells.has(field)) facts.set(path, cells.text(field) ?? empty);
  };

  const title = cells.text('title')?.replace(/\s+/g, ' ') ?? null;
  if (title === null) cells.problem('title', 'no_title');
  else facts.set('title', title);
  text('summary', 'summary', '');
  text('description', 'description', '');
  text('contractNumber', 'contractNumber');
  text('officialListId', 'externalIds.officialList');
  text('keepEuId', 'externalIds.keepEu');
  text('website', 'website');
  if (cells.has('kohesioId')) {
    const id = cells.text('kohesioId');
    facts.set('externalIds.kohesio', id === null ? null : kohesioIdOf(id));
  }
  for (const [field, path] of CODE_NAMES) {
    if (cells.has(field)) facts.set(path, readCodeName(cells.get(field)));
  }

  const fundReading = cells.has('fund') ? cells.read('fund', readFunds) : null;
  const funds = fundReading?.funds ?? (format.conventions.fund ? [format.conventions.fund] : null);
  if (funds !== null || cells.has('fund')) facts.set('funds', funds ?? []);

  const programmeText = cells.text('programme');
  const programmeCode = cells.text('programmeCode');
  const period = readRowPeriod(cells, format, programmeCode ?? programmeText);
  const programme =
    cells.has('programme') || cells.has('programmeCode')
      ? programmeText === null && programmeCode === null
        ? null
        : remembered(context, `programme|${programmeText}|${programmeCode}|${funds?.join(',')}|${period}`, () =>
            programmeReference(programmeText, programmeCode, funds ?? [], period),
          )
      : undefined;
  if (period !== null || cells.has('period')) facts.set('period', period);
  if (cells.has('category')) facts.set('category', cells.read('category', readCategory));

  const startDate = cells.read('startDate', (cell) => readDate(cell, { order: format.conventions.dateOrder }));
  const endDate = cells.read('endDate', (cell) => readDate(cell, { order: format.conventions.dateOrder }));
  if (cells.has('startDate')) facts.set('startDate', startDate);
  if (cells.has('endDate')) facts.set('endDate', endDate);
  const status = readRowStatus(cells, startDate, context.today);
  if (status !== undefined) facts.set('status', status);

  const isTerritorialCooperation =
    fundReading?.isTerritorialCooperation === true ||
    (programmeText !== null && isTerritorialCooperationProgramme(programmeText));
  readMoney(cells, facts, format, isTerritorialCooperation);

  const country = readRowCountry(cells, 'country') ?? format.conventions.country ?? null;
  if (hasPlaceColumns(cells)) facts.set('places', readRowPlaces(cells, country));
  const beneficiary = readBeneficiary(cells, country, context);

  if (cells.problems.length > 0) return { row: row.number, problems: cells.problems };
  const hasIdentifier = IDENTIFYING.some((path) => facts.get(path) != null);
  return {
    row: row.number,
    facts,
    ...(programme !== undefined ? { programme } : {}),
    ...(beneficiary !== undefined ? { beneficiary } : {}),
    importKey: hasIdentifier ? null : importKeyOf(title ?? '', beneficiary?.record.name ?? '', startDate, endDate),
    mergesPlaces: true,
    timestamps: null,
    raw: { cells: row.cells },
  };
}

function programmeReference(
  name: string | null,
  codeText: string | null,
  funds: readonly Fund[],
  period: ProgrammingPeriod | null,
): ProgrammeReference {
  const nameIsCode = name !== null && CCI_PATTERN.test(name.toUpperCase());
  const code =
    codeText !== null && CCI_PATTERN.test(codeText.toUpperCase())
      ? codeText.toUpperCase()
      : nameIsCode
        ? (name as string).toUpperCase()
        : null;
  const shortName = codeText !== null && !CCI_PATTERN.test(codeText.toUpperCase()) ? codeText : null;
  const reference: ProgrammeReference = {
    record: null,
    code,
    name: nameIsCode ? null : name,
    shortName,
    period: period ?? (code ? periodOfCode(code) : null),
    funds,
  };
  return reference;
}

/** The row's period: its own column, the layout's, or the one its programme's CCI code gives. */
function readRowPeriod(cells: RowCells, format: TabularFormat, programme: string | null): ProgrammingPeriod | null {
  if (cells.has('period')) {
    const period = cells.read('period', readPeriod);
    if (period !== null) return period;
  }
  const code = programme?.toUpperCase() ?? '';
  return format.conventions.period ?? (CCI_PATTERN.test(code) ? periodOfCode(code) : null);
}

/** An explicit status wins; "financing completed: yes" means completed, "no" the status its dates give. */
function readRowStatus(cells: RowCells, startDate: string | null, today: string): ProjectStatus | undefined {
  if (cells.has('status')) {
    const status = cells.read('status', readStatus);
    if (status !== null) return status;
  }
  if (cells.has('finished')) {
    const finished = cells.read('finished', readYesNo);
    if (finished === true) return 'completed';
    if (finished === false) return startDate !== null && startDate > today ? 'planned' : 'in_progress';
  }
  return undefined;
}

/** The status a new project starts with when the file gives none: from its dates. */
export function statusFromDates(startDate: string | null, endDate: string | null, today: string): ProjectStatus {
  if (endDate !== null && endDate < today) return 'completed';
  if (startDate !== null && startDate > today) return 'planned';
  return 'in_progress';
}

function readMoney(
  cells: RowCells,
  facts: Map<ProjectFactPath, unknown>,
  format: TabularFormat,
  isTerritorialCooperation: boolean,
) {
  const hasMoney = MONEY_FIELDS.some((field) => cells.has(field)) || cells.has('cofinancingRate');
  if (!hasMoney) return;
  const currency = readRowCurrency(cells, format, isTerritorialCooperation);
  if (currency === null) return;
  facts.set('currency', currency);
  const separator = format.conventions.decimalSeparator;
  const amounts = new Map<(typeof MONEY_FIELDS)[number], Money | null>();
  for (const field of MONEY_FIELDS) {
    if (!cells.has(field)) continue;
    const amount = cells.read(field, (cell) => readAmount(cell, separator));
    if (amount?.currency && amount.currency !== currency) {
      cells.problem(field, 'other_currency', {
        value: quoted(cells.get(field)),
        currency: amount.currency,
        rowCurrency: currency,
      });
    }
    amounts.set(field, amount === null ? null : { amount: amount.minorUnits, currency });
  }
  if (cells.has('totalValue')) facts.set('totalValue', amounts.get('totalValue') ?? null);
  if (cells.has('eligibleExpenditure')) facts.set('eligibleExpenditure', amounts.get('eligibleExpenditure') ?? null);
  if (cells.has('cofinancing')) facts.set('cofinancing', amounts.get('cofinancing') ?? null);
  if (cells.has('stateBudget')) facts.set('funding.state_budget', amounts.get('stateBudget') ?? null);
  let eu = amounts.get('euAmount') ?? null;
  if (cells.has('cofinancingRate')) {
    const rate = cells.read('cofinancingRate', (cell) => readRate(cell, separator));
    const base = amounts.get('eligibleExpenditure') ?? amounts.get('totalValue') ?? null;
    if (eu === null && rate !== null && base) eu = { amount: applyRate(base.amount, rate), currency };
  }
  if (cells.has('euAmount') || eu !== null) facts.set('funding.eu', eu);
}

function readRowCurrency(cells: RowCells, format: TabularFormat, isTerritorialCooperation: boolean): Currency | null {
  if (format.conventions.territorialCooperationInEur && isTerritorialCooperation) return 'EUR';
  const written = cells.text('currency');
  if (written !== null) {
    const currency = written.toUpperCase();
    if (isCurrency(currency)) return currency;
    const marked = currencyOfMark(written);
    if (marked) return marked;
    cells.problem('currency', 'unknown_currency', { value: quoted(written) });
    return null;
  }
  if (format.conventions.currency) return format.conventions.currency;
  cells.problem('currency', 'no_currency');
  return null;
}

function readRowCountry(cells: RowCells, field: 'country' | 'beneficiaryCountry'): string | null {
  const written = cells.text(field);
  if (written === null) return null;
  const code = countryCode(written);
  if (code === null) cells.problem(field, 'unknown_country', { value: quoted(written) });
  return code;
}

function readBeneficiary(
  cells: RowCells,
  rowCountry: string | null,
  context: RowReaderContext,
): OrganisationReference | null | undefined {
  if (!cells.has('beneficiary')) return undefined;
  const name = cells.text('beneficiary');
  if (name === null) return null;
  const country = readRowCountry(cells, 'beneficiaryCountry') ?? rowCountry;
  if (country === null) {
    cells.problem('beneficiary', 'no_beneficiary_country');
    return null;
  }
  return remembered(context, `beneficiary|${country}|${name}`, () => beneficiaryReference(name, country));
}

function beneficiaryReference(name: string, country: string): OrganisationReference {
  const written = name.replace(/\s+/g, ' ');
  return {
    keepsSlug: false,
    nameKey: normaliseName(written),
    record: {
      slug: '',
      name: written,
      shortName: null,
      kind: guessOrganisationKind(name),
      country,
      city: null,
      website: null,
      identifiers: {},
      isDemo: false,
    },
  };
}

/**
 * Identity of a row that carries no contract number or external id: its title,
 * beneficiary and dates, normalised, hashed. The same row in a later file has the same key.
 */
export function importKeyOf(title: string, beneficiary: string, startDate: string | null, endDate: string | null) {
  const source = [normaliseName(title), normaliseName(beneficiary), startDate ?? '', endDate ?? ''].join('|');
  return `v1:${createHash('sha1').update(source).digest('hex').slice(0, 24)}`;
}

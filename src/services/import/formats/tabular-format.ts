import type { Fund, ProgrammingPeriod } from '../../../domain/codes.js';
import type { Currency } from '../../../domain/money.js';
import type { ImportField } from '../fields.js';
import type { FieldAliases } from '../tabular/column-binding.js';
import type { DecimalSeparator } from '../values/decimal-text.js';
import type { DateOrder } from '../values/parse-date.js';

export const BUILT_IN_FORMAT_IDS = ['official-2014-2020', 'official-2021-2027', 'mapa-dotacji', 'kohesio'] as const;
export type BuiltInFormatId = (typeof BUILT_IN_FORMAT_IDS)[number];

/** Fields whose cell values a mapping file can translate ("Europski socijalni fond" → ESF). */
export const TRANSLATABLE_FIELDS = ['fund', 'currency', 'programme', 'status', 'category', 'country'] as const;
export type TranslatableField = (typeof TRANSLATABLE_FIELDS)[number];

/** How the values of one layout are written and what its rows leave unsaid. */
export interface Conventions {
  /** Resolves "1.234": the decimal separator when one separator and three digits could be either. */
  readonly decimalSeparator?: DecimalSeparator;
  readonly dateOrder?: DateOrder;
  /** Currency of amounts when no column gives it. */
  readonly currency?: Currency;
  readonly period?: ProgrammingPeriod;
  /** Country of places and beneficiaries when no column gives it (ISO code). */
  readonly country?: string;
  /** Fund when no column gives it (e.g. read from a Mapa Dotacji file name). */
  readonly fund?: Fund;
  /** The official list 2014-2020 gives amounts of Interreg (EWT) projects in EUR, all others in PLN. */
  readonly territorialCooperationInEur?: boolean;
  /** Values a mapping file sets for every row, as cell text. */
  readonly defaults?: Partial<Record<ImportField, string>>;
  /** Cell values a mapping file translates, keyed by normalised cell text. */
  readonly values?: Partial<Record<TranslatableField, ReadonlyMap<string, string>>>;
}

/** Where to find the data in a file, when a mapping file says so. */
export interface SourceHints {
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly sheet?: string;
  /** 1-based row of the header; detected when absent. */
  readonly headerRow?: number;
}

/** A layout of a list of projects in a spreadsheet or CSV file. */
export interface TabularFormat {
  readonly id: BuiltInFormatId | 'mapping';
  /** How reports name it, e.g. "official list of projects 2014-2020". */
  readonly label: string;
  readonly fields: readonly FieldAliases[];
  /** Columns this layout has that the registry does not keep; recognised, listed as not imported. */
  readonly knownColumns: readonly string[];
  /** Fields without whose column the file cannot be imported. */
  readonly required: readonly ImportField[];
  readonly conventions: Conventions;
  readonly hints: SourceHints;
}

/**
 * Why a row was not imported, kept as a code and its words rather than a sentence, so each
 * language words it (the editorial area in Polish and English; the command line, the CSV
 * of rejected rows and the audit log in English, from `rowProblemText`).
 */
export interface RowProblem {
  readonly code: RowProblemCode;
  /** The column (quoted, as the file names it) or the field path it is about; none for the whole row. */
  readonly column?: string;
  /** The problem's words: `value` is the cell as written, quoted and shortened; others per code. */
  readonly words?: ProblemWords;
}

export type ProblemWords = Readonly<Record<string, string>>;

/** A cell's value as the subject of a sentence: `"abc" is not a number`, or just the predicate. */
function about(words: ProblemWords, predicate: string): string {
  return words.value ? `${words.value} ${predicate}` : predicate;
}

const COUNTRY_HINT = 'give the file a country column or a default country';

/** The English sentence of each problem. */
const ENGLISH = {
  not_a_number: (w: ProblemWords) => about(w, 'is not a number'),
  two_decimal_separators: (w: ProblemWords) => about(w, 'has more than one decimal separator'),
  ambiguous_number: (w: ProblemWords) =>
    about(w, `could be read two ways ("${w.separator}" as decimal or thousands separator)`),
  not_an_amount: (w: ProblemWords) => about(w, 'is not an amount'),
  amount_too_large: (w: ProblemWords) => about(w, 'is too large'),
  negative_amount: (w: ProblemWords) => about(w, 'is negative'),
  not_a_date: (w: ProblemWords) => about(w, 'is not a date'),
  not_a_real_date: (w: ProblemWords) => about(w, 'is not a real date'),
  not_a_rate: (w: ProblemWords) => about(w, 'is not a rate'),
  rate_above_100: (w: ProblemWords) => about(w, 'is above 100 %'),
  not_coordinates: (w: ProblemWords) => about(w, 'is not a latitude and longitude'),
  unknown_fund: (w: ProblemWords) => about(w, 'is not a fund we know (e.g. EFRR, EFS, FS, EFS+, FST, ERDF, ESF, CF)'),
  unknown_status: (w: ProblemWords) => about(w, 'is not a status (planned, in progress, completed, cancelled)'),
  unknown_category: (w: ProblemWords) => about(w, 'is neither investment nor non-investment'),
  unknown_period: (w: ProblemWords) => about(w, 'is not a programming period (2007-2013, 2014-2020, 2021-2027)'),
  not_yes_no: (w: ProblemWords) => about(w, 'is neither yes nor no'),
  unknown_currency: (w: ProblemWords) =>
    about(w, 'is not a currency we keep (PLN, EUR, BGN, CZK, DKK, HRK, HUF, RON, SEK)'),
  other_currency: (w: ProblemWords) => about(w, `is in ${w.currency}, the row's amounts are in ${w.rowCurrency}`),
  unknown_country: (w: ProblemWords) => about(w, 'is not a country we know'),
  no_title: () => 'the project has no title',
  no_place_country: () => `no country for the place: ${COUNTRY_HINT}`,
  no_beneficiary_country: () => `no country for the beneficiary: ${COUNTRY_HINT}`,
  no_currency: () => 'the row gives amounts but no currency; give the file a currency column or a default currency',
  too_many_cells: (w: ProblemWords) =>
    `the row has ${w.cells} cells but the header only ${w.columns} columns; a separator inside an unquoted cell may have split it`,
  identifiers_conflict: (w: ProblemWords) => `its identifiers (${w.identifiers}) name ${w.count} different projects`,
  repeat_differs: (w: ProblemWords) => `repeats the project of row ${w.row} with other facts: ${w.facts}`,
  programme_period_unknown: (w: ProblemWords) =>
    `cannot tell the programming period of programme ${w.value}; add a period column or a default period`,
  /** A rule of the registry (`check` is the validation code); `message` is its English wording. */
  invalid: (w: ProblemWords) => w.message ?? '',
  /** A record of a JSON export that does not fit the export's schema; `message` is the schema's own. */
  not_in_schema: (w: ProblemWords) => w.message ?? '',
} satisfies Record<string, (words: ProblemWords) => string>;

export type RowProblemCode = keyof typeof ENGLISH;

export const ROW_PROBLEM_CODES = Object.keys(ENGLISH) as RowProblemCode[];

/** A problem as one English line: `"Wartość projektu": "abc" is not a number`. */
export function rowProblemText(problem: RowProblem): string {
  const sentence = ENGLISH[problem.code](problem.words ?? {});
  return problem.column ? `${problem.column}: ${sentence}` : sentence;
}

/** A problem of the whole row. */
export function rowProblem(code: RowProblemCode, words?: ProblemWords): RowProblem {
  return words ? { code, words } : { code };
}

/** A rule of the registry a row breaks, from the project validator. */
export function validationProblem(error: { path: string; code: string; message: string }): RowProblem {
  return { code: 'invalid', column: error.path, words: { check: error.code, message: error.message } };
}

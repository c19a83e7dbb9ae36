import type { MappingProblem } from './formats/mapping-problem.js';
import type { ProblemWords } from './row-problem.js';

const ENCODING_HINT = 'name its encoding in a mapping file ("encoding": "windows-1250")';
const NOTHING = 'nothing was imported.';

/**
 * The English sentence of each reason a whole import cannot go on. The words are kept with
 * the error, so the editorial area words it in Polish too; `detail` is always a reader's or
 * parser's own (English) message.
 */
const ENGLISH = {
  not_a_file: (w: ProblemWords) => `${w.file} is not a file.`,
  cannot_read_file: (w: ProblemWords) => `Cannot read ${w.file}: no such file, or no permission to read it.`,
  empty_file: (w: ProblemWords) => `${w.file} is empty; ${NOTHING}`,
  old_excel: () => 'This is an old Excel file (.xls); save it as XLSX or CSV (UTF-8) and import that.',
  not_json: () => 'The file is not JSON, but --format json was asked for.',
  is_json: (w: ProblemWords) => `The file is JSON, but --format ${w.format} was asked for.`,
  json_record_invalid: (w: ProblemWords) =>
    `Record ${w.record} of the JSON file is not valid JSON (${w.detail}); ${NOTHING}`,
  json_record_not_object: (w: ProblemWords) => `Record ${w.record} of the JSON file is not an object; ${NOTHING}`,
  json_cut_in_record: (w: ProblemWords) =>
    `The JSON file ends in the middle of record ${w.record} (it was probably cut short); ${NOTHING}`,
  json_cut_in_structure: () =>
    `The JSON file ends in the middle of its structure (it was probably cut short); ${NOTHING}`,
  json_no_records: () => `The JSON file holds no records; ${NOTHING}`,
  json_invalid_after: (w: ProblemWords) => `The JSON file is not valid JSON after record ${w.record}; ${NOTHING}`,
  missing_columns: (w: ProblemWords) =>
    `The file looks like the ${w.format}, but has no column ${w.columns}, which it needs; ${NOTHING}`,
  no_header_row: (w: ProblemWords) =>
    `No header row of the ${w.format} was found ${w.sheets ? `in the sheet(s) "${w.sheets}"` : 'in its first 30 rows'} (expected columns such as ${w.expected}); ${NOTHING}`,
  no_known_layout: (w: ProblemWords) =>
    `The file's columns match none of the known layouts ${w.sheets ? `in the sheet(s) "${w.sheets}"` : 'in its first 30 rows'} (official lists 2014-2020 and 2021-2027, Mapa Dotacji, Kohesio). Name its layout with --format, or describe its columns in a mapping file (--mapping); ${NOTHING}`,
  mapping_unreadable: (w: ProblemWords) => `Cannot read the mapping file ${w.name}.`,
  mapping_not_json: (w: ProblemWords) => `The mapping file ${w.name} is not valid JSON: ${w.detail}`,
  mapping_problems: (w: ProblemWords) =>
    `The mapping file ${w.name} has problems:\n${(w.details ?? '')
      .split('\n')
      .map((line) => `  - ${line}`)
      .join('\n')}`,
  not_utf8_as_declared: (w: ProblemWords) =>
    `The file is not valid UTF-8, as the mapping file says it is (first bad byte at ${w.byte}); name its real encoding in the mapping file, e.g. "encoding": "windows-1250".`,
  not_utf8: (w: ProblemWords) =>
    `The file is not valid UTF-8 (bad byte near byte ${w.byte}). Save it as UTF-8, or ${ENCODING_HINT}.`,
  not_text: () => 'The file does not look like text (CSV) or a spreadsheet (XLSX).',
  unknown_encoding: () =>
    'Cannot tell how the file is encoded: it is neither UTF-8 nor Central European text. Save it as UTF-8, or name its encoding in a mapping file ("encoding": "…").',
  xlsx_incomplete: () =>
    `The XLSX file is incomplete or damaged (it was probably cut short while downloading or copying); ${NOTHING}`,
  xlsx_unreadable: (w: ProblemWords) => `The XLSX file cannot be read (${w.detail}); ${NOTHING}`,
  csv_quote_not_closed: (w: ProblemWords) =>
    `The CSV file ends inside a quoted field that opens at row ${w.row}: a closing quote (") is missing.`,
  csv_unreadable: (w: ProblemWords) => `The CSV file cannot be read at row ${w.row}: ${w.detail}`,
  /** Not the file's fault: a bug, a full disk, a database that went away (the log says which). */
  unexpected: () => `The import stopped on an unexpected error; ${NOTHING}`,
} satisfies Record<string, (words: ProblemWords) => string>;

export type ImportFailureCode = keyof typeof ENGLISH;

/** Why an import could not go on, in words each language can use. */
export interface ImportFailure {
  readonly code: ImportFailureCode;
  readonly words: ProblemWords;
  /** For `mapping_problems`: each problem of the mapping file (`words.details` has them in English). */
  readonly mappingProblems?: readonly MappingProblem[];
}

export function importFailureText(failure: ImportFailure): string {
  return ENGLISH[failure.code](failure.words);
}

/**
 * An import that cannot go on — an unreadable file, a missing column, a broken mapping
 * file. The message says what is wrong and what to do; nothing was written.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly failure: ImportFailure;

  constructor(code: ImportFailureCode, words: ProblemWords = {}, mappingProblems?: readonly MappingProblem[]) {
    const failure: ImportFailure = mappingProblems ? { code, words, mappingProblems } : { code, words };
    super(importFailureText(failure));
    this.failure = failure;
  }
}

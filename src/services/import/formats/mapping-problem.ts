import type { ProblemWords } from '../row-problem.js';

/** One thing wrong with a mapping file, at a place in it (`defaults.currency`), with its words. */
export interface MappingProblem {
  readonly code: MappingProblemCode;
  readonly path: string;
  readonly words?: ProblemWords;
}

/** The English wording of each; `schema` carries the JSON schema check's own message. */
const ENGLISH = {
  no_title_column: () => 'no column is mapped to "title"',
  repeated_field: (w: ProblemWords) => `more than one column is mapped to "${w.field}"`,
  no_currency: () => 'amounts are mapped but no currency is; add "currency": "PLN" (or EUR, HRK, …) to "defaults"',
  not_one_of: (w: ProblemWords) => `"${w.value}" is not one of ${w.choices}`,
  unknown_country: (w: ProblemWords) => `"${w.value}" is not a country we know; use its ISO code, e.g. "HR"`,
  schema: (w: ProblemWords) => w.message ?? '',
} satisfies Record<string, (words: ProblemWords) => string>;

export type MappingProblemCode = keyof typeof ENGLISH;

/** `defaults.currency: "ZŁ" is not one of PLN, EUR, …` */
export function mappingProblemText(problem: MappingProblem): string {
  return `${problem.path}: ${ENGLISH[problem.code](problem.words ?? {})}`;
}

import {
  type MappingProblem,
  type MappingProblemCode,
  mappingProblemText,
} from '../../../services/import/formats/mapping-problem.js';
import type { ProblemWords } from '../../../services/import/row-problem.js';
import type { AdminLanguage } from '../paths.js';

/** The Polish wording of what can be wrong in a mapping file; the schema check's own message stays as it is. */
const mappingProblemsPl: Record<MappingProblemCode, (words: ProblemWords) => string> = {
  no_title_column: () => 'żadna kolumna nie jest przypisana do pola "title"',
  repeated_field: (w) => `do pola "${w.field}" przypisano więcej niż jedną kolumnę`,
  no_currency: () => 'kwoty są przypisane, a waluta nie; dodaj "currency": "PLN" (albo EUR, HRK, …) do "defaults"',
  not_one_of: (w) => `"${w.value}" nie jest żadną z wartości: ${w.choices}`,
  unknown_country: (w) => `"${w.value}" nie jest znanym krajem; użyj kodu ISO, np. "HR"`,
  schema: (w) => `niezgodne ze schematem pliku mapowania (${w.message ?? ''})`,
};

/** A mapping file's problems as one line in the page's language. */
export function mappingProblemsIn(lang: AdminLanguage, problems: readonly MappingProblem[]): string {
  const line = (problem: MappingProblem) =>
    lang === 'en'
      ? mappingProblemText(problem)
      : `${problem.path}: ${mappingProblemsPl[problem.code](problem.words ?? {})}`;
  return problems.map(line).join('; ');
}

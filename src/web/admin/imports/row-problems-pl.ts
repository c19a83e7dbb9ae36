import {
  type ProblemWords,
  type RowProblem,
  type RowProblemCode,
  rowProblemText,
} from '../../../services/import/row-problem.js';
import { fieldsPl } from '../i18n/fields-pl.js';
import { problemsPl } from '../i18n/problems-pl.js';
import type { AdminLanguage } from '../paths.js';

/** A cell's value as the subject of a Polish sentence, or just the predicate. */
function about(words: ProblemWords, predicate: string): string {
  return words.value ? `${words.value} ${predicate}` : predicate;
}

const COUNTRY_HINT = 'dodaj do pliku kolumnę kraju albo kraj domyślny';

/** The Polish sentence of each reason an import rejects a row (the English ones are the service's). */
export const rowProblemsPl: Record<RowProblemCode, (words: ProblemWords) => string> = {
  not_a_number: (w) => about(w, 'nie jest liczbą'),
  two_decimal_separators: (w) => about(w, 'ma więcej niż jeden separator dziesiętny'),
  ambiguous_number: (w) =>
    about(w, `można odczytać na dwa sposoby („${w.separator}” jako separator dziesiętny albo tysięcy)`),
  not_an_amount: (w) => about(w, 'nie jest kwotą'),
  amount_too_large: (w) => about(w, 'to zbyt duża kwota'),
  negative_amount: (w) => about(w, 'to kwota ujemna'),
  not_a_date: (w) => about(w, 'nie jest datą'),
  not_a_real_date: (w) => about(w, 'to data, która nie istnieje'),
  not_a_rate: (w) => about(w, 'nie jest wartością procentową'),
  rate_above_100: (w) => about(w, 'przekracza 100 %'),
  not_coordinates: (w) => about(w, 'nie jest parą współrzędnych (szerokość, długość geograficzna)'),
  unknown_fund: (w) => about(w, 'nie jest znanym funduszem (np. EFRR, EFS, FS, EFS+, FST, ERDF, ESF, CF)'),
  unknown_status: (w) => about(w, 'nie jest statusem projektu (planowany, w realizacji, zakończony, anulowany)'),
  unknown_category: (w) => about(w, 'nie oznacza ani projektu inwestycyjnego, ani nieinwestycyjnego'),
  unknown_period: (w) => about(w, 'nie jest okresem programowania (2007-2013, 2014-2020, 2021-2027)'),
  not_yes_no: (w) => about(w, 'nie znaczy ani „tak”, ani „nie”'),
  unknown_currency: (w) =>
    about(w, 'nie jest walutą prowadzoną w rejestrze (PLN, EUR, BGN, CZK, DKK, HRK, HUF, RON, SEK)'),
  other_currency: (w) => about(w, `jest w ${w.currency}, a pozostałe kwoty wiersza w ${w.rowCurrency}`),
  unknown_country: (w) => about(w, 'nie jest znanym krajem'),
  no_title: () => 'projekt nie ma tytułu',
  no_place_country: () => `brak kraju miejsca realizacji: ${COUNTRY_HINT}`,
  no_beneficiary_country: () => `brak kraju beneficjenta: ${COUNTRY_HINT}`,
  no_currency: () => 'wiersz podaje kwoty, ale nie walutę: dodaj do pliku kolumnę waluty albo walutę domyślną',
  too_many_cells: (w) =>
    `komórek w wierszu: ${w.cells}, a kolumn w nagłówku: ${w.columns}; separator w komórce bez cudzysłowu mógł ją podzielić`,
  identifiers_conflict: (w) => `jego identyfikatory (${w.identifiers}) wskazują różne projekty (${w.count})`,
  repeat_differs: (w) => `powtarza projekt z wiersza ${w.row}, ale z innymi danymi: ${w.facts}`,
  programme_period_unknown: (w) =>
    `nie wiadomo, z którego okresu programowania jest program ${w.value}; dodaj kolumnę okresu albo okres domyślny`,
  // The validator's English sentence when the editorial forms have no wording for its rule.
  invalid: (w) => (w.check ? problemsPl[w.check] : undefined) ?? w.message ?? '',
  not_in_schema: (w) => `nie pasuje do schematu eksportu (${w.message ?? ''})`,
};

/** A rejected row's problem as one line in the page's language: `"Wartość": "abc" nie jest liczbą`. */
export function rowProblemIn(lang: AdminLanguage, problem: RowProblem): string {
  if (lang === 'en') return rowProblemText(problem);
  const sentence = rowProblemsPl[problem.code](problem.words ?? {});
  // A registry rule names a field of the model, which the editorial forms have a label for.
  const labels: Record<string, string | undefined> = fieldsPl.project;
  const column =
    problem.code === 'invalid' && problem.column ? (labels[problem.column] ?? problem.column) : problem.column;
  return column ? `${column}: ${sentence}` : sentence;
}

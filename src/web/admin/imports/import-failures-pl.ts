import {
  type ImportFailure,
  type ImportFailureCode,
  importFailureText,
} from '../../../services/import/import-error.js';
import type { ProblemWords } from '../../../services/import/row-problem.js';
import type { AdminLanguage } from '../paths.js';
import { mappingProblemsIn } from './mapping-problems-pl.js';
import { importsPl } from './words-pl.js';

const NOTHING = 'niczego nie zaimportowano.';
const ENCODING_HINT = 'podaj jego kodowanie w pliku mapowania („encoding”: „windows-1250”)';

/** The layout a failure names, in Polish when it is one of ours. */
function layout(words: ProblemWords): string {
  const id = words.formatId as keyof typeof importsPl.formats | undefined;
  return (id && importsPl.formats[id]) || words.format || '';
}

function place(words: ProblemWords): string {
  return words.sheets ? `w arkuszach „${words.sheets}”` : 'w pierwszych 30 wierszach';
}

/** The Polish sentence of each reason a whole import stops (the English ones are the service's). */
const importFailuresPl: Record<ImportFailureCode, (words: ProblemWords) => string> = {
  not_a_file: (w) => `${w.file} nie jest plikiem.`,
  cannot_read_file: (w) => `Nie można odczytać pliku ${w.file}: nie istnieje albo brak uprawnień do odczytu.`,
  empty_file: (w) => `Plik ${w.file} jest pusty; ${NOTHING}`,
  old_excel: () =>
    'To plik w starym formacie Excela (.xls); zapisz go jako XLSX albo CSV (UTF-8) i zaimportuj ponownie.',
  not_json: () => 'Wybrano układ JSON, ale plik nie jest plikiem JSON.',
  is_json: () => 'Plik jest plikiem JSON, a wybrano inny układ.',
  json_record_invalid: (w) => `Rekord ${w.record} pliku JSON nie jest poprawnym JSON-em (${w.detail}); ${NOTHING}`,
  json_record_not_object: (w) => `Rekord ${w.record} pliku JSON nie jest obiektem; ${NOTHING}`,
  json_cut_in_record: (w) =>
    `Plik JSON urywa się w środku rekordu ${w.record} (pewnie nie został zapisany do końca); ${NOTHING}`,
  json_cut_in_structure: () => `Plik JSON urywa się w środku (pewnie nie został zapisany do końca); ${NOTHING}`,
  json_no_records: () => `Plik JSON nie zawiera żadnych rekordów; ${NOTHING}`,
  json_invalid_after: (w) => `Plik JSON przestaje być poprawny po rekordzie ${w.record}; ${NOTHING}`,
  missing_columns: (w) =>
    `Plik wygląda na układ „${layout(w)}”, ale brak w nim wymaganej kolumny ${w.columns}; ${NOTHING}`,
  no_header_row: (w) =>
    `Nie znaleziono wiersza nagłówka układu „${layout(w)}” ${place(w)} (oczekiwane kolumny to np. ${w.expected}); ${NOTHING}`,
  no_known_layout: (w) =>
    `Kolumny pliku ${place(w)} nie pasują do żadnego znanego układu (oficjalne listy 2014-2020 i 2021-2027, Mapa Dotacji, Kohesio). Wybierz układ ręcznie albo opisz kolumny w pliku mapowania; ${NOTHING}`,
  mapping_unreadable: (w) => `Nie można odczytać pliku mapowania ${w.name}.`,
  mapping_not_json: (w) => `Plik mapowania ${w.name} nie jest poprawnym JSON-em: ${w.detail}`,
  // Its problems are added by `importFailureIn`, which has them one by one.
  mapping_problems: (w) => `Plik mapowania ${w.name} ma błędy:`,
  not_utf8_as_declared: (w) =>
    `Plik nie jest w UTF-8, choć tak podaje plik mapowania (pierwszy błędny bajt: ${w.byte}); wpisz w pliku mapowania prawdziwe kodowanie, np. „encoding”: „windows-1250”.`,
  not_utf8: (w) =>
    `Plik nie jest poprawnym UTF-8 (błędny bajt w pobliżu bajtu ${w.byte}). Zapisz go jako UTF-8 albo ${ENCODING_HINT}.`,
  not_text: () => 'Plik nie wygląda ani na tekst (CSV), ani na arkusz kalkulacyjny (XLSX).',
  unknown_encoding: () =>
    'Nie da się ustalić kodowania pliku: to ani UTF-8, ani tekst środkowoeuropejski. Zapisz go jako UTF-8 albo podaj kodowanie w pliku mapowania („encoding”: „…”).',
  xlsx_incomplete: () =>
    `Plik XLSX jest niekompletny albo uszkodzony (pewnie przerwano pobieranie lub kopiowanie); ${NOTHING}`,
  xlsx_unreadable: (w) => `Nie można odczytać pliku XLSX (${w.detail}); ${NOTHING}`,
  csv_quote_not_closed: (w) =>
    `Plik CSV kończy się wewnątrz pola w cudzysłowie otwartego w wierszu ${w.row}: brak cudzysłowu zamykającego (").`,
  csv_unreadable: (w) => `Nie można odczytać pliku CSV w wierszu ${w.row}: ${w.detail}`,
  unexpected: () => `Import przerwał nieoczekiwany błąd; ${NOTHING}`,
};

/** Why an import stopped, in the page's language. */
export function importFailureIn(lang: AdminLanguage, failure: ImportFailure): string {
  if (lang === 'en') return importFailureText(failure);
  const sentence = importFailuresPl[failure.code](failure.words);
  return failure.mappingProblems ? `${sentence} ${mappingProblemsIn('pl', failure.mappingProblems)}` : sentence;
}

import type { ImportFormatChoice } from '../../../services/import/format-choices.js';

const number = new Intl.NumberFormat('pl-PL');
const n = (value: number) => number.format(value);

/** Polish words of the import pages; the English ones have the same shape. */
export const importsPl = {
  nav: 'Import',
  title: 'Import pliku',
  intro:
    'Wczytaj listę projektów z pliku: oficjalną listę projektów 2014-2020 (XLSX, CSV) lub 2021-2027 (XLSX), eksport Mapy Dotacji albo Kohesio (CSV), dowolną listę operacji z plikiem mapowania albo eksport JSON/NDJSON tego rejestru. Import przebiega w tle; stronę z postępem możesz zamknąć.',
  file: 'Plik do zaimportowania',
  fileHint: (limit: string) => `XLSX, CSV, JSON lub NDJSON, najwyżej ${limit}.`,
  format: 'Układ pliku',
  formatHint: 'Rozpoznawany automatycznie po nagłówkach; wybierz ręcznie, jeśli rozpoznanie zawiedzie.',
  formats: {
    auto: 'rozpoznaj automatycznie',
    'official-2014-2020': 'oficjalna lista projektów 2014-2020',
    'official-2021-2027': 'oficjalna lista projektów 2021-2027',
    'mapa-dotacji': 'eksport Mapy Dotacji',
    kohesio: 'eksport Kohesio',
    json: 'eksport JSON/NDJSON tego rejestru',
  } as Record<ImportFormatChoice, string>,
  mapping: 'Plik mapowania (nieobowiązkowy)',
  mappingHint: 'JSON wskazujący pole rejestru dla każdej kolumny – dla list operacji w innym układzie. Opis w README.',
  dryRun: 'Próba: sprawdź wszystkie wiersze i pokaż raport, ale niczego nie zapisuj',
  submit: 'Importuj',
  running: 'Trwa inny import. Nowy można rozpocząć, gdy się zakończy.',
  runningLink: 'Zobacz postęp trwającego importu',
  recent: 'Ostatnie importy',
  problems: {
    fileRequired: 'Wybierz plik do zaimportowania.',
    tooLarge: (limit: string) => `Plik jest większy niż ${limit}. Nic nie zostało zaimportowane.`,
    format: 'Wybierz układ z listy.',
    formatAndMapping: 'Wybierz albo układ, albo plik mapowania – nie oba naraz.',
    mapping: (message: string) => `Plik mapowania ma błędy: ${message}`,
    busy: 'Trwa inny import. Poczekaj, aż się zakończy, i spróbuj ponownie.',
    unknownFields: 'Formularz zawiera pola, których nie znamy. Nic nie zostało zaimportowane.',
  },
  fileChosenBefore: (name: string) =>
    `Wybrany wcześniej plik: ${name}. Przeglądarka nie przesyła go ponownie – wybierz go jeszcze raz.`,
  progressTitle: (file: string) => `Import: ${file}`,
  progressLabel: 'Postęp odczytu pliku',
  progressText: (rows: number, percent: number | null) =>
    percent === null
      ? `Odczytano ${n(rows)} wierszy.`
      : `Odczytano ${n(rows)} wierszy – ${percent}% pliku${percent > 0 && percent < 100 ? `, czyli ok. ${n(Math.round((rows * 100) / percent))} wierszy w całym pliku` : ''}.`,
  progressRefresh: 'Strona odświeża się sama co kilka sekund.',
  dryRunNote: 'To była próba: rejestr nie został zmieniony.',
  reportTitle: (file: string) => `Raport importu: ${file}`,
  failedTitle: (file: string) => `Import nieudany: ${file}`,
  failedText: 'Nic nie zostało zaimportowane; rejestr jest taki jak przed importem.',
  facts: {
    file: 'Plik',
    format: 'Układ',
    source: 'Odczytano jako',
    startedBy: 'Rozpoczął(a)',
    startedAt: 'Rozpoczęto',
    finishedAt: 'Zakończono',
  },
  counts: {
    caption: 'Wynik importu',
    what: 'Wiersze',
    how: 'Liczba',
    rowsRead: 'odczytane',
    created: 'nowe projekty',
    updated: 'zaktualizowane projekty',
    unchanged: 'bez zmian',
    merged: 'dołączone do projektu z wcześniejszego wiersza',
    rejected: 'odrzucone',
  },
  created: (organisations: number, programmes: number) =>
    `Nowe organizacje: ${n(organisations)}; nowe programy: ${n(programmes)}.`,
  columnsNotImported: 'Kolumny pliku, których rejestr nie przechowuje (pominięte):',
  rejectedTitle: 'Odrzucone wiersze',
  rejectedCaption: 'Wiersze, których nie zaimportowano, z powodami',
  rejectedRow: 'Wiersz',
  rejectedReasons: 'Powód',
  rejectedMore: (count: number) => `…i ${n(count)} kolejnych – wszystkie są w pliku do pobrania.`,
  rejectedDownload: 'Pobierz odrzucone wiersze (CSV) do poprawienia i ponownego importu',
  rejectedDownloadJson: 'Pobierz odrzucone rekordy (NDJSON) do poprawienia i ponownego importu',
  noneRejected: 'Nie odrzucono żadnego wiersza.',
  changesTitle: 'Zmienione projekty',
  changesMore: (count: number) => `…i ${n(count)} kolejnych.`,
  another: 'Importuj kolejny plik',
  states: { running: 'w toku', finished: 'zakończony', failed: 'nieudany' } as Record<string, string>,
  columns: { file: 'Plik', state: 'Stan', startedAt: 'Rozpoczęto', rows: 'Wiersze' },
};

export type ImportWords = typeof importsPl;

import type { ImportFormatChoice } from '../../../services/import/format-choices.js';
import type { ImportWords } from './words-pl.js';

const number = new Intl.NumberFormat('en-GB');
const n = (value: number) => number.format(value);

export const importsEn: ImportWords = {
  nav: 'Import',
  title: 'Import a file',
  intro:
    'Load a list of projects from a file: the official list of projects 2014-2020 (XLSX, CSV) or 2021-2027 (XLSX), a Mapa Dotacji or Kohesio export (CSV), any list of operations with a mapping file, or this registry’s JSON/NDJSON export. The import runs in the background; you may close the progress page.',
  file: 'File to import',
  fileHint: (limit: string) => `XLSX, CSV, JSON or NDJSON, at most ${limit}.`,
  format: 'Layout of the file',
  formatHint: 'Recognised from the headers; choose it yourself if that fails.',
  formats: {
    auto: 'recognise automatically',
    'official-2014-2020': 'official list of projects 2014-2020',
    'official-2021-2027': 'official list of projects 2021-2027',
    'mapa-dotacji': 'Mapa Dotacji export',
    kohesio: 'Kohesio export',
    json: 'this registry’s JSON/NDJSON export',
  } as Record<ImportFormatChoice, string>,
  mapping: 'Mapping file (optional)',
  mappingHint:
    'JSON naming the registry field of each column – for lists of operations in other layouts. See the README.',
  dryRun: 'Trial run: check every row and show the report, but save nothing',
  submit: 'Import',
  running: 'Another import is running. A new one can start when it ends.',
  runningLink: 'See the progress of the running import',
  recent: 'Recent imports',
  problems: {
    fileRequired: 'Choose a file to import.',
    tooLarge: (limit: string) => `The file is larger than ${limit}. Nothing was imported.`,
    format: 'Choose a layout from the list.',
    formatAndMapping: 'Choose either a layout or a mapping file, not both.',
    mapping: (message: string) => `The mapping file has problems: ${message}`,
    busy: 'Another import is running. Wait for it to end and try again.',
    unknownFields: 'The form has fields we do not know. Nothing was imported.',
  },
  fileChosenBefore: (name: string) =>
    `File chosen before: ${name}. Browsers do not send it again – please choose it once more.`,
  progressTitle: (file: string) => `Importing: ${file}`,
  progressLabel: 'Progress through the file',
  progressText: (rows: number, percent: number | null) =>
    percent === null
      ? `${n(rows)} rows read.`
      : `${n(rows)} rows read – ${percent}% of the file${percent > 0 && percent < 100 ? `, so about ${n(Math.round((rows * 100) / percent))} rows in all` : ''}.`,
  progressRefresh: 'This page refreshes itself every few seconds.',
  dryRunNote: 'This was a trial run: the registry was not changed.',
  reportTitle: (file: string) => `Import report: ${file}`,
  failedTitle: (file: string) => `Import failed: ${file}`,
  failedText: 'Nothing was imported; the registry is as it was before.',
  facts: {
    file: 'File',
    format: 'Layout',
    source: 'Read as',
    startedBy: 'Started by',
    startedAt: 'Started',
    finishedAt: 'Finished',
  },
  counts: {
    caption: 'Outcome of the import',
    what: 'Rows',
    how: 'Number',
    rowsRead: 'read',
    created: 'new projects',
    updated: 'updated projects',
    unchanged: 'unchanged',
    merged: 'added to the project of an earlier row',
    rejected: 'rejected',
  },
  created: (organisations: number, programmes: number) =>
    `New organisations: ${n(organisations)}; new programmes: ${n(programmes)}.`,
  columnsNotImported: 'Columns of the file the registry does not keep (skipped):',
  rejectedTitle: 'Rejected rows',
  rejectedCaption: 'Rows that were not imported, with the reasons',
  rejectedRow: 'Row',
  rejectedReasons: 'Reason',
  rejectedMore: (count: number) => `…and ${n(count)} more – all of them are in the file to download.`,
  rejectedDownload: 'Download the rejected rows (CSV) to fix and import again',
  rejectedDownloadJson: 'Download the rejected records (NDJSON) to fix and import again',
  noneRejected: 'No row was rejected.',
  changesTitle: 'Changed projects',
  changesMore: (count: number) => `…and ${n(count)} more.`,
  another: 'Import another file',
  states: { running: 'running', finished: 'finished', failed: 'failed' } as Record<string, string>,
  columns: { file: 'File', state: 'State', startedAt: 'Started', rows: 'Rows' },
};

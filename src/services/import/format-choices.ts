/** The layouts `--format` can name; `auto` tells them apart by their headers. */
export const IMPORT_FORMATS = [
  'auto',
  'official-2014-2020',
  'official-2021-2027',
  'mapa-dotacji',
  'kohesio',
  'json',
] as const;
export type ImportFormatChoice = (typeof IMPORT_FORMATS)[number];

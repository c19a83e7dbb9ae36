/**
 * Formats of an export of search results (published projects only). Not to be confused with
 * the registry's own JSON/NDJSON (`REGISTRY_EXPORT_FORMATS`), which carries every editorial
 * state for `spojnia import` to read back.
 */
export const RESULT_EXPORT_FORMATS = ['csv', 'csv-excel', 'xlsx', 'json', 'ndjson', 'geojson'] as const;
export type ResultExportFormat = (typeof RESULT_EXPORT_FORMATS)[number];

export const RESULT_FORMAT_FILES: Readonly<Record<ResultExportFormat, { mediaType: string; extension: string }>> = {
  csv: { mediaType: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  'csv-excel': { mediaType: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  json: { mediaType: 'application/json; charset=utf-8', extension: 'json' },
  ndjson: { mediaType: 'application/x-ndjson; charset=utf-8', extension: 'ndjson' },
  geojson: { mediaType: 'application/geo+json; charset=utf-8', extension: 'geojson' },
};

/**
 * The file name a download gets: the date and, for the Excel variant, a suffix.
 * @example resultFileName('csv-excel', new Date('2025-03-01')) // 'projekty-2025-03-01-excel.csv'
 */
export function resultFileName(format: ResultExportFormat, now: Date): string {
  const suffix = format === 'csv-excel' ? '-excel' : '';
  return `projekty-${now.toISOString().slice(0, 10)}${suffix}.${RESULT_FORMAT_FILES[format].extension}`;
}

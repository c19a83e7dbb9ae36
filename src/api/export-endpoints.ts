import { projectCsvExportQuerySchema, projectExportQuerySchema } from './schemas/exports.js';

const COMMON = [
  'Every published project the search finds — the same q, facets and sort as GET /projects — in one file, with every column: money as decimal amounts with a currency column (PLN and EUR never mixed), co-financing rate, EU contribution, dates, programme, fund, beneficiary, partners, places, topics, status and the project page in Polish and English.',
  'No row cap: the file is streamed as it is read, so large results start at once. Drafts and archived projects are never exported. Unknown filter values are ignored, as in the search, and named in the Spojnia-Ignored header.',
  'Content-Disposition names the file; Spojnia-Total says how many projects the search found. Data licensed CC BY 4.0 (Link rel="license").',
].join(' ');

function exportEndpoint(
  operationId: string,
  extension: string,
  mediaType: string,
  summary: string,
  fileDescription: string,
) {
  return {
    kind: 'file' as const,
    operationId,
    path: `/projects/export.${extension}`,
    tag: 'exports' as const,
    summary,
    description: COMMON,
    query: extension === 'csv' ? projectCsvExportQuerySchema : projectExportQuerySchema,
    mediaType,
    fileDescription,
  };
}

/** One download per format; the CSV's dialect (comma, or semicolon for Excel in Polish) is a parameter. */
export const EXPORT_ENDPOINTS = {
  exportProjectsCsv: exportEndpoint(
    'exportProjectsCsv',
    'csv',
    'text/csv',
    'Export search results as CSV',
    'UTF-8 with a byte order mark, a header row of snake_case column names, lists inside a cell separated by " | "',
  ),
  exportProjectsXlsx: exportEndpoint(
    'exportProjectsXlsx',
    'xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Export search results as an Excel workbook',
    'Sheet "projects" (more sheets past 1 048 575 rows), amounts and rates as numbers, dates as dates; sheet "licence" with the licence and the search',
  ),
  exportProjectsJson: exportEndpoint(
    'exportProjectsJson',
    'json',
    'application/json',
    'Export search results as JSON',
    'One object: licence, exportedAt, query, projects (one record each) and count',
  ),
  exportProjectsNdjson: exportEndpoint(
    'exportProjectsNdjson',
    'ndjson',
    'application/x-ndjson',
    'Export search results as NDJSON',
    'One project record per line, as in the JSON export',
  ),
  exportProjectsGeoJson: exportEndpoint(
    'exportProjectsGeoJson',
    'geojson',
    'application/geo+json',
    'Export search results as GeoJSON',
    'A FeatureCollection with one Point per place of a project that has coordinates (properties: the project record and the place). Projects without coordinates have no feature; projectsWithoutCoordinates counts them',
  ),
};

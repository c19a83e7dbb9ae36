import type { Writable } from 'node:stream';
import { type FacetFilters, SORT_ORDERS, type SortOrder } from '../../../domain/search-facets.js';
import { parseQuery } from '../../../domain/search-query.js';
import { listAllProgrammes, listAllTopics } from '../../../storage/bulk/registry-reader.js';
import type { SpojniaDb } from '../../../storage/database.js';
import { readPublishedProjects } from '../../../storage/export/read-published-projects.js';
import { findSearchResultIds } from '../../../storage/search/search-result-set.js';
import { defaultSort } from '../../search/search-projects.js';
import { type ExportReferences, toExportRow } from './export-row.js';
import type { ResultExportFormat } from './result-formats.js';
import { createCsvWriter, EXCEL_PL_CSV, PLAIN_CSV } from './writers/csv-writer.js';
import { createGeoJsonWriter, type GeoJsonCounts } from './writers/geojson-writer.js';
import { createJsonWriter, createNdjsonWriter } from './writers/json-writer.js';
import type { ExportHeading, ResultWriter } from './writers/result-writer.js';
import { createXlsxWriter } from './writers/xlsx-writer.js';

/** Projects read from the database at a time: large enough for few queries, small enough to stay flat. */
export const EXPORT_BATCH = 500;

export interface ResultExportInput {
  readonly q?: string;
  readonly filters: FacetFilters;
  /** As the search page takes it; unknown values fall back to the search's default order. */
  readonly sort?: string;
  /** The project's public pages, absolute where the caller knows the portal's address. */
  readonly pageUrls: ExportReferences['pageUrls'];
  /** Projects read at a time (default EXPORT_BATCH). */
  readonly batchSize?: number;
}

export interface ResultExportReport {
  /** Projects written (published ones passing the search at the time each batch was read). */
  readonly projects: number;
  /** GeoJSON only: Point features written, and projects left out for want of coordinates. */
  readonly features?: number;
  readonly projectsWithoutCoordinates?: number;
  /** Filter values the registry does not know: left out, as the search page does. */
  readonly ignored: readonly { facet: string; value: string }[];
}

/** The search exported, as the API's parameters name it: written into the files that have room. */
function headingOf(input: ResultExportInput, sort: SortOrder, now: Date): ExportHeading {
  const query: Record<string, string | readonly string[]> = {};
  if (input.q) query.q = input.q;
  for (const [facet, values] of Object.entries(input.filters)) if (values && values.length > 0) query[facet] = values;
  query.sort = sort;
  return { exportedAt: now.toISOString(), query };
}

export interface PreparedExport {
  /** Projects the search found (a project unpublished meanwhile is still skipped when written). */
  readonly total: number;
  readonly ignored: ResultExportReport['ignored'];
  /** Writes the file; the caller ends `output` (XLSX ends it itself). */
  write(format: ResultExportFormat, output: Writable): Promise<ResultExportReport>;
}

/**
 * Every result of a search — the same words and facets as the search page, no row cap — ready
 * to be written in any format. The result's ids are found first (4 bytes each); projects are
 * then read, converted and written a batch at a time, waiting whenever the output is full, so
 * memory stays flat however large the result. Drafts and archived projects are never written,
 * not even one unpublished while the export runs.
 * @example await (await prepareResultExport(db, { q: 'żłobek', filters: { fund: ['ERDF'] }, pageUrls })).write('csv', process.stdout)
 */
export async function prepareResultExport(
  db: SpojniaDb,
  input: ResultExportInput,
  now = new Date(),
): Promise<PreparedExport> {
  const query = parseQuery(input.q ?? '');
  const isKnownSort = input.sort !== undefined && (SORT_ORDERS as readonly string[]).includes(input.sort);
  const sort =
    isKnownSort && (input.sort !== 'relevance' || query.required.length > 0)
      ? (input.sort as SortOrder)
      : defaultSort(query);
  const [result, programmes, topics] = await Promise.all([
    findSearchResultIds(db, { query, filters: input.filters, sort }),
    listAllProgrammes(db),
    listAllTopics(db),
  ]);
  const heading = headingOf({ ...input, filters: result.chosen }, sort, now);
  return {
    total: result.ids.length,
    ignored: result.unknownValues,
    async write(format, output) {
      const geo: GeoJsonCounts = { features: 0, projectsWithoutCoordinates: 0 };
      const writer = await createWriter(format, output, heading, geo);
      let projects = 0;
      const batchSize = Math.max(1, input.batchSize ?? EXPORT_BATCH);
      for (let start = 0; start < result.ids.length; start += batchSize) {
        const ids = Array.from(result.ids.subarray(start, start + batchSize));
        const batch = await readPublishedProjects(db, ids);
        const references: ExportReferences = {
          programmes,
          topics,
          organisations: batch.organisations,
          pageUrls: input.pageUrls,
        };
        await writer.writeBatch(batch.projects.map((project) => toExportRow(project, references)));
        projects += batch.projects.length;
      }
      await writer.finish();
      return { projects, ...(format === 'geojson' ? geo : {}), ignored: result.unknownValues };
    },
  };
}

async function createWriter(
  format: ResultExportFormat,
  output: Writable,
  heading: ExportHeading,
  geo: GeoJsonCounts,
): Promise<ResultWriter> {
  switch (format) {
    case 'csv':
      return createCsvWriter(output, PLAIN_CSV);
    case 'csv-excel':
      return createCsvWriter(output, EXCEL_PL_CSV);
    case 'xlsx':
      return createXlsxWriter(output, heading);
    case 'json':
      return createJsonWriter(output, heading);
    case 'ndjson':
      return createNdjsonWriter(output);
    case 'geojson':
      return createGeoJsonWriter(output, heading, geo);
  }
}

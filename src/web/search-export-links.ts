import { FACETS } from '../domain/search-facets.js';
import type { SearchOutcome } from '../services/search/search-projects.js';

/** Where the API answers; exports are files of the open-data API, linked from the search page. */
const EXPORT_BASE = '/api/v1/projects/export';

export type ExportLinkFormat = 'csv' | 'csvExcel' | 'xlsx' | 'json' | 'ndjson' | 'geojson';

/**
 * Links to the whole result of this search in every format, with the API's parameter names
 * (the facets' own names): the same words, understood filters and order as the page.
 */
export function searchExportLinks(outcome: SearchOutcome): Record<ExportLinkFormat, string> {
  const params = new URLSearchParams();
  if (outcome.query.text) params.set('q', outcome.query.text);
  for (const facet of FACETS) for (const value of outcome.chosen[facet] ?? []) params.append(facet, value);
  params.set('sort', outcome.sort);
  const query = params.toString();
  const link = (extension: string, extra = '') => `${EXPORT_BASE}.${extension}?${query}${extra}`;
  return {
    csv: link('csv'),
    csvExcel: link('csv', '&dialect=excel-pl'),
    xlsx: link('xlsx'),
    json: link('json'),
    ndjson: link('ndjson'),
    geojson: link('geojson'),
  };
}

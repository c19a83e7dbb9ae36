import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DATA_LICENCE } from '../../services/export/results/licence.js';
import { prepareResultExport } from '../../services/export/results/prepare-result-export.js';
import {
  RESULT_FORMAT_FILES,
  type ResultExportFormat,
  resultFileName,
} from '../../services/export/results/result-formats.js';
import type { ApiDependencies } from '../dependencies.js';
import { ENDPOINTS, routePath } from '../endpoints.js';
import type { ProjectExportQuery } from '../schemas/exports.js';
import { pageUrl } from '../urls.js';
import { withoutBlankValues } from './query.js';

/** Project page links in a file must work outside the portal: absolute, on the address the request came to. */
function pageUrlsFor(request: FastifyRequest) {
  const origin = `${request.protocol}://${request.host}`;
  return (slug: string) => ({ pl: `${origin}${pageUrl.project(slug)}`, en: `${origin}${pageUrl.projectEn(slug)}` });
}

/** Downloads of every result of a search, one route per format, streamed as they are written. */
export async function registerExportRoutes(app: FastifyInstance, { readDb: db }: ApiDependencies): Promise<void> {
  const { exportProjectsCsv, exportProjectsXlsx, exportProjectsJson, exportProjectsNdjson, exportProjectsGeoJson } =
    ENDPOINTS;
  const routes = [
    [exportProjectsCsv, 'csv'],
    [exportProjectsXlsx, 'xlsx'],
    [exportProjectsJson, 'json'],
    [exportProjectsNdjson, 'ndjson'],
    [exportProjectsGeoJson, 'geojson'],
  ] as const;
  for (const [endpoint, baseFormat] of routes) {
    app.get(routePath(endpoint), async (request, reply) => {
      const query = endpoint.query.parse(withoutBlankValues(request.query)) as ProjectExportQuery & {
        dialect?: string;
      };
      const format: ResultExportFormat = query.dialect === 'excel-pl' ? 'csv-excel' : baseFormat;
      const now = new Date();
      const prepared = await prepareResultExport(
        db,
        { q: query.q, sort: query.sort, filters: query, pageUrls: pageUrlsFor(request) },
        now,
      );
      const body = new PassThrough();
      // A reader who goes away stops the export instead of leaving it waiting for them.
      request.raw.once('close', () => {
        if (!body.writableFinished) body.destroy();
      });
      prepared
        .write(format, body)
        .then(() => {
          if (!body.writableEnded) body.end();
        })
        .catch((error: unknown) => {
          if (!body.destroyed) request.log.error({ err: error }, 'export failed while streaming');
          body.destroy();
        });
      reply
        .type(RESULT_FORMAT_FILES[format].mediaType)
        .header('content-disposition', `attachment; filename="${resultFileName(format, now)}"`)
        .header('link', `<${DATA_LICENCE.url}>; rel="license"`)
        .header('spojnia-total', String(prepared.total))
        .header('access-control-expose-headers', 'content-disposition, spojnia-total, spojnia-ignored, link');
      if (prepared.ignored.length > 0) {
        const ignored = prepared.ignored.map(({ facet, value }) => `${facet}=${encodeURIComponent(value)}`);
        reply.header('spojnia-ignored', ignored.join(', '));
      }
      return reply.send(body);
    });
  }
}

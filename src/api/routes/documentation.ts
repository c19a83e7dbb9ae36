import type { FastifyInstance } from 'fastify';
import { renderDocsPage } from '../docs-page.js';
import { ENDPOINTS, routePath } from '../endpoints.js';
import { getOpenApiDocument, getPublishedOpenApiDocument } from '../openapi.js';

let cachedPage: string | undefined;

/** The OpenAPI document and the page for people built from it; both fixed for the life of the process. */
export async function registerDocumentationRoutes(app: FastifyInstance): Promise<void> {
  const { getOpenApiDocument: openApiEndpoint, getApiIndex, getApiDocs } = ENDPOINTS;

  app.get(routePath(openApiEndpoint), async (request) => getPublishedOpenApiDocument(request.publicOrigin));

  for (const endpoint of [getApiIndex, getApiDocs]) {
    app.get(routePath(endpoint), async (_request, reply) => {
      cachedPage ??= renderDocsPage(getOpenApiDocument());
      return reply.type('text/html; charset=utf-8').send(cachedPage);
    });
  }
}

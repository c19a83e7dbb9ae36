import type { FastifyInstance } from 'fastify';
import { renderPage } from '../render.js';
import type { Site } from '../site.js';
import { LicencePage } from '../views/pages/licence-page.js';

/** The licence of the data and the code, in each language. */
export async function registerLicenceRoutes(app: FastifyInstance, site: Site): Promise<void> {
  app.get(site.paths.routes.licence, async (request, reply) =>
    renderPage(reply, <LicencePage ctx={site.context(request)} />),
  );
}

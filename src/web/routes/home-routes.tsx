import type { FastifyInstance } from 'fastify';
import { getPortalOverview } from '../../services/portal/get-overview.js';
import type { WebDependencies } from '../dependencies.js';
import { renderPage } from '../render.js';
import type { Site } from '../site.js';
import { AboutPage } from '../views/pages/about-page.js';
import { HomePage } from '../views/pages/home-page.js';

export async function registerHomeRoutes(
  app: FastifyInstance,
  { readDb: db }: WebDependencies,
  site: Site,
): Promise<void> {
  app.get(site.paths.routes.home, async (request, reply) => {
    const overview = await getPortalOverview(db);
    return renderPage(reply, <HomePage ctx={site.context(request)} overview={overview} />);
  });

  app.get(site.paths.routes.about, async (request, reply) =>
    renderPage(reply, <AboutPage ctx={site.context(request)} />),
  );
}

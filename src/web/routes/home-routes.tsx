import type { FastifyInstance } from 'fastify';
import { getPortalOverview } from '../../services/portal/get-overview.js';
import { polishContext } from '../context.js';
import type { WebDependencies } from '../dependencies.js';
import { renderPage } from '../render.js';
import { AboutPage } from '../views/pages/about-page.js';
import { HomePage } from '../views/pages/home-page.js';

export async function registerHomeRoutes(app: FastifyInstance, { readDb: db }: WebDependencies): Promise<void> {
  app.get('/', async (_request, reply) => {
    const overview = await getPortalOverview(db);
    return renderPage(reply, <HomePage ctx={polishContext()} overview={overview} />);
  });

  app.get('/o-portalu', async (_request, reply) => renderPage(reply, <AboutPage ctx={polishContext()} />));
}

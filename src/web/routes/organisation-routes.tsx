import type { FastifyInstance } from 'fastify';
import { getOrganisationProfile } from '../../services/organisations/get-organisation.js';
import { polishContext } from '../context.js';
import type { WebDependencies } from '../dependencies.js';
import { renderPage } from '../render.js';
import { OrganisationPage } from '../views/pages/organisation-page.js';

export async function registerOrganisationRoutes(app: FastifyInstance, { readDb: db }: WebDependencies): Promise<void> {
  app.get<{ Params: { slug: string } }>('/organizacje/:slug', async (request, reply) => {
    const profile = await getOrganisationProfile(db, request.params.slug);
    return renderPage(reply, <OrganisationPage ctx={polishContext()} profile={profile} />);
  });
}

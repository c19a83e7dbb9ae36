import type { FastifyInstance } from 'fastify';
import { getOrganisationProfile } from '../../services/organisations/get-organisation.js';
import type { WebDependencies } from '../dependencies.js';
import { renderPage } from '../render.js';
import type { Site } from '../site.js';
import { OrganisationPage } from '../views/pages/organisation-page.js';

export async function registerOrganisationRoutes(
  app: FastifyInstance,
  { readDb: db }: WebDependencies,
  site: Site,
): Promise<void> {
  app.get<{ Params: { slug: string } }>(site.paths.routes.organisation, async (request, reply) => {
    const profile = await getOrganisationProfile(db, request.params.slug);
    return renderPage(reply, <OrganisationPage ctx={site.context(request)} profile={profile} />);
  });
}

import type { FastifyInstance } from 'fastify';
import { getOrganisationProfile } from '../../services/organisations/get-organisation.js';
import type { ApiDependencies } from '../dependencies.js';
import { ENDPOINTS, routePath } from '../endpoints.js';
import { presentOrganisationProfile } from '../presenters/organisations.js';
import { withoutBlankValues } from './query.js';

export async function registerOrganisationRoutes(app: FastifyInstance, { readDb: db }: ApiDependencies): Promise<void> {
  const { getOrganisation } = ENDPOINTS;

  app.get(routePath(getOrganisation), async (request) => {
    const { slug } = getOrganisation.params.parse(request.params);
    const page = getOrganisation.query.parse(withoutBlankValues(request.query));
    const profile = await getOrganisationProfile(db, slug, page);
    return presentOrganisationProfile(profile, page);
  });
}

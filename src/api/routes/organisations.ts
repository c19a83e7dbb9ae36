import type { FastifyInstance } from 'fastify';
import { browseOrganisations } from '../../services/organisations/browse-organisations.js';
import { getOrganisationProfile } from '../../services/organisations/get-organisation.js';
import type { ApiDependencies } from '../dependencies.js';
import { ENDPOINTS, routePath } from '../endpoints.js';
import { presentOrganisationList, presentOrganisationProfile } from '../presenters/organisations.js';
import { withoutBlankValues } from './query.js';

export async function registerOrganisationRoutes(app: FastifyInstance, { readDb: db }: ApiDependencies): Promise<void> {
  const { listOrganisations, getOrganisation } = ENDPOINTS;

  app.get(routePath(listOrganisations), async (request) => {
    const query = listOrganisations.query.parse(withoutBlankValues(request.query));
    const { page, pageSize, country, kind } = query;
    const result = await browseOrganisations(db, { country, kind }, { page, pageSize });
    return presentOrganisationList(result, query);
  });

  app.get(routePath(getOrganisation), async (request) => {
    const { slug } = getOrganisation.params.parse(request.params);
    const page = getOrganisation.query.parse(withoutBlankValues(request.query));
    const profile = await getOrganisationProfile(db, slug, page);
    return presentOrganisationProfile(profile, page);
  });
}

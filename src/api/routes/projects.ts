import type { FastifyInstance } from 'fastify';
import { getPublishedProject } from '../../services/projects/get-project.js';
import { searchProjects } from '../../services/search/search-projects.js';
import type { ApiDependencies } from '../dependencies.js';
import { ENDPOINTS, routePath } from '../endpoints.js';
import { presentProject } from '../presenters/project.js';
import { type ApiNote, presentProjectSearch } from '../presenters/project-search.js';
import { withoutBlankValues } from './query.js';

/** Values listed per facet in the API's facet counts. */
const FACET_VALUES = 20;

export async function registerProjectRoutes(app: FastifyInstance, { readDb: db }: ApiDependencies): Promise<void> {
  const { listProjects, getProject } = ENDPOINTS;

  app.get(routePath(listProjects), async (request) => {
    const raw = withoutBlankValues(request.query);
    const query = listProjects.query.parse(raw);
    const outcome = await searchProjects(db, {
      q: query.q,
      filters: query,
      sort: query.sort,
      cursor: query.cursor,
      pageSize: query.pageSize,
      facetLimit: query.facets === 'false' ? 0 : FACET_VALUES,
      withTotals: query.facets !== 'false',
    });
    const notes: ApiNote[] =
      'page' in raw
        ? [{ code: 'page_not_supported', message: 'page is not a parameter: follow links.next (cursor paging).' }]
        : [];
    return presentProjectSearch(outcome, query, notes);
  });

  app.get(routePath(getProject), async (request) => {
    const { slug } = getProject.params.parse(request.params);
    const project = await getPublishedProject(db, slug);
    return presentProject(project);
  });
}

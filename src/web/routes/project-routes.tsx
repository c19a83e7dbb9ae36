import type { FastifyInstance } from 'fastify';
import { findSimilarProjects } from '../../services/projects/find-similar-projects.js';
import { getPublishedProject } from '../../services/projects/get-project.js';
import { searchProjects } from '../../services/search/search-projects.js';
import { polishContext } from '../context.js';
import type { WebDependencies } from '../dependencies.js';
import { renderPage } from '../render.js';
import { parseSearchState } from '../search-params.js';
import { ProjectPage } from '../views/pages/project-page.js';
import { ProjectSearchPage } from '../views/pages/project-search-page.js';
import { PAGE_SIZE } from './query.js';

/** Values listed per facet before "show more". */
const FACET_VALUES = 10;

export async function registerProjectRoutes(app: FastifyInstance, { db }: WebDependencies): Promise<void> {
  const ctx = polishContext;

  app.get('/projekty', async (request, reply) => {
    const state = parseSearchState(request.query);
    const outcome = await searchProjects(db, {
      q: state.q,
      filters: state.filters,
      sort: state.sort,
      cursor: state.cursor,
      pageSize: PAGE_SIZE,
      facetLimit: FACET_VALUES,
      expandedFacet: state.more,
    });
    return renderPage(reply, <ProjectSearchPage ctx={ctx()} outcome={outcome} state={state} />);
  });

  app.get<{ Params: { slug: string } }>('/projekty/:slug', async (request, reply) => {
    const project = await getPublishedProject(db, request.params.slug);
    const similar = await findSimilarProjects(db, project);
    return renderPage(reply, <ProjectPage ctx={ctx()} project={project} similar={similar} />);
  });
}

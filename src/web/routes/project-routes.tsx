import type { FastifyInstance } from 'fastify';
import { todayIso } from '../../domain/dates.js';
import { findSimilarProjects } from '../../services/projects/find-similar-projects.js';
import { getPublishedProject } from '../../services/projects/get-project.js';
import { getRegistryChangeToken } from '../../services/search/search-lifecycle.js';
import { searchProjects } from '../../services/search/search-projects.js';
import type { WebDependencies } from '../dependencies.js';
import { PageCache } from '../page-cache.js';
import { renderDocument, renderPage, sendCachedPage } from '../render.js';
import { parseSearchState, searchLinkQuery } from '../search-params.js';
import type { Site } from '../site.js';
import { ProjectPage } from '../views/pages/project-page.js';
import { ProjectSearchPage } from '../views/pages/project-search-page.js';
import { PAGE_SIZE } from './query.js';

/** Values listed per facet before "show more". */
const FACET_VALUES = 10;
/** Rendered project pages kept in memory per language (a page is 20–60 kB). */
const PROJECT_PAGE_CACHE_BYTES = 16 * 1024 * 1024;

export async function registerProjectRoutes(
  app: FastifyInstance,
  { readDb: db }: WebDependencies,
  site: Site,
): Promise<void> {
  const ctx = site.context;
  // Project pages are read far more often than written; any write anywhere clears them all.
  const projectPages = new PageCache(PROJECT_PAGE_CACHE_BYTES);

  app.get(site.paths.routes.projects, async (request, reply) => {
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
    // The language switch and hreflang links carry the search as understood, without what was ignored.
    const cleaned = searchLinkQuery(outcome, state, { cursor: outcome.isContinuation ? state.cursor : null });
    const page = ctx({ url: site.paths.projectList(cleaned), publicOrigin: request.publicOrigin });
    return renderPage(reply, <ProjectSearchPage ctx={page} outcome={outcome} state={state} />);
  });

  app.get<{ Params: { slug: string } }>(site.paths.routes.project, async (request, reply) => {
    // Hints on the page depend on today's date, so a page is kept for one day at most. The
    // page's context is only built on a miss: a hit is served thousands of times a second.
    const key = `${todayIso()} ${request.publicOrigin} ${request.url}`;
    const token = await getRegistryChangeToken(db);
    const cached = projectPages.get(key, token);
    if (cached !== undefined) return sendCachedPage(request, reply, cached);
    const context = ctx(request);
    const project = await getPublishedProject(db, request.params.slug);
    const similar = await findSimilarProjects(db, project);
    const html = renderDocument(<ProjectPage ctx={context} project={project} similar={similar} />);
    return sendCachedPage(request, reply, projectPages.set(key, token, html));
  });
}

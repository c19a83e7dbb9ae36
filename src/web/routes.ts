import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { DescribedError } from '../http-errors.js';
import { localeOfUrl } from './alternates.js';
import { createContext } from './context.js';
import type { WebDependencies } from './dependencies.js';
import { renderDocument } from './render.js';
import { registerFeedRoutes } from './routes/feed-routes.js';
import { registerHomeRoutes } from './routes/home-routes.js';
import { registerLicenceRoutes } from './routes/licence-routes.js';
import { registerOrganisationRoutes } from './routes/organisation-routes.js';
import { registerProgrammeRoutes } from './routes/programme-routes.js';
import { registerProjectRoutes } from './routes/project-routes.js';
import { registerSitemapRoutes } from './routes/sitemap-routes.js';
import { SITES } from './site.js';
import { registerStaticAssets } from './static.js';
import { ErrorPage } from './views/pages/error-page.js';

export type { WebDependencies } from './dependencies.js';

/**
 * Public HTML pages and their static assets, in every language: each route module is
 * registered once per site (Polish at the root, English under /en). Each route parses its
 * query with zod, calls one service and renders one view; errors go to the app's one handler.
 */
export async function registerWebRoutes(app: FastifyInstance, deps: WebDependencies): Promise<void> {
  await registerStaticAssets(app);
  for (const site of SITES) {
    await registerHomeRoutes(app, deps, site);
    await registerProjectRoutes(app, deps, site);
    await registerOrganisationRoutes(app, deps, site);
    await registerProgrammeRoutes(app, deps, site);
    await registerFeedRoutes(app, deps, site);
    await registerLicenceRoutes(app, site);
  }
  await registerSitemapRoutes(app, deps);
}

/**
 * The HTML page for a failed request (404, 400, 500…), without internals, in the language
 * of the address that was asked for.
 */
export function renderErrorPage(error: DescribedError, url = '/', origin?: string): string {
  const ctx = createContext(localeOfUrl(url), { url, origin });
  return renderDocument(h(ErrorPage, { ctx, error }));
}

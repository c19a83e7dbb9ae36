import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { DescribedError } from '../http-errors.js';
import { polishContext } from './context.js';
import type { WebDependencies } from './dependencies.js';
import { renderDocument } from './render.js';
import { registerHomeRoutes } from './routes/home-routes.js';
import { registerOrganisationRoutes } from './routes/organisation-routes.js';
import { registerProgrammeRoutes } from './routes/programme-routes.js';
import { registerProjectRoutes } from './routes/project-routes.js';
import { registerStaticAssets } from './static.js';
import { ErrorPage } from './views/pages/error-page.js';

export type { WebDependencies } from './dependencies.js';

/**
 * Public HTML pages and their static assets. Each route parses its query with zod, calls
 * one service and renders one view; errors go to the app's one handler.
 */
export async function registerWebRoutes(app: FastifyInstance, deps: WebDependencies): Promise<void> {
  await registerStaticAssets(app);
  await registerHomeRoutes(app, deps);
  await registerProjectRoutes(app, deps);
  await registerOrganisationRoutes(app, deps);
  await registerProgrammeRoutes(app, deps);
}

/** The HTML page for a failed request (404, 400, 500…), in Polish, without internals. */
export function renderErrorPage(error: DescribedError): string {
  return renderDocument(h(ErrorPage, { ctx: polishContext(), error }));
}

import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { AppError } from '../domain/errors.js';
import type { ApiDependencies } from './dependencies.js';
import { registerDocumentationRoutes } from './routes/documentation.js';
import { registerExportRoutes } from './routes/exports.js';
import { registerOrganisationRoutes } from './routes/organisations.js';
import { registerProgrammeRoutes } from './routes/programmes.js';
import { registerProjectRoutes } from './routes/projects.js';
import { registerStatsRoutes } from './routes/stats.js';
import { API_BASE } from './urls.js';

export type { ApiDependencies } from './dependencies.js';

/** JSON API v1: read-only open data under /api/v1, described by /api/v1/openapi.json. */
export async function registerApiRoutes(app: FastifyInstance, deps: ApiDependencies): Promise<void> {
  await app.register(apiV1, { prefix: API_BASE, db: deps.db, readDb: deps.readDb });
}

const apiV1: FastifyPluginAsync<ApiDependencies> = async (api, deps) => {
  api.addHook('onSend', async (request, reply, payload) => {
    // Open data: any site may read it from a browser. No cookies are read, so no credentials are allowed.
    reply.header('access-control-allow-origin', '*');
    // helmet's same-origin default would stop other sites embedding the answers.
    reply.header('cross-origin-resource-policy', 'cross-origin');
    if ((request.method === 'GET' || request.method === 'HEAD') && reply.statusCode < 400) {
      reply.header('cache-control', 'public, max-age=60');
    }
    return payload;
  });
  // Unknown routes under the prefix get the app's JSON error, but through this plugin so they carry CORS too.
  api.setNotFoundHandler(async (request) => {
    throw new AppError('not_found', `No API route ${request.method} ${request.url.split('?')[0]}`);
  });

  await registerExportRoutes(api, deps);
  await registerProjectRoutes(api, deps);
  await registerStatsRoutes(api, deps);
  await registerOrganisationRoutes(api, deps);
  await registerProgrammeRoutes(api, deps);
  await registerDocumentationRoutes(api);
};

import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { registerApiRoutes } from './api/routes.js';
import { describeError } from './http-errors.js';
import { closeSearch } from './services/search/search-lifecycle.js';
import type { SpojniaDb } from './storage/database.js';
import { registerWebRoutes, renderErrorPage } from './web/routes.js';

export interface AppOptions {
  readonly db: SpojniaDb;
  readonly logger?: FastifyServerOptions['logger'];
}

function isApiRequest(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

/**
 * Assembles the portal: public pages, the JSON API and one error handler for both, so a
 * bad request gets the same status everywhere and a stack trace never reaches a user.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(formbody);

  app.setErrorHandler((error, request, reply) => {
    const described = describeError(error);
    if (described.status >= 500) request.log.error({ err: error }, 'request failed');
    if (isApiRequest(request.url)) {
      return reply.status(described.status).send({
        error: { code: described.code, message: described.message, problems: described.problems },
      });
    }
    return reply.status(described.status).type('text/html; charset=utf-8').send(renderErrorPage(described));
  });
  app.setNotFoundHandler((request, reply) => {
    const described = { status: 404, code: 'not_found', message: `No page at ${request.url}`, problems: [] };
    if (isApiRequest(request.url)) {
      return reply.status(404).send({
        error: {
          code: 'not_found',
          message: `No API route ${request.method} ${request.url.split('?')[0]}`,
          problems: [],
        },
      });
    }
    return reply.status(404).type('text/html; charset=utf-8').send(renderErrorPage(described));
  });

  // The search engine keeps its own read connection and in-memory index; they go with the app.
  app.addHook('onClose', async () => closeSearch(options.db));

  await registerWebRoutes(app, { db: options.db });
  await registerApiRoutes(app, { db: options.db });
  return app;
}

import { resolve } from 'node:path';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { registerApiRoutes } from './api/routes.js';
import { describeError } from './http-errors.js';
import { registerPublicOrigin } from './public-origin.js';
import { registerSecurityHeaders } from './security-headers.js';
import { closeSearch } from './services/search/search-lifecycle.js';
import type { SpojniaDb } from './storage/database.js';
import { type AdminDependencies, registerAdminRoutes } from './web/admin/register.js';
import { registerHealthRoutes } from './web/routes/health-routes.js';
import { registerWebRoutes, renderErrorPage } from './web/routes.js';

export interface AppOptions {
  /** The primary database: every write goes here. */
  readonly db: SpojniaDb;
  /** A read replica for public pages and the API; the primary when omitted. */
  readonly readDb?: SpojniaDb;
  readonly logger?: FastifyServerOptions['logger'];
  /** Believe X-Forwarded-Proto/-For from a reverse proxy (TRUST_PROXY). */
  readonly trustProxy?: boolean;
  /** The public origin for absolute links (PUBLIC_URL); null or omitted: derived from each request. */
  readonly publicUrl?: string | null;
  /** Requests per minute one client address may make to /api/v1 (API_RATE_LIMIT); 0 for no limit. */
  readonly apiRateLimit?: number;
  /** Most URLs in one child sitemap; 50 000 (the protocol's limit) unless a test wants small files. */
  readonly sitemapUrlsPerFile?: number;
  /** Settings of the editorial area; each has a sensible default. */
  readonly admin?: Partial<Omit<AdminDependencies, 'db'>>;
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
    trustProxy: options.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  registerSecurityHeaders(app);
  await app.register(formbody);
  registerPublicOrigin(app, options.publicUrl ?? null);

  app.setErrorHandler((error, request, reply) => {
    const described = describeError(error);
    if (described.status >= 500) request.log.error({ err: error }, 'request failed');
    if (isApiRequest(request.url)) {
      return reply.status(described.status).send({
        error: {
          code: described.code,
          message: described.message,
          problems: described.problems,
          ...(described.retryAfter === undefined ? {} : { retryAfter: described.retryAfter }),
        },
      });
    }
    return reply
      .status(described.status)
      .type('text/html; charset=utf-8')
      .send(renderErrorPage(described, request.url, request.publicOrigin));
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
    return reply
      .status(404)
      .type('text/html; charset=utf-8')
      .send(renderErrorPage(described, request.url, request.publicOrigin));
  });

  const databases = { db: options.db, readDb: options.readDb ?? options.db };
  // The search engine keeps its own read connection and in-memory index; they go with the app.
  app.addHook('onClose', async () => {
    await closeSearch(databases.readDb);
    if (databases.readDb !== databases.db) await closeSearch(databases.db);
  });
  await registerHealthRoutes(app, databases);
  await registerWebRoutes(app, { ...databases, sitemapUrlsPerFile: options.sitemapUrlsPerFile });
  await registerApiRoutes(app, { ...databases, rateLimitPerMinute: options.apiRateLimit ?? 600 });
  // The editorial area reads and writes the primary: editors must see their own saves at once.
  await registerAdminRoutes(app, {
    db: options.db,
    mediaFolder: options.admin?.mediaFolder ?? resolve('data/media'),
    signInAttemptsPerMinute: options.admin?.signInAttemptsPerMinute ?? 10,
    maxUploadBytes: options.admin?.maxUploadBytes ?? 10 * 1024 * 1024,
    maxImportBytes: options.admin?.maxImportBytes,
    imports: options.admin?.imports,
  });
  return app;
}

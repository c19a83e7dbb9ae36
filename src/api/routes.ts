import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { AppError, RateLimitedError } from '../domain/errors.js';
import type { ApiDependencies } from './dependencies.js';
import { registerDocumentationRoutes } from './routes/documentation.js';
import { registerExportRoutes } from './routes/exports.js';
import { registerOrganisationRoutes } from './routes/organisations.js';
import { registerProgrammeRoutes } from './routes/programmes.js';
import { registerProjectRoutes } from './routes/projects.js';
import { registerStatsRoutes } from './routes/stats.js';
import { API_BASE, pageUrl } from './urls.js';

export type { ApiDependencies } from './dependencies.js';

/** JSON API v1: read-only open data under /api/v1, described by /api/v1/openapi.json. */
export async function registerApiRoutes(app: FastifyInstance, deps: ApiDependencies): Promise<void> {
  await app.register(apiV1, { prefix: API_BASE, ...deps });
}

/** Headers a script on another site may read: the licence and the rate limit. */
const EXPOSED_HEADERS = [
  'Link',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
];

const WINDOW_SECONDS = 60;

/**
 * A generous limit per client address (the real client's behind a proxy when TRUST_PROXY is
 * set): every answer says how much is left (RateLimit-* headers); going over gets a 429 in the
 * API's error shape with Retry-After, and costs no database work.
 */
async function limitRequestRate(api: FastifyInstance, perMinute: number): Promise<void> {
  await api.register(rateLimit, {
    max: perMinute,
    timeWindow: WINDOW_SECONDS * 1000,
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new RateLimitedError(
        `Too many requests: at most ${context.max} a minute from one address. Retry in ${seconds} s (see Retry-After).`,
        seconds,
      );
    },
  });
  api.addHook('onSend', async (_request, reply, payload) => {
    reply.header('ratelimit-policy', `${perMinute};w=${WINDOW_SECONDS}`);
    return payload;
  });
}

/** The data's licence in each language, as RFC 8288 links. */
function licenceLinks(origin: string): string {
  return Object.entries(pageUrl.licence)
    .map(([language, path]) => `<${origin}${path}>; rel="license"; hreflang="${language}"`)
    .join(', ');
}

/** A comma-separated header value with more items added, each once. */
function mergedList(current: unknown, added: readonly string[]): string {
  const items = typeof current === 'string' && current !== '' ? [current] : [];
  for (const item of added) if (!items.includes(item)) items.push(item);
  return items.join(', ');
}

const apiV1: FastifyPluginAsync<ApiDependencies> = async (api, deps) => {
  if (deps.rateLimitPerMinute !== undefined && deps.rateLimitPerMinute > 0) {
    await limitRequestRate(api, deps.rateLimitPerMinute);
  }
  api.addHook('onSend', async (request, reply, payload) => {
    // Open data: any site may read it from a browser. No cookies are read, so no credentials are allowed.
    reply.header('access-control-allow-origin', '*');
    // Merged with what a route set itself (an export names its own headers and licence link).
    reply.header(
      'access-control-expose-headers',
      mergedList(reply.getHeader('access-control-expose-headers'), EXPOSED_HEADERS),
    );
    reply.header('link', mergedList(reply.getHeader('link'), [licenceLinks(request.publicOrigin)]));
    // The portal's same-origin default (security-headers.ts) would stop other sites embedding the answers.
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

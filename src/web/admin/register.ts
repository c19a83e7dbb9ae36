import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { openMediaFile } from '../../services/media/media-store.js';
import { adminContext, languageOfUrl } from './context.js';
import { ADMIN_PATHS } from './paths.js';
import { auditThrottledSignIn, authRoutes } from './routes/auth-routes.js';
import { imageRoutes } from './routes/image-routes.js';
import { projectRoutes } from './routes/project-routes.js';
import { registryRoutes } from './routes/registry-routes.js';
import { userRoutes } from './routes/user-routes.js';
import { type AdminDependencies, type AdminRoute, registerAdminRoute } from './routing.js';
import { SharedAttemptStore } from './security/sign-in-store.js';
import { renderAdminError } from './views/error-page.js';

export type { AdminDependencies };

/** Every route of the editorial area; each is registered in Polish and in English. */
export const ADMIN_ROUTES: readonly AdminRoute[] = [
  ...authRoutes,
  ...projectRoutes,
  ...imageRoutes,
  ...registryRoutes,
  ...userRoutes,
];

const ADMIN_STATIC = fileURLToPath(new URL('../../../src/web/admin/static/', import.meta.url));

const TOO_LARGE = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_PARTS_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_ERR_CTP_BODY_TOO_LARGE',
]);

/**
 * The editorial area under /admin (Polish) and /en/admin (English), in a scope of its own:
 * cookies, multipart uploads, the sign-in rate limit and an error page in the area's
 * language. Also serves uploaded images under /media/.
 */
export async function registerAdminRoutes(app: FastifyInstance, deps: AdminDependencies): Promise<void> {
  await app.register(cookie);
  await app.register(fastifyStatic, {
    root: ADMIN_STATIC,
    prefix: '/admin-static/',
    decorateReply: false,
    index: false,
    list: false,
    maxAge: '1h',
  });
  app.get<{ Params: { name: string } }>('/media/:name', async (request, reply) => {
    const file = await openMediaFile(deps.mediaFolder, request.params.name);
    if (!file) throw new AppError('not_found', `No image ${request.params.name}`);
    return reply
      .type(file.type)
      .header('content-length', file.size)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('content-disposition', 'inline')
      .send(file.stream);
  });

  await app.register(async (admin) => {
    await admin.register(multipart, {
      attachFieldsToBody: true,
      limits: { fileSize: deps.maxUploadBytes, files: 1, fields: 20, fieldSize: 10_000, parts: 25 },
      onFile: async (part) => {
        (part as unknown as { value: Buffer }).value = await part.toBuffer();
      },
    });
    const throttledKeys = new Map<string, number>();
    const attempts = new SharedAttemptStore();
    await admin.register(rateLimit, {
      global: false,
      // One shared instance: the plugin constructs the store class it is given, so hand it this one.
      store: function SharedStore() {
        return attempts;
      } as unknown as new () => SharedAttemptStore,
      onExceeded: (request) => {
        const minute = Math.floor(Date.now() / 60_000);
        if (throttledKeys.get(request.ip) === minute) return;
        throttledKeys.set(request.ip, minute);
        if (throttledKeys.size > 10_000) throttledKeys.clear();
        void auditThrottledSignIn({ deps, ip: request.ip }).catch(() => undefined);
      },
    });
    // A declared body far above the upload limit is refused before a byte of it is read.
    admin.addHook('onRequest', async (request, reply) => {
      const declared = Number(request.headers['content-length'] ?? 0);
      if (request.method === 'POST' && declared > deps.maxUploadBytes + 1024 * 1024) {
        reply.header('connection', 'close');
        return renderAdminError(reply, adminContext(languageOfUrl(request.url), null, ADMIN_PATHS.pl.root), 413);
      }
    });
    admin.setErrorHandler((error: FastifyError, request, reply) => {
      const ctx = adminContext(languageOfUrl(request.url), request.adminSession ?? null, ADMIN_PATHS.pl.root);
      if (error instanceof AppError) {
        const status = error.code === 'not_found' ? 404 : error.code === 'conflict' ? 409 : 400;
        const details = error.problems.map((item) => ctx.t.problems[item.code] ?? item.message);
        return renderAdminError(reply, ctx, status, undefined, details);
      }
      if (error.code !== undefined && TOO_LARGE.has(error.code)) return renderAdminError(reply, ctx, 413);
      if (error.statusCode === 429) return renderAdminError(reply, ctx, 429, 'throttled');
      if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
        return renderAdminError(reply, ctx, error.statusCode === 413 ? 413 : 400);
      }
      request.log.error({ err: error }, 'editorial request failed');
      return renderAdminError(reply, ctx, 500);
    });
    for (const lang of ['pl', 'en'] as const) {
      for (const route of ADMIN_ROUTES) registerAdminRoute(admin, route, lang, deps);
    }
  });
}

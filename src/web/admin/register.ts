import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { canImportFiles } from '../../domain/policies.js';
import { ImportRuns } from '../../services/import/background/import-runs.js';
import { openMediaFile } from '../../services/media/media-store.js';
import { isRegistryBusy } from '../../services/registry/registry-busy.js';
import { adminContext, languageOfUrl } from './context.js';
import { importRoutes } from './imports/import-routes.js';
import { keepUploadedPart, removeLeftoverUploads } from './imports/uploaded-files.js';
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

/** The editorial area's settings; the import ones have defaults. */
export type AdminSettings = Omit<AdminDependencies, 'imports' | 'maxImportBytes'> &
  Partial<Pick<AdminDependencies, 'imports' | 'maxImportBytes'>>;

/** The largest file the import form takes by default: the official lists run to ~60 MB as XLSX. */
export const DEFAULT_MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** Every route of the editorial area; each is registered in Polish and in English. */
export const ADMIN_ROUTES: readonly AdminRoute[] = [
  ...authRoutes,
  ...projectRoutes,
  ...imageRoutes,
  ...registryRoutes,
  ...userRoutes,
  ...importRoutes,
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
export async function registerAdminRoutes(app: FastifyInstance, settings: AdminSettings): Promise<void> {
  const deps: AdminDependencies = {
    ...settings,
    imports:
      settings.imports ??
      new ImportRuns(settings.db, (error, run) =>
        app.log.error({ err: error, file: run.fileName, run: run.id }, 'An import stopped on an unexpected error'),
      ),
    maxImportBytes: settings.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
  };
  // A stopping server lets the running import end (it is one transaction) and removes its files.
  app.addHook('onClose', async () => deps.imports.close());
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
    // Cookies are read in the editorial area alone: public pages set and read none.
    await admin.register(cookie);
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
    admin.addHook('onRequest', refuseDeclaredAbove(deps.maxUploadBytes + 1024 * 1024));
    admin.setErrorHandler(handleAdminError);
    for (const lang of ['pl', 'en'] as const) {
      for (const route of ADMIN_ROUTES) {
        if (!importRoutes.includes(route)) registerAdminRoute(admin, route, lang, deps);
      }
    }
  });

  // The import form in a scope of its own: large files, streamed to disk, never held in memory.
  await app.register(async (imports) => {
    await imports.register(cookie);
    await imports.register(multipart, {
      attachFieldsToBody: true,
      throwFileSizeLimit: false,
      limits: { fileSize: deps.maxImportBytes, files: 2, fields: 10, fieldSize: 10_000, parts: 12 },
      // Parsing runs before the route's policy check: a file from someone who may not import is dropped unread.
      onFile: async function (this: FastifyRequest, part) {
        const user = this.adminSession?.user;
        (part as unknown as { value: unknown }).value = await keepUploadedPart(
          this,
          part,
          user !== undefined && canImportFiles(user),
        );
      },
    });
    imports.addHook('onRequest', refuseDeclaredAbove(2 * deps.maxImportBytes + 1024 * 1024));
    imports.addHook('onResponse', async (request) => removeLeftoverUploads(request));
    imports.setErrorHandler(handleAdminError);
    for (const lang of ['pl', 'en'] as const) {
      for (const route of importRoutes) registerAdminRoute(imports, route, lang, deps);
    }
  });
}

/** A declared body far above what a form may send is refused before a byte of it is read. */
function refuseDeclaredAbove(limit: number) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (request.method === 'POST' && declared > limit) {
      reply.header('connection', 'close');
      return renderAdminError(reply, adminContext(languageOfUrl(request.url), null, ADMIN_PATHS.pl.root), 413);
    }
  };
}

/** Errors of the editorial area as its own pages, in its language; never a stack trace. */
function handleAdminError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
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
  if (isRegistryBusy(error)) {
    request.log.warn('an editorial write waited in vain for the registry (an import is being written)');
    reply.header('retry-after', '30');
    return renderAdminError(reply, ctx, 503, 'busy');
  }
  request.log.error({ err: error }, 'editorial request failed');
  return renderAdminError(reply, ctx, 500);
}

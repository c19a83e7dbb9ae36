import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../domain/errors.js';
import type { ProjectAccess } from '../../domain/policies.js';
import { type ActiveSession, resolveSession } from '../../services/auth/sessions.js';
import { tokensMatch } from '../../services/auth/tokens.js';
import type { ImportRuns } from '../../services/import/background/import-runs.js';
import { getProjectAccess } from '../../services/projects/editorial-queries.js';
import type { SpojniaDb } from '../../storage/database.js';
import { type AdminContext, adminContext, otherLanguage } from './context.js';
import { noticeText } from './notices.js';
import { ADMIN_PATHS, type AdminLanguage, type AdminPaths } from './paths.js';
import { ROUTE_POLICIES, type RouteAccess } from './policies.js';
import { clearSessionCookie, SESSION_COOKIE, SIGN_IN_COOKIE } from './security/cookies.js';
import { type FormBody, field, toFormBody } from './security/form-body.js';
import { renderAdminError } from './views/error-page.js';

export interface AdminDependencies {
  readonly db: SpojniaDb;
  /** Folder of uploaded images. */
  readonly mediaFolder: string;
  /** Sign-in attempts allowed per address and minute. */
  readonly signInAttemptsPerMinute: number;
  /** The largest upload accepted, in bytes. */
  readonly maxUploadBytes: number;
  /** Imports started from the upload form, one at a time. */
  readonly imports: ImportRuns;
  /** The largest file the import form accepts, in bytes. */
  readonly maxImportBytes: number;
}

/** A project an editorial route is about, as the policies see it. */
export type ProjectInRoute = ProjectAccess & { id: number; slug: string; title: string; updatedAt: string };

export interface RouteArgs {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly ctx: AdminContext;
  readonly deps: AdminDependencies;
  /** The signed-in person; null only on public routes. */
  readonly session: ActiveSession | null;
  readonly project: ProjectInRoute | null;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string | undefined>>;
  readonly body: FormBody;
}

export interface AdminRoute {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: (paths: AdminPaths) => string;
  /** The named policy the route goes through, or 'public' for the sign-in page alone. */
  readonly access: RouteAccess;
  /** Multipart with one file. */
  readonly upload?: boolean;
  /** The sign-in form: rate limited per address. */
  readonly signIn?: boolean;
  handle(args: RouteArgs): Promise<unknown>;
}

declare module 'fastify' {
  interface FastifyRequest {
    adminSession?: ActiveSession | null;
  }
  interface FastifyContextConfig {
    /** The policy of an editorial route; the route table test reads it. */
    adminAccess?: RouteAccess;
    adminRouteName?: string;
  }
}

function singleValues(query: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (typeof query !== 'object' || query === null) return out;
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') out[key] = value[0];
  }
  return out;
}

function fillPattern(pattern: string, params: Readonly<Record<string, string>>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** The same page in the other language, keeping the query. */
function alternateUrl(route: AdminRoute, lang: AdminLanguage, request: FastifyRequest): string {
  const params = (request.params ?? {}) as Record<string, string>;
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
  const target = fillPattern(route.path(ADMIN_PATHS[otherLanguage(lang)]), params);
  return route.method === 'GET' ? `${target}${query}` : target;
}

/** Where to go after signing in: only a path of the editorial area, never another site. */
export function safeNext(next: string | undefined, paths: AdminPaths): string {
  if (next && /^\/(en\/)?admin(\/[\w\-/?=&%.]*)?$/.test(next) && !next.includes('//')) return next;
  return paths.projects;
}

/**
 * Registers one editorial route in one language. Every request goes through the same steps:
 * the session from the cookie (onRequest, before any body is read), then the CSRF token of
 * a form, then the route's named policy (with its project loaded), then the handler.
 */
export function registerAdminRoute(
  app: FastifyInstance,
  route: AdminRoute,
  lang: AdminLanguage,
  deps: AdminDependencies,
): void {
  const paths = ADMIN_PATHS[lang];
  const policy = route.access === 'public' ? null : ROUTE_POLICIES[route.access];
  app.route({
    method: route.method,
    url: route.path(paths),
    config: {
      adminAccess: route.access,
      adminRouteName: route.name,
      ...(route.signIn ? { rateLimit: { max: deps.signInAttemptsPerMinute, timeWindow: 60_000 } } : {}),
    },
    onRequest: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      reply.header('x-robots-tag', 'noindex, nofollow');
      const token = request.cookies[SESSION_COOKIE];
      request.adminSession = token ? await resolveSession(deps.db, token) : null;
      if (token && !request.adminSession) clearSessionCookie(request, reply);
      if (policy === null || request.adminSession) return;
      if (route.method === 'GET') {
        return reply.redirect(`${paths.signIn}?next=${encodeURIComponent(request.url)}`, 303);
      }
      return renderAdminError(reply, adminContext(lang, null, paths.signIn), 401);
    },
    preHandler: async (request, reply) => {
      const session = request.adminSession ?? null;
      const ctx = adminContext(lang, session, alternateUrl(route, lang, request));
      if (route.method === 'POST') {
        const sent = field(toFormBody(request.body), '_csrf');
        const expected = session ? session.csrfToken : (request.cookies[SIGN_IN_COOKIE] ?? '');
        if (sent === '' || expected === '' || !tokensMatch(sent, expected)) {
          return renderAdminError(reply, ctx, 403, 'csrf');
        }
      }
      if (policy === null || session === null) return;
      const actor = session.user;
      if (!policy.project) {
        if (!(policy.allows as (who: typeof actor) => boolean)(actor)) return renderAdminError(reply, ctx, 403);
        return;
      }
      const project = await projectFromParams(deps.db, request.params as Record<string, string>);
      if (!policy.allows(actor, project)) return renderAdminError(reply, ctx, 403);
      (request as FastifyRequest & { adminProject?: ProjectInRoute }).adminProject = project;
    },
    handler: async (request, reply) => {
      const query = singleValues(request.query);
      const session = request.adminSession ?? null;
      const base = adminContext(lang, session, alternateUrl(route, lang, request));
      const ctx: AdminContext = { ...base, notice: noticeText(base.t, query.ok) };
      return route.handle({
        request,
        reply,
        ctx,
        deps,
        session,
        project: (request as FastifyRequest & { adminProject?: ProjectInRoute }).adminProject ?? null,
        params: (request.params ?? {}) as Record<string, string>,
        query,
        body: toFormBody(request.body),
      });
    },
  });
}

async function projectFromParams(db: SpojniaDb, params: Readonly<Record<string, string>>): Promise<ProjectInRoute> {
  const id = params.id ?? '';
  if (!/^\d{1,9}$/.test(id)) throw notFound(`Project ${id}`);
  const access = await getProjectAccess(db, Number(id));
  if (!access) throw notFound(`Project ${id}`);
  return { ...access, id: Number(id) };
}

/** A whole number from a route parameter, or a 404. */
export function idParam(params: Readonly<Record<string, string>>, name: string): number {
  const value = params[name] ?? '';
  if (!/^\d{1,9}$/.test(value)) throw notFound(`${name} ${value}`);
  return Number(value);
}

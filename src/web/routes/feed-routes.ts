import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  getOrganisationUpdateFeed,
  getPortalUpdateFeed,
  getProjectUpdateFeed,
  type UpdateFeed,
} from '../../services/open-data/get-update-feed.js';
import type { RenderContext } from '../context.js';
import type { WebDependencies } from '../dependencies.js';
import { LOCALES } from '../i18n/locales.js';
import { ATOM_TYPE, renderAtomFeed } from '../open-data/atom-feed.js';
import { licenceLinkHeader } from '../open-data/licence-link.js';
import { PATHS, type Paths } from '../paths.js';
import type { Site } from '../site.js';

function sendFeed(
  reply: FastifyReply,
  ctx: RenderContext,
  feed: UpdateFeed,
  feedPath: (paths: Paths) => string,
  pagePath: string,
): FastifyReply {
  const feedAlternates = Object.fromEntries(LOCALES.map((locale) => [locale, ctx.absolute(feedPath(PATHS[locale]))]));
  const xml = renderAtomFeed(ctx, feed, {
    self: ctx.absolute(feedPath(ctx.paths)),
    feedAlternates,
    page: ctx.absolute(pagePath),
  });
  return reply
    .type(`${ATOM_TYPE}; charset=utf-8`)
    .header('cache-control', 'public, max-age=300')
    .header('link', licenceLinkHeader(ctx))
    .send(xml);
}

type SlugRequest = { Params: { slug: string } };

/** Atom feeds of project news: the whole portal, one project, the projects of one organisation. */
export async function registerFeedRoutes(
  app: FastifyInstance,
  { readDb: db }: WebDependencies,
  site: Site,
): Promise<void> {
  app.get(site.paths.routes.feed, async (request, reply) => {
    const ctx = site.context(request);
    return sendFeed(reply, ctx, await getPortalUpdateFeed(db), (paths) => paths.feed, ctx.paths.home);
  });

  app.get<SlugRequest>(site.paths.routes.projectFeed, async (request, reply) => {
    const ctx = site.context(request);
    const feed = await getProjectUpdateFeed(db, request.params.slug);
    const slug = feed.subject.kind === 'project' ? feed.subject.slug : request.params.slug;
    return sendFeed(reply, ctx, feed, (paths) => paths.projectFeed(slug), ctx.paths.project(slug));
  });

  app.get<SlugRequest>(site.paths.routes.organisationFeed, async (request, reply) => {
    const ctx = site.context(request);
    const feed = await getOrganisationUpdateFeed(db, request.params.slug);
    const slug = feed.subject.kind === 'organisation' ? feed.subject.organisation.slug : request.params.slug;
    return sendFeed(reply, ctx, feed, (paths) => paths.organisationFeed(slug), ctx.paths.organisation(slug));
  });
}

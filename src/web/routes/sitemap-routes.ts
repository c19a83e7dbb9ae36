import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../domain/errors.js';
import {
  listSitemapFiles,
  readSitemapFile,
  SITEMAP_KINDS,
  type SitemapKind,
} from '../../services/open-data/sitemap-contents.js';
import type { WebDependencies } from '../dependencies.js';
import { LOCALES } from '../i18n/locales.js';
import {
  MAX_URLS_PER_SITEMAP,
  renderPagesSitemap,
  renderSitemapIndex,
  SITEMAP_INDEX_PATH,
  streamItemSitemap,
} from '../open-data/sitemap-xml.js';

const XML_TYPE = 'application/xml; charset=utf-8';
const CACHE = 'public, max-age=3600';
const CHILD_FILE = /^([a-z]+)-(\d{1,9})\.xml$/;

function isSitemapKind(value: string): value is SitemapKind {
  return (SITEMAP_KINDS as readonly string[]).includes(value);
}

/**
 * sitemap.xml (an index), its child sitemaps and robots.txt. Every item is listed once per
 * language, so a child of `idsPerChunk` items holds at most `idsPerChunk × languages` URLs.
 */
export async function registerSitemapRoutes(app: FastifyInstance, deps: WebDependencies): Promise<void> {
  const db = deps.readDb;
  const urlsPerFile = Math.min(deps.sitemapUrlsPerFile ?? MAX_URLS_PER_SITEMAP, MAX_URLS_PER_SITEMAP);
  const idsPerChunk = Math.max(1, Math.floor(urlsPerFile / LOCALES.length));

  app.get(SITEMAP_INDEX_PATH, async (request, reply) => {
    const files = await listSitemapFiles(db, idsPerChunk);
    return reply.type(XML_TYPE).header('cache-control', CACHE).send(renderSitemapIndex(request.publicOrigin, files));
  });

  app.get<{ Params: { file: string } }>('/sitemap/:file', async (request, reply) => {
    const { file } = request.params;
    if (file === 'pages.xml') {
      return reply.type(XML_TYPE).header('cache-control', CACHE).send(renderPagesSitemap(request.publicOrigin));
    }
    const match = CHILD_FILE.exec(file);
    const kind = match?.[1] ?? '';
    if (!match || !isSitemapKind(kind)) throw notFound(`Sitemap "${file}"`);
    const items = readSitemapFile(db, kind, Number(match[2]), idsPerChunk);
    const body = Readable.from(streamItemSitemap(request.publicOrigin, kind, items));
    return reply.type(XML_TYPE).header('cache-control', CACHE).send(body);
  });

  app.get('/robots.txt', async (request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', CACHE)
      .send(
        [
          'User-agent: *',
          'Disallow: /admin',
          'Disallow: /en/admin',
          'Disallow: /api/',
          '',
          `Sitemap: ${request.publicOrigin}${SITEMAP_INDEX_PATH}`,
          '',
        ].join('\n'),
      ),
  );
}

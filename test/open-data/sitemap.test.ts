import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createProject } from '../../src/services/projects/create-project.js';
import { buildProjectInput } from '../factories/project.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { seedNewsRegistry } from './feed-fixtures.js';

const ORIGIN = 'https://projekty.example.gov.pl';
let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedNewsRegistry(database.db);
  for (let index = 1; index <= 7; index += 1) {
    await createProject(
      database.db,
      buildProjectInput({
        slug: `projekt-${index}`,
        title: `Projekt ${index}`,
        programmeSlug: 'feng-2021-2027',
        editorialState: index === 4 ? 'archived' : 'published',
      }),
    );
  }
  // Four URLs per child: two items, each in Polish and English.
  app = await buildApp({ db: database.db, publicUrl: ORIGIN, sitemapUrlsPerFile: 4 });
});

afterAll(async () => {
  await app.close();
  await database.cleanup();
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name),
});

async function xml(url: string) {
  const response = await app.inject(url);
  expect(response.statusCode, url).toBe(200);
  expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
  expect(XMLValidator.validate(response.body), url).toBe(true);
  return parser.parse(response.body);
}

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  'xhtml:link': { '@hreflang': string; '@href': string }[];
}

describe('sitemap.xml', () => {
  it('is an index whose children list every published page once per language, with hreflang alternates', async () => {
    const index = await xml('/sitemap.xml');
    const children: string[] = index.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(children[0]).toBe(`${ORIGIN}/sitemap/pages.xml`);
    const projectChildren = children.filter((loc) => loc.includes('/sitemap/projects-'));
    // 8 published projects in chunks of two ids: more than one child, none empty.
    expect(projectChildren.length).toBeGreaterThan(2);

    const urls: SitemapUrl[] = [];
    for (const child of children) {
      const document = await xml(child.replace(ORIGIN, ''));
      const inChild: SitemapUrl[] = document.urlset.url ?? [];
      expect(inChild.length, child).toBeGreaterThan(0);
      expect(inChild.length, child).toBeLessThanOrEqual(child.endsWith('pages.xml') ? 10 : 4);
      urls.push(...inChild);
    }
    const locs = urls.map((url) => url.loc);
    expect(new Set(locs).size).toBe(locs.length);
    const projectPages = locs.filter((loc) => /\/(projekty|en\/projects)\/[^/]+$/.test(loc));
    expect(projectPages).toHaveLength(2 * 8);
    for (const slug of ['park-a', 'szkola-b', 'projekt-1', 'projekt-7']) {
      expect(locs).toContain(`${ORIGIN}/projekty/${slug}`);
      expect(locs).toContain(`${ORIGIN}/en/projects/${slug}`);
    }
    expect(locs.join(' ')).not.toMatch(/szkic|projekt-4/);
    // Organisations with a published project, the programme, and the pages that list things.
    for (const path of [
      '/organizacje/gmina-a',
      '/en/organisations/fundacja-b',
      '/programy/feng-2021-2027',
      '/',
      '/en/',
      '/licencja',
      '/en/licence',
      '/en/projects',
    ]) {
      expect(locs).toContain(`${ORIGIN}${path}`);
    }
    expect(locs).not.toContain(`${ORIGIN}/organizacje/partner-c`);

    const park = urls.find((url) => url.loc === `${ORIGIN}/en/projects/park-a`);
    expect(park?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(park?.['xhtml:link'].map((link) => [link['@hreflang'], link['@href']])).toEqual([
      ['pl', `${ORIGIN}/projekty/park-a`],
      ['en', `${ORIGIN}/en/projects/park-a`],
      ['x-default', `${ORIGIN}/projekty/park-a`],
    ]);
  });

  it('answers 404 for a child that does not exist and an empty urlset for an empty range', async () => {
    expect((await app.inject('/sitemap/users-0.xml')).statusCode).toBe(404);
    expect((await app.inject('/sitemap/projects-x.xml')).statusCode).toBe(404);
    const empty = await xml('/sitemap/projects-999999.xml');
    expect(empty.urlset.url).toBeUndefined();
  });

  it('robots.txt points to the sitemap and keeps crawlers out of the editorial area', async () => {
    const response = await app.inject('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(response.body).toContain('Disallow: /admin');
  });
});

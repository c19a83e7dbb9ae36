import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createProject } from '../../src/services/projects/create-project.js';
import { buildProjectInput } from '../factories/project.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { decodeEntities } from '../web/html.js';
import { seedNewsRegistry } from './feed-fixtures.js';

const HOSTILE = 'Park </script><script>alert("x")</script><!-- & więcej';
let database: TestDatabase;
let app: FastifyInstance;
let derived: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedNewsRegistry(database.db);
  await createProject(
    database.db,
    buildProjectInput({
      slug: 'wrogi',
      title: HOSTILE,
      summary: 'Opis </script> też',
      contractNumber: 'POWR.04.03.00-00-0001/18',
      beneficiarySlug: 'gmina-a',
      partners: [{ organisationSlug: 'partner-c', role: 'transnational_partner', note: null }],
      programmeSlug: 'feng-2021-2027',
      totalValue: { amount: 101_579_880, currency: 'PLN' },
      cofinancing: { amount: 97_979_880, currency: 'PLN' },
      logoUrl: '/media/0123456789abcdef0123456789abcdef.webp',
      places: [
        {
          label: 'Kraków, osiedle Azory',
          country: 'PL',
          voivodeship: 'małopolskie',
          county: null,
          municipality: 'Kraków',
          teryt: null,
          city: 'Kraków',
          areaName: 'osiedle Azory',
          latitude: 50.08,
          longitude: 19.89,
        },
      ],
    }),
  );
  app = await buildApp({ db: database.db, publicUrl: 'https://projekty.example.gov.pl' });
  derived = await buildApp({ db: database.db });
});

afterAll(async () => {
  await app.close();
  await derived.close();
  await database.cleanup();
});

function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((match) => {
    expect(match[1]).toBe(' type="application/ld+json"');
    return match[2] ?? '';
  });
}

function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"/>`).exec(html);
  return match ? decodeEntities(match[1] ?? '') : undefined;
}

describe('schema.org JSON-LD', () => {
  it('describes a project: funder, grant, amounts with currency, dates, place, beneficiary and partners', async () => {
    const html = (await app.inject('/projekty/wrogi')).body;
    const blocks = scripts(html);
    expect(blocks).toHaveLength(1);
    // A hostile title cannot end the element: the only </script> is the real one.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    const data = JSON.parse(blocks[0] ?? '');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Project',
      url: 'https://projekty.example.gov.pl/projekty/wrogi',
      name: HOSTILE,
      description: 'Opis </script> też',
      foundingDate: '2020-01-01',
      dissolutionDate: '2021-12-31',
      funder: { '@type': 'FundingScheme', alternateName: 'FENG', identifier: '2021PL16RFPR001' },
      funding: {
        '@type': 'MonetaryGrant',
        identifier: 'POWR.04.03.00-00-0001/18',
        amount: { '@type': 'MonetaryAmount', currency: 'PLN', value: 979798.8 },
      },
      location: [
        {
          '@type': 'Place',
          name: 'Kraków, osiedle Azory',
          address: { addressCountry: 'PL', addressRegion: 'małopolskie', addressLocality: 'Kraków' },
          geo: { latitude: 50.08, longitude: 19.89 },
        },
      ],
      image: 'https://projekty.example.gov.pl/media/0123456789abcdef0123456789abcdef.webp',
    });
    expect(
      data.member.map((role: { roleName: string; member: { name: string } }) => [role.roleName, role.member.name]),
    ).toEqual([
      ['beneficiary', 'Gmina A'],
      ['transnational_partner', 'Partner C'],
    ]);
    expect(data.additionalProperty[0]).toMatchObject({
      propertyID: 'totalValue',
      value: { currency: 'PLN', value: 1015798.8 },
    });
  });

  it('describes an organisation in English on the English page', async () => {
    const html = (await app.inject('/en/organisations/gmina-a')).body;
    const data = JSON.parse(scripts(html)[0] ?? '');
    expect(data).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: 'Gmina A',
      url: 'https://projekty.example.gov.pl/en/organisations/gmina-a',
    });
  });
});

describe('Open Graph, Twitter card and canonical links', () => {
  it.each([
    ['/', 'pl_PL', 'en_GB'],
    ['/en/projects', 'en_GB', 'pl_PL'],
    ['/programy/feng-2021-2027', 'pl_PL', 'en_GB'],
    ['/en/licence', 'en_GB', 'pl_PL'],
    ['/o-portalu', 'pl_PL', 'en_GB'],
  ])('%s has title, description, url, locale and its alternate', async (path, locale, alternate) => {
    const html = (await app.inject(path)).body;
    expect(meta(html, 'og:title')).toEqual(expect.stringContaining('Spójnia'));
    expect(meta(html, 'og:description')?.length).toBeGreaterThan(10);
    expect(meta(html, 'og:url')).toBe(`https://projekty.example.gov.pl${path}`);
    expect(meta(html, 'og:locale')).toBe(locale);
    expect(meta(html, 'og:locale:alternate')).toBe(alternate);
    expect(meta(html, 'twitter:card')).toBe('summary');
    expect(html).toContain(`<link rel="canonical" href="https://projekty.example.gov.pl${path}"/>`);
  });

  it('a project with a logo offers it as the preview image, escaped', async () => {
    const html = (await app.inject('/en/projects/wrogi')).body;
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:title')).toBe(`${HOSTILE} – Spójnia`);
    expect(meta(html, 'og:image')).toBe('https://projekty.example.gov.pl/media/0123456789abcdef0123456789abcdef.webp');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:url')).toBe('https://projekty.example.gov.pl/en/projects/wrogi');
  });
});

describe('absolute links without PUBLIC_URL', () => {
  it('follow the Host header when it is a plain host name, and say Vary: Host', async () => {
    const response = await derived.inject({ url: '/projekty/park-a', headers: { host: 'rejestr.example.org:8080' } });
    expect(meta(response.body, 'og:url')).toBe('http://rejestr.example.org:8080/projekty/park-a');
    expect(String(response.headers.vary).split(', ')).toContain('Host');
  });

  it("never serves a kept project page with another host's links", async () => {
    const first = await derived.inject({ url: '/projekty/park-a', headers: { host: 'pierwszy.example.org' } });
    const second = await derived.inject({ url: '/projekty/park-a', headers: { host: 'drugi.example.org' } });
    expect(meta(first.body, 'og:url')).toBe('http://pierwszy.example.org/projekty/park-a');
    expect(meta(second.body, 'og:url')).toBe('http://drugi.example.org/projekty/park-a');
  });

  it.each(['evil.example"><script>alert(1)</script>', 'user@evil.example', 'evil.example/path', 'a b'])(
    'ignore a forged Host header %j',
    async (host) => {
      const response = await derived.inject({ url: '/robots.txt', headers: { host } });
      expect(response.body).toContain('Sitemap: http://localhost/sitemap.xml');
      const page = await derived.inject({ url: '/', headers: { host } });
      expect(page.body).not.toContain('evil');
    },
  );

  it('a configured PUBLIC_URL wins over any Host header', async () => {
    const response = await app.inject({ url: '/robots.txt', headers: { host: 'evil.example' } });
    expect(response.body).toContain('Sitemap: https://projekty.example.gov.pl/sitemap.xml');
    expect(response.headers.vary).toBeUndefined();
  });
});

describe('the licence page', () => {
  it.each([
    ['/licencja', 'Licencja danych i kodu', 'CC BY 4.0'],
    ['/en/licence', 'Licence of the data and the code', 'CC BY 4.0'],
  ])('%s states the licence and how to attribute, and the footer links to it', async (path, heading, licence) => {
    const response = await app.inject(path);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`<h1>${heading}</h1>`);
    expect(response.body).toContain(licence);
    expect(response.body).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
    const home = (await app.inject(path.startsWith('/en') ? '/en/' : '/')).body;
    expect(home).toContain(`<a href="${path}">`);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMMING_PERIODS, PROJECT_STATUSES } from '../../src/domain/codes.js';
import { createProject } from '../../src/services/projects/create-project.js';
import { buildProjectInput } from '../factories/project.js';
import { type ApiTestApp, collectAllPages, startApiTestApp } from './api-test-app.js';

let api: ApiTestApp;

beforeAll(async () => {
  api = await startApiTestApp();
});

afterAll(async () => {
  await api.close();
});

/** Every key anywhere in a JSON value, to prove what never leaves the server. */
function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [key, ...allKeys(item)]);
  }
  return [];
}

describe('GET /api/v1/projects', () => {
  it('pages through every published project without overlap, following next links', async () => {
    const first = await api.get('/api/v1/projects?pageSize=7');
    expect(first.status).toBe(200);
    const { total, totalIsExact, pageSize, nextCursor } = first.json.meta;
    expect(total).toBeGreaterThan(7);
    expect({ totalIsExact, pageSize }).toEqual({ totalIsExact: true, pageSize: 7 });
    expect(first.json.data).toHaveLength(7);
    expect(first.json.links).toEqual({
      self: '/api/v1/projects?pageSize=7',
      first: '/api/v1/projects?pageSize=7',
      next: `/api/v1/projects?pageSize=7&cursor=${nextCursor}`,
    });

    const second = await api.get(first.json.links.next);
    expect(second.json.links.first).toBe('/api/v1/projects?pageSize=7');
    const firstSlugs = first.json.data.map((project: { slug: string }) => project.slug);
    for (const project of second.json.data) expect(firstSlugs).not.toContain(project.slug);

    const everything = await collectAllPages(api, '/api/v1/projects?pageSize=7');
    expect(everything).toHaveLength(total);
    expect(new Set(everything.map((project) => project.slug)).size).toBe(total);
  });

  it('uses 20 items per page by default and has no next link on the last page', async () => {
    const first = await api.get('/api/v1/projects');
    expect(first.json.meta.pageSize).toBe(20);
    expect(first.json.data).toHaveLength(20);
    let page = first;
    while (page.json.links.next) page = await api.get(page.json.links.next);
    expect(page.json.meta.nextCursor).toBeNull();
    expect(page.json.data.length).toBeGreaterThan(0);
  });

  it('keeps the search and its filters in its links', async () => {
    const response = await api.get('/api/v1/projects?q=projekt&period=2014-2020&pageSize=2&sort=title-asc');
    expect(response.json.links.self).toBe('/api/v1/projects?q=projekt&period=2014-2020&sort=title-asc&pageSize=2');
    expect(response.json.links.next).toContain('period=2014-2020');
    expect(response.json.links.next).toContain('cursor=');
  });

  it('filters by programme', async () => {
    const response = await api.get('/api/v1/projects?programme=urbact-iii&pageSize=100');
    const slugs = response.json.data.map((project: { slug: string }) => project.slug);
    expect(slugs).toContain('urb-inclusion');
    expect(slugs).not.toContain('hajnowka-odnowa');
    for (const project of response.json.data) expect(project.programme.slug).toBe('urbact-iii');
  });

  it('filters by topic', async () => {
    const response = await api.get('/api/v1/projects?topic=ekonomia-spoleczna&pageSize=100');
    const slugs = response.json.data.map((project: { slug: string }) => project.slug);
    expect(slugs).toContain('hajnowka-odnowa');
    expect(slugs).not.toContain('urb-inclusion');
    for (const slug of slugs.slice(0, 10)) {
      const detail = await api.get(`/api/v1/projects/${slug}`);
      expect(detail.json.topics.map((topic: { slug: string }) => topic.slug)).toContain('ekonomia-spoleczna');
    }
  });

  it.each(PROJECT_STATUSES)('filters by status %s', async (status) => {
    const response = await api.get(`/api/v1/projects?status=${status}&pageSize=100`);
    expect(response.status).toBe(200);
    for (const project of response.json.data) expect(project.status).toBe(status);
  });

  it('splits the registry by status: the filtered totals add up to the whole', async () => {
    const all = await api.get('/api/v1/projects');
    let sum = 0;
    for (const status of PROJECT_STATUSES) sum += (await api.get(`/api/v1/projects?status=${status}`)).json.meta.total;
    expect(sum).toBe(all.json.meta.total);
  });

  it.each(PROGRAMMING_PERIODS)('filters by period %s', async (period) => {
    const response = await api.get(`/api/v1/projects?period=${period}&pageSize=100`);
    expect(response.status).toBe(200);
    for (const project of response.json.data) expect(project.period).toBe(period);
  });

  it('finds both seed projects in the 2014-2020 period', async () => {
    const response = await api.get('/api/v1/projects?period=2014-2020&pageSize=100');
    const slugs = response.json.data.map((project: { slug: string }) => project.slug);
    expect(slugs).toEqual(expect.arrayContaining(['hajnowka-odnowa', 'urb-inclusion']));
  });

  it('ignores unknown parameters and empty ones', async () => {
    const plain = await api.get('/api/v1/projects');
    const noisy = await api.get('/api/v1/projects?colour=blue&status=&programme=');
    expect(noisy.status).toBe(200);
    expect(noisy.json.meta.total).toBe(plain.json.meta.total);
  });

  it.each([
    ['pageSize=1000', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['pageSize=abc', 'pageSize'],
  ])('refuses %s with a 400 naming the field', async (query, field) => {
    const response = await api.get(`/api/v1/projects?${query}`);
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('invalid_input');
    expect(response.json.error.problems).toEqual([expect.objectContaining({ path: field })]);
    expect(response.headers['cache-control']).toBeUndefined();
  });

  it.each([
    ['status=bogus', 'unknown_facet_value', 'Unknown status "bogus" was ignored.'],
    ['period=1999-2006', 'unknown_facet_value', 'Unknown period "1999-2006" was ignored.'],
    ['page=2', 'page_not_supported', 'page is not a parameter: follow links.next (cursor paging).'],
    ['sort=cheapest', 'unknown_sort', 'Unknown sort order "cheapest" was ignored.'],
  ])('ignores %s, says so in meta.ignored, and answers the rest', async (query, code, message) => {
    const plain = await api.get('/api/v1/projects');
    const response = await api.get(`/api/v1/projects?${query}`);
    expect(response.status).toBe(200);
    expect(response.json.meta.ignored).toEqual([{ code, message }]);
    expect(response.json.meta.total).toBe(plain.json.meta.total);
  });

  it('sends money as exact decimal strings with minor units', async () => {
    const response = await api.get('/api/v1/projects?pageSize=100');
    for (const project of response.json.data) {
      for (const amount of [project.totalValue, project.cofinancing]) {
        if (amount === null) continue;
        expect(amount.amount).toMatch(/^\d+\.\d{2}$/);
        expect(amount.amount.replace('.', '')).toBe(String(amount.minorUnits).padStart(3, '0'));
      }
    }
  });

  it('is open to every origin and cacheable for a minute', async () => {
    const response = await api.get('/api/v1/projects');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('GET /api/v1/projects/:slug', () => {
  it('gives the Hajnówka seed project with its exact money and derived values', async () => {
    const response = await api.get('/api/v1/projects/hajnowka-odnowa');
    expect(response.status).toBe(200);
    const project = response.json;
    expect(project.totalValue).toEqual({ amount: '1015798.80', minorUnits: 101579880, currency: 'PLN' });
    expect(project.cofinancing.amount).toBe('979798.80');
    expect(project.funding).toEqual([
      { source: 'eu', amount: { amount: '957796.69', minorUnits: 95779669, currency: 'PLN' } },
      { source: 'state_budget', amount: { amount: '22002.11', minorUnits: 2200211, currency: 'PLN' } },
    ]);
    expect(project.ownContribution).toEqual({ amount: '36000.00', minorUnits: 3600000, currency: 'PLN' });
    expect(project.cofinancingRate).toBe(96.46);
    expect(project.breakdownWarnings).toEqual([]);
    // In progress by the record, but it ended on 2021-09-28.
    expect(project.statusHint).toBe('end_date_passed');
    expect(project.startDate).toBe('2018-07-01');
    expect(project.endDate).toBe('2021-09-28');
    expect(project.url).toBe('/projekty/hajnowka-odnowa');
    expect(project.programme).toMatchObject({ slug: 'power-2014-2020', shortName: 'POWER' });
    expect(project.measure).toEqual({ code: '4.3', name: 'Współpraca ponadnarodowa' });
    expect(project.beneficiary).toMatchObject({ slug: 'owop-bialystok', url: '/organizacje/owop-bialystok' });
  });

  it('lists the partners with their roles', async () => {
    const { json } = await api.get('/api/v1/projects/hajnowka-odnowa');
    expect(
      json.partners.map((partner: { organisation: { slug: string }; role: string }) => [
        partner.organisation.slug,
        partner.role,
      ]),
    ).toEqual([
      ['gmina-miejska-hajnowka', 'partner'],
      ['la-polveriera', 'transnational_partner'],
      ['politechnika-bialostocka', 'associated'],
    ]);
    expect(json.partners[1].note).toBe('partner ponadnarodowy z Reggio Emilia');
    expect(json.partners[0].organisation.apiUrl).toBe('/api/v1/organisations/gmina-miejska-hajnowka');
  });

  it('gives URB-INCLUSION with its eight transnational partners and its phases', async () => {
    const { json } = await api.get('/api/v1/projects/urb-inclusion');
    expect(json.partners).toHaveLength(8);
    for (const partner of json.partners) expect(partner.role).toBe('transnational_partner');
    expect(json.phases.map((phase: { durationMonths: number }) => phase.durationMonths)).toEqual([6, 24]);
    expect(json.cofinancingRate).toBe(85);
    expect(json.places[0]).toMatchObject({ areaName: 'osiedle Azory', teryt: '1261011' });
  });

  it('never shows database ids', async () => {
    const { json } = await api.get('/api/v1/projects/hajnowka-odnowa');
    expect(allKeys(json)).not.toContain('id');
    expect(allKeys(json)).not.toContain('programmeId');
  });

  it('answers 404 in JSON for an unknown slug', async () => {
    const response = await api.get('/api/v1/projects/nie-ma-takiego');
    expect(response.status).toBe(404);
    expect(response.json).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('nie-ma-takiego'), problems: [] },
    });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cache-control']).toBeUndefined();
  });

  it('answers 404 in JSON with CORS for an unknown API route', async () => {
    const response = await api.get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.json.error.code).toBe('not_found');
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('drafts', () => {
  beforeAll(async () => {
    await createProject(
      api.db,
      buildProjectInput({
        slug: 'tajny-szkic',
        title: 'Tajny szkic',
        editorialState: 'draft',
        programmeSlug: 'urbact-iii',
        beneficiarySlug: 'owop-bialystok',
        topicSlugs: ['rewitalizacja'],
      }),
    );
  });

  it('never appear in the list, filtered or not', async () => {
    const everything = await collectAllPages(api, '/api/v1/projects?pageSize=100');
    expect(everything.map((project) => project.slug)).not.toContain('tajny-szkic');
    const filtered = await api.get('/api/v1/projects?programme=urbact-iii&topic=rewitalizacja&pageSize=100');
    expect(filtered.json.data.map((project: { slug: string }) => project.slug)).not.toContain('tajny-szkic');
  });

  it('have no detail', async () => {
    expect((await api.get('/api/v1/projects/tajny-szkic')).status).toBe(404);
  });

  it('are not counted for their organisation or programme', async () => {
    const organisation = await api.get('/api/v1/organisations/owop-bialystok');
    const slugs = organisation.json.asBeneficiary.data.map((project: { slug: string }) => project.slug);
    expect(slugs).not.toContain('tajny-szkic');
    expect(organisation.json.beneficiaryTotals.count).toBe(organisation.json.asBeneficiary.meta.total);
    const programmes = await api.get('/api/v1/programmes');
    const urbact = programmes.json.data.find((programme: { slug: string }) => programme.slug === 'urbact-iii');
    const listed = await api.get('/api/v1/projects?programme=urbact-iii');
    expect(urbact.projectCount).toBe(listed.json.meta.total);
  });
});

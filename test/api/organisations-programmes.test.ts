import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestApp, collectAllPages, startApiTestApp } from './api-test-app.js';

let api: ApiTestApp;

beforeAll(async () => {
  api = await startApiTestApp();
});

afterAll(async () => {
  await api.close();
});

const slugsOf = (section: { data: { slug: string }[] }) => section.data.map((project) => project.slug);

describe('GET /api/v1/organisations/:slug', () => {
  it('lists the projects an organisation carries out as beneficiary, with totals', async () => {
    const response = await api.get('/api/v1/organisations/owop-bialystok');
    expect(response.status).toBe(200);
    const { organisation, asBeneficiary, beneficiaryTotals } = response.json;
    expect(organisation).toMatchObject({
      slug: 'owop-bialystok',
      kind: 'ngo',
      country: 'PL',
      url: '/organizacje/owop-bialystok',
      apiUrl: '/api/v1/organisations/owop-bialystok',
    });
    expect(slugsOf(asBeneficiary)).toContain('hajnowka-odnowa');
    expect(beneficiaryTotals.count).toBe(asBeneficiary.meta.total);
    const pln = beneficiaryTotals.byCurrency.find((row: { currency: string }) => row.currency === 'PLN');
    expect(BigInt(pln.totalValue.minorUnits)).toBeGreaterThanOrEqual(101579880n);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cache-control']).toBe('public, max-age=60');
  });

  it('lists the projects it takes part in as a partner', async () => {
    const { json } = await api.get('/api/v1/organisations/gmina-miejska-hajnowka');
    expect(slugsOf(json.asPartner)).toContain('hajnowka-odnowa');
    expect(slugsOf(json.asBeneficiary)).not.toContain('hajnowka-odnowa');
    expect(json.partnerTotals.count).toBe(json.asPartner.meta.total);
  });

  it('finds a foreign partner city of URB-INCLUSION', async () => {
    const { json } = await api.get('/api/v1/organisations/glasgow-city-council');
    expect(json.organisation.country).toBe('GB');
    expect(slugsOf(json.asPartner)).toContain('urb-inclusion');
  });

  it('pages its lists and refuses a page size over 100', async () => {
    const small = await api.get('/api/v1/organisations/owop-bialystok?pageSize=1');
    expect(small.json.asBeneficiary.data.length).toBeLessThanOrEqual(1);
    expect(small.json.asBeneficiary.meta.pageSize).toBe(1);
    const tooBig = await api.get('/api/v1/organisations/owop-bialystok?pageSize=1000');
    expect(tooBig.status).toBe(400);
    expect(tooBig.json.error.problems).toEqual([expect.objectContaining({ path: 'pageSize' })]);
  });

  it('answers 404 in JSON for an unknown organisation', async () => {
    const response = await api.get('/api/v1/organisations/nie-ma-takiej');
    expect(response.status).toBe(404);
    expect(response.json.error).toMatchObject({ code: 'not_found', problems: [] });
  });
});

describe('GET /api/v1/programmes', () => {
  it('lists every programme with the count of its published projects', async () => {
    const response = await api.get('/api/v1/programmes');
    expect(response.status).toBe(200);
    const programmes = response.json.data;
    expect(programmes.length).toBeGreaterThanOrEqual(17);
    const power = programmes.find((programme: { slug: string }) => programme.slug === 'power-2014-2020');
    expect(power).toMatchObject({
      code: '2014PL05M9OP001',
      shortName: 'POWER',
      period: '2014-2020',
      funds: ['ESF', 'YEI'],
    });
    const listed = await api.get('/api/v1/projects?programme=power-2014-2020');
    expect(power.projectCount).toBe(listed.json.meta.total);
    expect(power.projectCount).toBeGreaterThanOrEqual(1);
  });
});

describe('GET /api/v1/programmes/:slug', () => {
  it('gives a programme with a page of its projects, its totals and a link to filter further', async () => {
    const { json, status } = await api.get('/api/v1/programmes/urbact-iii');
    expect(status).toBe(200);
    expect(json.programme).toMatchObject({ slug: 'urbact-iii', name: 'URBACT III', url: '/programy/urbact-iii' });
    expect(slugsOf(json.projects)).toContain('urb-inclusion');
    expect(json.totals.count).toBe(json.projects.meta.total);
    const filtered = await api.get(json.projectsUrl);
    expect(filtered.json.meta.total).toBe(json.totals.count);
  });

  it('answers 404 in JSON for an unknown programme', async () => {
    const response = await api.get('/api/v1/programmes/nie-ma-takiego');
    expect(response.status).toBe(404);
    expect(response.json.error.code).toBe('not_found');
  });

  it('refuses page=0 with a 400 naming the field', async () => {
    const response = await api.get('/api/v1/programmes/urbact-iii?page=0');
    expect(response.status).toBe(400);
    expect(response.json.error.problems).toEqual([expect.objectContaining({ path: 'page' })]);
  });
});

describe('GET /api/v1/topics', () => {
  it('lists every topic with Polish and English names', async () => {
    const { json } = await api.get('/api/v1/topics');
    expect(json.data).toContainEqual({ slug: 'rewitalizacja', namePl: 'Rewitalizacja', nameEn: 'Urban regeneration' });
    expect(json.data.length).toBeGreaterThanOrEqual(14);
  });
});

describe('links', () => {
  it('point at public pages that exist, and at API resources that exist', async () => {
    const { json } = await api.get('/api/v1/projects/hajnowka-odnowa');
    for (const resource of [json, json.beneficiary, json.programme, json.partners[0].organisation]) {
      const page = await api.app.inject({ method: 'GET', url: resource.url });
      expect(page.statusCode, resource.url).toBe(200);
      expect(page.headers['content-type'], resource.url).toMatch(/^text\/html/);
      expect((await api.get(resource.apiUrl)).status, resource.apiUrl).toBe(200);
    }
  });
});

describe('GET /api/v1/organisations and /api/v1/topics/{slug}', () => {
  it('lists organisations by name, paged, with their published project counts and filters', async () => {
    const first = await api.get('/api/v1/organisations?pageSize=5');
    expect(first.status).toBe(200);
    expect(first.json.data).toHaveLength(5);
    expect(first.json.meta.total).toBeGreaterThan(5);
    expect(first.json.links.next).toBe('/api/v1/organisations?page=2&pageSize=5');
    const everyone = await collectAllPages(api, '/api/v1/organisations?pageSize=7');
    expect(everyone).toHaveLength(first.json.meta.total);
    expect(new Set(everyone.map((item) => item.slug)).size).toBe(everyone.length);
    const owop = everyone.find((item) => item.slug === 'owop-bialystok') as unknown as { projectCount: number };
    expect(owop.projectCount).toBe(1);
    const italian = await api.get('/api/v1/organisations?country=it');
    expect(italian.json.data.map((item: { slug: string }) => item.slug)).toContain('la-polveriera');
    for (const item of italian.json.data) expect(item.country).toBe('IT');
    expect((await api.get('/api/v1/organisations?kind=castle')).status).toBe(400);
  });

  it('shows a topic with a page of its projects, totals and where to filter further', async () => {
    const response = await api.get('/api/v1/topics/rewitalizacja?pageSize=2');
    expect(response.status).toBe(200);
    expect(response.json.topic).toMatchObject({ slug: 'rewitalizacja', namePl: 'Rewitalizacja' });
    expect(response.json.projects.data.length).toBeLessThanOrEqual(2);
    const filtered = await api.get('/api/v1/projects?topic=rewitalizacja&pageSize=1');
    expect(response.json.projects.meta.total).toBe(filtered.json.meta.total);
    expect(response.json.totals.count).toBe(filtered.json.meta.total);
    expect(response.json.projectsUrl).toBe('/api/v1/projects?topic=rewitalizacja');
    expect((await api.get('/api/v1/topics/nie-ma')).status).toBe(404);
  });
});

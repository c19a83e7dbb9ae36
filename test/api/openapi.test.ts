import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import { registerApiRoutes } from '../../src/api/routes.js';
import { PROJECT_STATUSES } from '../../src/domain/codes.js';
import { type ApiTestApp, collectAllPages, startApiTestApp } from './api-test-app.js';
import { schemaErrors } from './json-schema-check.js';

type Schema = Record<string, unknown>;

let api: ApiTestApp;
// biome-ignore lint/suspicious/noExplicitAny: the document is read as plain JSON, as a client would.
let document: any;
let components: Record<string, Schema>;

beforeAll(async () => {
  api = await startApiTestApp();
  document = (await api.get('/api/v1/openapi.json')).json;
  components = document.components.schemas;
});

afterAll(async () => {
  await api.close();
});

/** A real URL for each documented path: known slugs filled in. */
const EXAMPLE_URLS: Record<string, string[]> = {
  '/api/v1/projects': [
    '/api/v1/projects',
    '/api/v1/projects?status=completed&pageSize=100',
    '/api/v1/projects?q=rewitalizacja&fund=ERDF,ESF&facets=false',
    '/api/v1/projects?q=%22unbalanced&status=bogus&cursor=forged',
  ],
  '/api/v1/projects/{slug}': ['/api/v1/projects/hajnowka-odnowa', '/api/v1/projects/urb-inclusion'],
  '/api/v1/organisations': ['/api/v1/organisations', '/api/v1/organisations?country=it&pageSize=5&page=1'],
  '/api/v1/topics/{slug}': ['/api/v1/topics/rewitalizacja', '/api/v1/topics/rewitalizacja?pageSize=2&page=2'],
  '/api/v1/organisations/{slug}': ['/api/v1/organisations/owop-bialystok', '/api/v1/organisations/la-polveriera'],
  '/api/v1/programmes': ['/api/v1/programmes'],
  '/api/v1/programmes/{slug}': ['/api/v1/programmes/power-2014-2020'],
  '/api/v1/topics': ['/api/v1/topics'],
  '/api/v1/openapi.json': ['/api/v1/openapi.json'],
  '/api/v1': ['/api/v1'],
  '/api/v1/docs': ['/api/v1/docs'],
  '/api/v1/projects/export.csv': ['/api/v1/projects/export.csv?fund=ERDF&dialect=excel-pl'],
  '/api/v1/projects/export.xlsx': ['/api/v1/projects/export.xlsx?status=completed'],
  '/api/v1/projects/export.json': ['/api/v1/projects/export.json?q=rewitalizacja'],
  '/api/v1/projects/export.ndjson': ['/api/v1/projects/export.ndjson'],
  '/api/v1/projects/export.geojson': ['/api/v1/projects/export.geojson?voivodeship=podlaskie'],
  '/api/v1/stats': ['/api/v1/stats', '/api/v1/stats?q=rewitalizacja&groupBy=fund,programme&groupLimit=5'],
};

function responseSchema(path: string, status: string): Schema {
  return document.paths[path].get.responses[status].content['application/json'].schema;
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1.0 document about Spójnia', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'Spójnia API', version: '1' });
    expect(document.info.license.name).toContain('CC BY 4.0');
    expect(document.info.description.length).toBeGreaterThan(20);
    expect(document.servers).toEqual([{ url: '/' }]);
  });

  it('has a path for every registered route, and every path is served', async () => {
    const routes: string[] = [];
    const bare = Fastify();
    bare.addHook('onRoute', (route) => {
      if (route.method === 'GET' || (Array.isArray(route.method) && route.method.includes('GET'))) {
        routes.push(route.url.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1'));
      }
    });
    await registerApiRoutes(bare, { db: api.db, readDb: api.db });
    await bare.ready();
    await bare.close();
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const route of new Set(routes)) expect(Object.keys(document.paths)).toContain(route);
    for (const path of Object.keys(document.paths)) expect(new Set(routes)).toContain(path);
    expect(Object.keys(EXAMPLE_URLS).sort()).toEqual(Object.keys(document.paths).sort());
  });

  it('documents the query parameters of the project list from its schema', () => {
    const parameters = document.paths['/api/v1/projects'].get.parameters;
    expect(parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      'q',
      'sort',
      'cursor',
      'pageSize',
      'facets',
      'programme',
      'fund',
      'period',
      'topic',
      'status',
      'category',
      'voivodeship',
      'municipality',
      'beneficiary',
      'partnerCountry',
      'startYear',
      'valueRange',
      'cofinancingRange',
    ]);
    const byName = Object.fromEntries(parameters.map((parameter: { name: string }) => [parameter.name, parameter]));
    expect(byName.pageSize).toMatchObject({
      in: 'query',
      required: false,
      schema: { default: 20, minimum: 1, maximum: 100 },
    });
    for (const status of PROJECT_STATUSES) expect(byName.status.description).toContain(status);
    for (const parameter of parameters) expect(parameter.description).toEqual(expect.any(String));
  });

  it('gives every parameter of every endpoint a description and an example', () => {
    for (const [path, item] of Object.entries(document.paths) as [string, { get: { parameters: Schema[] } }][]) {
      for (const parameter of item.get.parameters) {
        expect(parameter.example, `${path} ${parameter.name}`).toBeDefined();
        expect(parameter.description ?? parameter.schema, `${path} ${parameter.name}`).toBeDefined();
      }
    }
  });

  it('documents path parameters as required', () => {
    const [slug] = document.paths['/api/v1/projects/{slug}'].get.parameters;
    expect(slug).toMatchObject({ name: 'slug', in: 'path', required: true, example: 'hajnowka-odnowa' });
  });

  it('documents 400 and 404 with the error schema', () => {
    const operation = document.paths['/api/v1/projects/{slug}'].get;
    expect(operation.responses['404'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
    expect(document.paths['/api/v1/projects'].get.responses['400'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
    expect(document.paths['/api/v1/topics'].get.responses['400']).toBeUndefined();
  });

  it('resolves every $ref to a component', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const id = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      expect(Object.keys(components)).toContain(id);
    }
  });

  it('describes every component schema in words', () => {
    for (const [id, schema] of Object.entries(components)) expect(schema.description, id).toEqual(expect.any(String));
  });

  it('describes the money of a project with an example', () => {
    expect(components.Money).toMatchObject({
      required: ['amount', 'minorUnits', 'currency'],
      properties: { amount: { type: 'string', examples: ['1015798.80'] } },
    });
  });
});

describe('every documented response', () => {
  it('validates real answers of every JSON endpoint, against the document and the zod schema', async () => {
    const endpoints = Object.values(ENDPOINTS);
    for (const [path, urls] of Object.entries(EXAMPLE_URLS)) {
      const endpoint = endpoints.find((candidate) => `/api/v1${candidate.path}` === path);
      if (endpoint?.kind !== 'json') continue;
      for (const url of urls) {
        const response = await api.get(url);
        expect(response.status, url).toBe(200);
        expect(schemaErrors(response.json, responseSchema(path, '200'), components), url).toEqual([]);
        expect(() => endpoint.response.parse(response.json), url).not.toThrow();
      }
    }
  });

  it('shows a whole answer of every JSON endpoint as its example, valid against the document and the zod schema', () => {
    const json = Object.values(ENDPOINTS).filter((endpoint) => endpoint.kind === 'json');
    const illustrated = json.filter((endpoint) => endpoint.operationId !== 'getOpenApiDocument');
    expect(illustrated.length).toBeGreaterThan(8);
    for (const endpoint of illustrated) {
      const path = `/api/v1${endpoint.path}`;
      const example = document.paths[path].get.responses['200'].content['application/json'].example;
      expect(example, path).toBeDefined();
      expect(schemaErrors(example, responseSchema(path, '200'), components), path).toEqual([]);
      expect(() => endpoint.response.parse(example), path).not.toThrow();
    }
  });

  it('validates the detail of every published project of the demo', async () => {
    const everything = await collectAllPages(api, '/api/v1/projects?pageSize=100');
    const schema = responseSchema('/api/v1/projects/{slug}', '200');
    for (const { slug } of everything) {
      const { json } = await api.get(`/api/v1/projects/${slug}`);
      expect(schemaErrors(json, schema, components), slug).toEqual([]);
    }
  });

  it('validates real 400 and 404 answers against the error schema', async () => {
    const invalid = await api.get('/api/v1/projects?pageSize=0');
    expect(schemaErrors(invalid.json, responseSchema('/api/v1/projects', '400'), components)).toEqual([]);
    const missing = await api.get('/api/v1/projects/nie-ma');
    expect(schemaErrors(missing.json, responseSchema('/api/v1/projects/{slug}', '404'), components)).toEqual([]);
  });

  it('would catch an answer that drifts from the document', async () => {
    const { json } = await api.get('/api/v1/projects/hajnowka-odnowa');
    const schema = responseSchema('/api/v1/projects/{slug}', '200');
    const asFloat = { ...json, totalValue: { ...json.totalValue, amount: 1015798.8 } };
    expect(schemaErrors(asFloat, schema, components)).toEqual([
      '$.totalValue: matches no branch of anyOf: {"amount":1015798.8,"minorUnits":101579880,"currency":"PLN"}',
    ]);
    expect(schemaErrors({ ...json, id: 7 }, schema, components)).toEqual(['$: unexpected property id']);
    const { cofinancingRate: _rate, ...withoutRate } = json;
    expect(schemaErrors(withoutRate, schema, components)).toEqual(['$: missing cofinancingRate']);
  });
});

describe('the documentation page', () => {
  it.each(['/api/v1', '/api/v1/', '/api/v1/docs'])('%s lists every endpoint with its parameters', async (url) => {
    const response = await api.get(url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toMatch(/^<!doctype html><html lang="en">/);
    for (const path of Object.keys(document.paths)) expect(response.body).toContain(`GET ${path}<`);
    expect(response.body).toContain('<code>pageSize</code>');
    expect(response.body).toContain('href="/api/v1/openapi.json"');
    // Each JSON endpoint shows a whole answer, escaped as text.
    expect(response.body.match(/<summary>Example answer<\/summary>/g)?.length).toBeGreaterThan(8);
    expect(response.body).toContain('&quot;slug&quot;: &quot;hajnowka-odnowa&quot;');
  });

  it('needs no script, no inline style and no CDN, so the strict CSP holds', async () => {
    const { body, headers } = await api.get('/api/v1/docs');
    expect(body).not.toMatch(/<script|<style|style=|<link/i);
    expect(String(headers['content-security-policy'])).toContain("script-src 'self'");
  });
});

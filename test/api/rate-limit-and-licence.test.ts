import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createDemoDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
let limited: FastifyInstance;
let generous: FastifyInstance;

beforeAll(async () => {
  database = await createDemoDatabase(4);
  limited = await buildApp({ db: database.db, apiRateLimit: 3, publicUrl: 'https://projekty.example.gov.pl' });
  generous = await buildApp({ db: database.db });
});

afterAll(async () => {
  await limited.close();
  await generous.close();
  await database.cleanup();
});

const from = (ip: string, url = '/api/v1/topics') => ({ method: 'GET' as const, url, remoteAddress: ip });

describe('the API rate limit', () => {
  it('says on every answer how much is left, then answers 429 with Retry-After in the API error shape', async () => {
    const remaining: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const response = await limited.inject(from('203.0.113.7'));
      expect(response.statusCode).toBe(200);
      expect(response.headers['ratelimit-limit']).toBe('3');
      expect(response.headers['ratelimit-policy']).toBe('3;w=60');
      remaining.push(String(response.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const refused = await limited.inject(from('203.0.113.7', '/api/v1/projects'));
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: expect.stringContaining(`Retry in ${retryAfter} s`),
        problems: [],
        retryAfter,
      },
    });
    // Another address is not affected; pages are not limited at all.
    expect((await limited.inject(from('198.51.100.1'))).statusCode).toBe(200);
    expect((await limited.inject(from('203.0.113.7', '/projekty'))).statusCode).toBe(200);
  });

  it('is generous by default: 600 a minute', async () => {
    const response = await generous.inject('/api/v1/topics');
    expect(response.headers['ratelimit-limit']).toBe('600');
    expect(String(response.headers['access-control-expose-headers'])).toContain('Retry-After');
  });
});

describe('the data licence in the API', () => {
  it('every answer links to the licence page in both languages', async () => {
    const response = await limited.inject(from('192.0.2.50', '/api/v1/programmes'));
    expect(response.headers.link).toBe(
      '<https://projekty.example.gov.pl/licencja>; rel="license"; hreflang="pl", <https://projekty.example.gov.pl/en/licence>; rel="license"; hreflang="en"',
    );
  });

  it('the OpenAPI document names the licence with an absolute URL of a page that exists', async () => {
    const document = (await limited.inject(from('192.0.2.51', '/api/v1/openapi.json'))).json();
    expect(document.info.license).toEqual({
      name: 'CC BY 4.0 (data)',
      url: 'https://projekty.example.gov.pl/en/licence',
    });
    expect((await generous.inject('/en/licence')).statusCode).toBe(200);
    expect((await generous.inject('/licencja')).statusCode).toBe(200);
    expect(document.paths['/api/v1/projects'].get.responses['429'].headers['Retry-After']).toBeDefined();
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { FACETS } from '../../src/domain/search-facets.js';
import type { TestDatabase } from '../helpers/database.js';
import { createSearchRegistry } from '../helpers/search-registry.js';

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createSearchRegistry();
  app = await buildApp({ db: database.db });
});

afterAll(async () => {
  await app.close();
  await database.cleanup();
});

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers freely and check them with expect.
async function get(url: string): Promise<{ status: number; json: any }> {
  const response = await app.inject(url);
  return { status: response.statusCode, json: response.json() };
}

const slugs = (json: { data: { slug: string }[] }) => json.data.map((project) => project.slug);

describe('GET /api/v1/projects?q=…', () => {
  it('folds diacritics both ways and marks the matches', async () => {
    const { json } = await get('/api/v1/projects?q=%C5%81%C3%B3d%C5%BA');
    expect(slugs(json)).toEqual(expect.arrayContaining(['zlobek-w-lodzi', 'lodz-tampere']));
    const nursery = json.data.find((project: { slug: string }) => project.slug === 'zlobek-w-lodzi');
    expect(nursery.highlight.title).toContainEqual({ text: 'Łodzi', match: true });
    expect(json.meta).toMatchObject({ query: 'Łódź', sort: 'relevance', totalIsExact: true, ignored: [] });
  });

  it('answers facet counts for every facet, with names from the registry', async () => {
    const { json } = await get('/api/v1/projects?q=kwerenda');
    expect(Object.keys(json.facets)).toEqual([...FACETS]);
    expect(json.facets.topic.values).toEqual([
      { value: 'kultura', count: 9, selected: false, name: 'Kultura i dziedzictwo' },
    ]);
    expect(json.facets.startYear.distinct).toBe(9);
  });

  it('combines facets, repeated or comma-separated, and counts with the other facets applied', async () => {
    const both = await get('/api/v1/projects?topic=srodowisko&status=completed,in_progress');
    expect(both.json.meta.total).toBe(2);
    const status = both.json.facets.status.values;
    expect(status).toEqual(
      expect.arrayContaining([
        { value: 'completed', count: 1, selected: true, name: null },
        { value: 'in_progress', count: 1, selected: true, name: null },
      ]),
    );
    const repeated = await get('/api/v1/projects?topic=srodowisko&status=completed&status=in_progress');
    expect(slugs(repeated.json).sort()).toEqual(slugs(both.json).sort());
  });

  it('leaves facet counts out when asked, for fast paging', async () => {
    const { json } = await get('/api/v1/projects?facets=false&pageSize=3');
    expect(json.facets).toBeNull();
    expect(json.links.next).toContain('facets=false');
  });

  it('pages through a search with cursors until next is null, each result once', async () => {
    const seen: string[] = [];
    let url: string | null = '/api/v1/projects?q=kwerenda&sort=title-asc&pageSize=2';
    while (url) {
      const page = await get(url);
      expect(page.status).toBe(200);
      seen.push(...slugs(page.json));
      url = page.json.links.next;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it.each([
    ['an unbalanced quote', 'q=%22nowa+hala', 'unbalanced_quote', 'nowa-hala-sportowa'],
    ['a lone operator', 'q=park+%2B+-', 'lone_operator', 'park-kieszonkowy-szczecin'],
    ['a 10 000-character query', `q=park+${'Szczecin+'.repeat(1_100)}`, 'query_too_long', 'park-kieszonkowy-szczecin'],
    ['an unknown facet value', 'q=park&voivodeship=atlantyda', 'unknown_facet_value', 'park-kieszonkowy-szczecin'],
    ['a forged cursor', 'q=park&cursor=eyJpZCI6OTl9', 'invalid_cursor', 'park-kieszonkowy-szczecin'],
  ])('cleans %s, answers 200 and lists what it ignored', async (_name, query, code, slug) => {
    const { status, json } = await get(`/api/v1/projects?${query}`);
    expect(status).toBe(200);
    expect(json.meta.ignored.map((note: { code: string }) => note.code)).toContain(code);
    for (const note of json.meta.ignored) expect(note.message).toEqual(expect.any(String));
    expect(slugs(json)).toContain(slug);
  });

  it('never returns a draft', async () => {
    const { json } = await get('/api/v1/projects?q=szkic');
    expect(json.meta.total).toBe(0);
    expect(json.data).toEqual([]);
  });
});

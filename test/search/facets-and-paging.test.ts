import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../src/domain/project.js';
import {
  FACETS,
  type FacetFilters,
  type FacetName,
  moneyRangeOf,
  municipalityKey,
  SORT_ORDERS,
  voivodeshipKey,
} from '../../src/domain/search-facets.js';
import { type SearchInput, searchProjects } from '../../src/services/search/search-projects.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { createDemoDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
/** Every published project read back through the project reader: the oracle the engine is checked against. */
let projects: Project[];

beforeAll(async () => {
  database = await createDemoDatabase(120);
  const rows = await database.db
    .selectFrom('projects')
    .select('slug')
    .where('editorial_state', '=', 'published')
    .execute();
  projects = (await Promise.all(rows.map((row) => findProjectBySlug(database.db, row.slug)))) as Project[];
});

afterAll(async () => {
  await database.cleanup();
});

/** The values a project has for a facet, worked out from its facts rather than from the index. */
function valuesOf(project: Project, facet: FacetName): string[] {
  const keys = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  switch (facet) {
    case 'programme':
      return keys([project.programme?.slug]);
    case 'fund':
      return keys([...project.funds]);
    case 'period':
      return keys([project.period]);
    case 'topic':
      return keys(project.topics.map((topic) => topic.slug));
    case 'status':
      return [project.status];
    case 'category':
      return keys([project.category]);
    case 'voivodeship':
      return keys(project.places.map((place) => voivodeshipKey(place.voivodeship)));
    case 'municipality':
      return keys(project.places.map((place) => municipalityKey(place)));
    case 'beneficiary':
      return keys([project.beneficiary?.slug]);
    case 'partnerCountry':
      return keys(project.partners.map((partner) => partner.organisation.country));
    case 'startYear':
      return keys([project.startDate?.slice(0, 4)]);
    case 'valueRange':
      return keys([moneyRangeOf(project.totalValue)]);
    case 'cofinancingRange':
      return keys([moneyRangeOf(project.cofinancing)]);
  }
}

function passes(project: Project, filters: FacetFilters, except?: FacetName): boolean {
  return FACETS.every((facet) => {
    const chosen = filters[facet];
    if (facet === except || !chosen || chosen.length === 0) return true;
    return valuesOf(project, facet).some((value) => chosen.includes(value));
  });
}

/** Expected counts of one facet: over the projects that pass every other facet's filter. */
function expectedCounts(filters: FacetFilters, facet: FacetName): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const project of projects) {
    if (!passes(project, filters, facet)) continue;
    for (const value of valuesOf(project, facet)) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

async function search(input: Partial<SearchInput>) {
  return searchProjects(database.db, { filters: {}, pageSize: 20, facetLimit: 500, ...input });
}

function countsOf(outcome: Awaited<ReturnType<typeof search>>, facet: FacetName): Record<string, number> {
  const values = outcome.facets.find((entry) => entry.facet === facet)?.values ?? [];
  return Object.fromEntries(values.filter((value) => value.count > 0).map((value) => [value.key, value.count]));
}

/** The most common value of a facet, to build filters that surely match something. */
function commonValue(facet: FacetName, rank = 0): string {
  const counts = expectedCounts({}, facet);
  const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (sorted[rank] ?? sorted[0] ?? ['none'])[0];
}

describe('facet counts', () => {
  it('count every published project under every facet when nothing is chosen', async () => {
    const outcome = await search({});
    expect(outcome.total).toBe(projects.length);
    for (const facet of FACETS) expect(countsOf(outcome, facet), facet).toEqual(expectedCounts({}, facet));
  });

  it('combine facets with AND and count each facet with the others applied', async () => {
    const filters: FacetFilters = {
      status: ['completed'],
      fund: [commonValue('fund')],
      voivodeship: [commonValue('voivodeship'), commonValue('voivodeship', 1)],
    };
    const outcome = await search({ filters });
    const expectedTotal = projects.filter((project) => passes(project, filters)).length;
    expect(expectedTotal).toBeGreaterThan(0);
    expect(outcome.total).toBe(expectedTotal);
    for (const facet of FACETS) expect(countsOf(outcome, facet), facet).toEqual(expectedCounts(filters, facet));
    const chosen = outcome.facets.find((entry) => entry.facet === 'voivodeship')?.values.filter((v) => v.selected);
    expect(chosen?.map((value) => value.key).sort()).toEqual([...(filters.voivodeship ?? [])].sort());
  });

  it('combine text with facets', async () => {
    const filters: FacetFilters = { category: ['investment'], period: ['2014-2020'] };
    const outcome = await search({ q: 'budowa', filters });
    expect(outcome.total).toBeGreaterThan(0);
    for (const result of outcome.results) {
      const project = projects.find((candidate) => candidate.slug === result.project.slug) as Project;
      expect(passes(project, filters)).toBe(true);
    }
    const everyStatus = countsOf(outcome, 'status');
    expect(Object.values(everyStatus).reduce((sum, count) => sum + count, 0)).toBe(outcome.total);
  });

  it('sum money per currency over the results, never across currencies', async () => {
    const outcome = await search({ filters: { status: ['completed'] } });
    const completed = projects.filter((project) => project.status === 'completed');
    for (const line of outcome.totals.byCurrency) {
      const own = completed.filter((project) => project.currency === line.currency);
      expect(line.count).toBe(own.length);
      expect(line.totalValue.amount).toBe(own.reduce((sum, project) => sum + (project.totalValue?.amount ?? 0), 0));
    }
  });

  it('drop unknown values with a note, and keep a known value that matches nothing', async () => {
    const outcome = await search({ filters: { status: ['bogus', 'cancelled'], programme: ['nie-ma-takiego'] } });
    expect(outcome.notes).toEqual([
      { code: 'unknown_facet_value', facet: 'programme', value: 'nie-ma-takiego' },
      { code: 'unknown_facet_value', facet: 'status', value: 'bogus' },
    ]);
    expect(outcome.total).toBe(projects.filter((project) => project.status === 'cancelled').length);
    expect(outcome.chosen).toEqual({ status: ['cancelled'] });
  });
});

describe('keyset paging', () => {
  async function everyPage(input: Partial<SearchInput>, pageSize: number): Promise<string[]> {
    const slugs: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 1000; guard += 1) {
      const page = await search({ ...input, pageSize, facetLimit: 0, cursor });
      slugs.push(...page.results.map((result) => result.project.slug));
      if (!page.nextCursor) return slugs;
      expect(page.results).toHaveLength(pageSize);
      cursor = page.nextCursor;
    }
    throw new Error('paging did not end');
  }

  it.each(SORT_ORDERS.filter((sort) => sort !== 'relevance'))(
    'reaches every result exactly once, in order, sorted %s',
    async (sort) => {
      const onePage = await search({ sort, pageSize: 500, facetLimit: 0 });
      expect(onePage.total).toBe(projects.length);
      const paged = await everyPage({ sort }, 7);
      expect(paged).toHaveLength(projects.length);
      expect(new Set(paged).size).toBe(projects.length);
      expect(paged).toEqual(onePage.results.map((result) => result.project.slug));
    },
  );

  it('pages a text search by relevance, and a filtered one', async () => {
    for (const input of [{ q: 'projekt' }, { q: 'w', filters: { status: ['completed'] } }] as Partial<SearchInput>[]) {
      const onePage = await search({ ...input, pageSize: 500, facetLimit: 0 });
      expect(onePage.total).toBeGreaterThan(5);
      const paged = await everyPage(input, 4);
      expect(paged).toEqual(onePage.results.map((result) => result.project.slug));
    }
  });

  it.each([
    ['forged', 'not-a-cursor'],
    ['from another order', ''],
    ['tampered', Buffer.from('[1,"start-desc","x",5]').toString('base64url')],
    ['overlong', 'A'.repeat(5000)],
  ])('ignores a %s cursor with a note and starts from the first page', async (_kind, given) => {
    const first = await search({});
    const otherOrder = (await search({ sort: 'title-asc', pageSize: 3 })).nextCursor ?? '';
    const cursor = given === '' ? otherOrder : given;
    const outcome = await search({ cursor });
    expect(outcome.notes).toContainEqual({ code: 'invalid_cursor' });
    expect(outcome.isContinuation).toBe(false);
    expect(outcome.results.map((r) => r.project.slug)).toEqual(first.results.map((r) => r.project.slug));
  });
});

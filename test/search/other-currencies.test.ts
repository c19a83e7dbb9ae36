import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchProjects } from '../../src/services/search/search-projects.js';
import { reindexProjects } from '../../src/storage/search/index-projects.js';
import { createDemoDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
/** Published projects moved to Czech crowns, as a Czech list of operations would bring them. */
let czech: { id: number; total_value: number | null }[];

beforeAll(async () => {
  database = await createDemoDatabase(40);
  czech = await database.db
    .selectFrom('projects')
    .select(['id', 'total_value'])
    .where('editorial_state', '=', 'published')
    .where('currency', '=', 'PLN')
    .where('total_value', 'is not', null)
    .orderBy('id')
    .limit(3)
    .execute();
  await database.db
    .updateTable('projects')
    .set({ currency: 'CZK' })
    .where(
      'id',
      'in',
      czech.map((project) => project.id),
    )
    .execute();
  await reindexProjects(
    database.db,
    czech.map((project) => project.id),
  );
});

afterAll(async () => {
  await database.cleanup();
});

describe('projects in a currency other than PLN and EUR', () => {
  it('are summed in their own currency, never added to the złoty', async () => {
    const outcome = await searchProjects(database.db, { filters: {}, pageSize: 10, facetLimit: 0, withTotals: true });
    const line = (currency: string) => outcome.totals.byCurrency.find((entry) => entry.currency === currency);
    const published = await database.db
      .selectFrom('projects')
      .select([
        'currency',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>('total_value').as('sum'),
      ])
      .where('editorial_state', '=', 'published')
      .groupBy('currency')
      .execute();
    const expected = (currency: string) => published.find((row) => row.currency === currency);
    expect(line('CZK')?.count).toBe(3);
    expect(line('CZK')?.totalValue.amount).toBe(czech.reduce((sum, project) => sum + Number(project.total_value), 0));
    expect(line('PLN')?.count).toBe(Number(expected('PLN')?.n));
    expect(line('PLN')?.totalValue.amount).toBe(Number(expected('PLN')?.sum));
  });

  it('fall in no złoty value range', async () => {
    const outcome = await searchProjects(database.db, { filters: {}, pageSize: 10, facetLimit: 50 });
    const ranges = outcome.facets.find((facet) => facet.facet === 'valueRange')?.values ?? [];
    const inPln = ranges.filter((value) => value.key.startsWith('pln-')).reduce((sum, value) => sum + value.count, 0);
    const pln = await database.db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('editorial_state', '=', 'published')
      .where('currency', '=', 'PLN')
      .where('total_value', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(inPln).toBe(Number(pln.n));
  });
});

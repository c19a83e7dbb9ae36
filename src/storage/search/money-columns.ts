import { currencyCode } from '../../domain/money.js';
import type { SpojniaDb } from '../database.js';

/**
 * The money of every published project in typed arrays by project id: the currency (index
 * see `currencyCode`; 0 = not published) and the total value, co-financing and EU
 * contribution in minor units (NaN when unknown). About 25 bytes per project; read once per
 * state of the registry, so statistics over any search are passes over arrays, not SQL.
 */
export interface MoneyColumns {
  readonly currency: Uint8Array;
  readonly totalValue: Float64Array;
  readonly cofinancing: Float64Array;
  readonly euContribution: Float64Array;
}

const cache = new WeakMap<SpojniaDb, { token: number; columns: Promise<MoneyColumns> }>();
/** Rows read per query: keyset batches keep the transient rows small on a million projects. */
const BATCH = 50_000;

/** The money columns as of `changeToken` (the search engine's), read again only after a change. */
export function moneyColumnsOf(db: SpojniaDb, changeToken: number, capacity: number): Promise<MoneyColumns> {
  const cached = cache.get(db);
  if (cached && cached.token === changeToken) return cached.columns;
  const columns = readMoneyColumns(db, capacity);
  cache.set(db, { token: changeToken, columns });
  columns.catch(() => cache.delete(db));
  return columns;
}

async function readMoneyColumns(db: SpojniaDb, capacity: number): Promise<MoneyColumns> {
  let size = Math.max(capacity, 16);
  let columns: MoneyColumns = allocate(size);
  const grow = (id: number) => {
    if (id < size) return;
    while (size <= id) size *= 2;
    const larger = allocate(size);
    larger.currency.set(columns.currency);
    larger.totalValue.set(columns.totalValue);
    larger.cofinancing.set(columns.cofinancing);
    larger.euContribution.set(columns.euContribution);
    columns = larger;
  };
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('projects')
      .select(['id', 'currency', 'total_value', 'cofinancing_amount'])
      .where('editorial_state', '=', 'published')
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      grow(row.id);
      columns.currency[row.id] = currencyCode(row.currency);
      columns.totalValue[row.id] = row.total_value === null ? Number.NaN : Number(row.total_value);
      columns.cofinancing[row.id] = row.cofinancing_amount === null ? Number.NaN : Number(row.cofinancing_amount);
    }
    if (rows.length < BATCH) break;
    after = (rows[rows.length - 1] as { id: number }).id;
  }
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('project_funding')
      .select(['project_id', (eb) => eb.fn.sum<number | string | bigint>('amount').as('eu')])
      .where('source', '=', 'eu')
      .where('project_id', '>', after)
      .groupBy('project_id')
      .orderBy('project_id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      if (row.project_id < size) columns.euContribution[row.project_id] = Number(row.eu);
    }
    if (rows.length < BATCH) break;
    after = (rows[rows.length - 1] as { project_id: number }).project_id;
  }
  return columns;
}

function allocate(size: number): MoneyColumns {
  return {
    currency: new Uint8Array(size),
    totalValue: new Float64Array(size).fill(Number.NaN),
    cofinancing: new Float64Array(size).fill(Number.NaN),
    euContribution: new Float64Array(size).fill(Number.NaN),
  };
}

import { type Currency, currencyOfCode } from '../../domain/money.js';
import { FACETS, type FacetName } from '../../domain/search-facets.js';
import type { SpojniaDb } from '../database.js';
import { type Bitset, forEachBit } from './facet-engine/bitset.js';
import type { DocStore } from './facet-engine/doc-store.js';
import type { EngineFacet } from './facet-engine/run-search.js';
import { type MoneyColumns, moneyColumnsOf } from './money-columns.js';
import type { FacetValueCount } from './search-contract.js';
import { findResultSet, type ResultSetRequest } from './search-result-set.js';
import { completeVocabulary, describeFacetValue } from './search-vocabulary.js';

/** Count and sums (minor units) of the projects of one currency; sums cover the projects that state the amount. */
export interface CurrencyStats {
  readonly currency: Currency;
  readonly count: number;
  readonly totalValue: number;
  readonly cofinancing: number;
  readonly euContribution: number;
}

export interface GroupStats extends Omit<FacetValueCount, 'count' | 'selected'> {
  readonly count: number;
  readonly byCurrency: readonly CurrencyStats[];
}

export interface FacetStats {
  readonly facet: FacetName;
  /** Values with at least one result; more than `groups` when only the largest are listed. */
  readonly distinct: number;
  readonly groups: readonly GroupStats[];
}

export interface SearchStats {
  readonly count: number;
  readonly byCurrency: readonly CurrencyStats[];
  readonly byFacet: readonly FacetStats[];
  readonly chosen: Partial<Record<FacetName, readonly string[]>>;
  readonly unknownValues: readonly { facet: FacetName; value: string }[];
}

export interface StatsRequest extends ResultSetRequest {
  /** Facets to group by. */
  readonly groupBy: readonly FacetName[];
  /** Groups listed per facet, the largest first. */
  readonly groupLimit: number;
}

const METRICS = 4; // count, total value, co-financing, EU contribution

/**
 * Counts and money of every result of a search, per currency (never added across), overall
 * and grouped by facet values. Passes over the facet index's columns and the money columns:
 * no SQL per request once both are loaded.
 */
export async function computeSearchStats(db: SpojniaDb, request: StatsRequest): Promise<SearchStats> {
  const set = await findResultSet(db, request);
  const { store, passing } = set;
  const money = await moneyColumnsOf(db, set.changeToken, store.capacity);
  const ids = idsOf(passing);
  // Currencies of the results, each given a slot, so accumulators stay as small as the result needs.
  const slotOf = new Int8Array(16).fill(-1);
  const currencies: number[] = [];
  for (const id of ids) {
    const code = money.currency[id] as number;
    if (code !== 0 && slotOf[code] === -1) {
      slotOf[code] = currencies.length;
      currencies.push(code);
    }
  }
  const width = currencies.length * METRICS;
  const overall = new Float64Array(width);
  for (const id of ids) accumulate(overall, 0, id, money, slotOf);

  const facets = FACETS.filter((facet) => request.groupBy.includes(facet));
  const sums = new Map<FacetName, Float64Array>();
  const engineFacets: Partial<Record<FacetName, EngineFacet>> = {};
  for (const facet of facets) {
    const accumulators = groupSums(store, facet, ids, money, slotOf, width);
    sums.set(facet, accumulators);
    engineFacets[facet] = largest(accumulators, currencies.length, request.groupLimit);
  }
  await completeVocabulary(db, set.vocabulary, engineFacets, store);
  const lines = (values: Float64Array, at: number) => currencyLines(values, at, currencies);
  return {
    count: lines(overall, 0).reduce((sum, line) => sum + line.count, 0),
    byCurrency: lines(overall, 0),
    byFacet: facets.map((facet) => {
      const counted = engineFacets[facet] as EngineFacet;
      const accumulators = sums.get(facet) as Float64Array;
      return {
        facet,
        distinct: counted.distinct,
        groups: counted.values.flatMap(({ value, count }) => {
          const described = describeFacetValue(facet, value, set.vocabulary, store);
          return described ? [{ ...described, count, byCurrency: lines(accumulators, value * width) }] : [];
        }),
      };
    }),
    chosen: set.resolved.chosen,
    unknownValues: set.resolved.unknown,
  };
}

function idsOf(passing: Bitset): number[] {
  const ids: number[] = [];
  forEachBit(passing, (id) => ids.push(id));
  return ids;
}

function accumulate(target: Float64Array, base: number, id: number, money: MoneyColumns, slotOf: Int8Array): void {
  const slot = slotOf[money.currency[id] as number] as number;
  if (slot < 0) return;
  const at = base + slot * METRICS;
  target[at] = (target[at] as number) + 1;
  const value = money.totalValue[id] as number;
  const grant = money.cofinancing[id] as number;
  const eu = money.euContribution[id] as number;
  // Whole minor units: float sums stay exact below 2^53 (90 trillion in a currency).
  if (!Number.isNaN(value)) target[at + 1] = (target[at + 1] as number) + value;
  if (!Number.isNaN(grant)) target[at + 2] = (target[at + 2] as number) + grant;
  if (!Number.isNaN(eu)) target[at + 3] = (target[at + 3] as number) + eu;
}

/** Sums per value of one facet: a project with several values (funds, topics, places) counts in each. */
function groupSums(
  store: DocStore,
  facet: FacetName,
  ids: readonly number[],
  money: MoneyColumns,
  slotOf: Int8Array,
  width: number,
): Float64Array {
  const column = store.columns[facet];
  const { values, slots } = column;
  const accumulators = new Float64Array((store.dictionaries[facet].size + 1) * width);
  for (const id of ids) {
    const base = id * slots;
    for (let slot = 0; slot < slots; slot += 1) {
      const value = values[base + slot] as number;
      if (value === 0) break;
      accumulate(accumulators, value * width, id, money, slotOf);
      if (slot === slots - 1) {
        for (const more of column.overflow.get(id) ?? []) accumulate(accumulators, more * width, id, money, slotOf);
      }
    }
  }
  return accumulators;
}

/** The `limit` values with the most projects (ties by value number), and how many values have any. */
function largest(accumulators: Float64Array, currencyCount: number, limit: number): EngineFacet {
  const width = currencyCount * METRICS;
  const counted: { value: number; count: number }[] = [];
  const values = width === 0 ? 0 : accumulators.length / width;
  for (let value = 1; value < values; value += 1) {
    let count = 0;
    for (let slot = 0; slot < currencyCount; slot += 1) count += accumulators[value * width + slot * METRICS] as number;
    if (count > 0) counted.push({ value, count });
  }
  counted.sort((a, b) => b.count - a.count || a.value - b.value);
  return { values: counted.slice(0, limit), distinct: counted.length, approximate: false };
}

function currencyLines(values: Float64Array, at: number, currencies: readonly number[]): CurrencyStats[] {
  return currencies
    .map((code, slot) => {
      const base = at + slot * METRICS;
      return {
        // Only codes of published projects are listed, and each of those is a currency.
        currency: currencyOfCode(code) as Currency,
        count: values[base] as number,
        totalValue: values[base + 1] as number,
        cofinancing: values[base + 2] as number,
        euContribution: values[base + 3] as number,
      };
    })
    .filter((line) => line.count > 0)
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

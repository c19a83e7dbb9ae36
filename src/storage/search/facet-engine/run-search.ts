import { FACETS, type FacetName } from '../../../domain/search-facets.js';
import { CURRENCY_EUR, CURRENCY_PLN, type DocStore, type SortKeyName } from './doc-store.js';
import type { FacetColumn } from './facet-column.js';
import { TopK } from './top-k.js';

/** Documents to consider: ascending ids, with relevance scores (lower is better) when the query ranks them. */
export interface Candidates {
  readonly ids: Int32Array;
  readonly scores: Float64Array | null;
}

/** One facet's chosen values, as a mark per value number. */
export interface EngineFilter {
  readonly facet: FacetName;
  readonly chosen: Uint8Array;
}

export interface EngineSort {
  readonly key: SortKeyName | 'relevance';
  readonly descending: boolean;
}

/** The position after which the page starts: a sort key as the engine compares it, and an id. */
export interface EnginePosition {
  readonly key: number;
  readonly id: number;
}

export interface EngineRequest {
  readonly candidates: Candidates;
  readonly filters: readonly EngineFilter[];
  readonly sort: EngineSort;
  readonly after: EnginePosition | null;
  readonly pageSize: number;
  /** Values per facet to return (the most frequent); 0 = no facet counts at all. */
  readonly facetLimit: number;
  /** Per-facet exceptions to `facetLimit`. */
  readonly facetLimits?: Partial<Record<FacetName, number>>;
  /** Value numbers to report even when rare or absent (the chosen ones). */
  readonly alwaysReport: Partial<Record<FacetName, readonly number[]>>;
}

export interface FacetValueCount {
  readonly value: number;
  readonly count: number;
}

export interface EngineFacet {
  readonly values: readonly FacetValueCount[];
  /** How many different values have at least one result. */
  readonly distinct: number;
}

export interface CurrencyTotals {
  readonly currency: 'PLN' | 'EUR';
  readonly count: number;
  readonly totalValue: number;
  readonly cofinancing: number;
}

export interface EngineResult {
  readonly total: number;
  /** Up to pageSize + 1 documents after `after`, best first; one more than a page says a next page exists. */
  readonly page: readonly EnginePosition[];
  readonly facets: Partial<Record<FacetName, EngineFacet>>;
  readonly totals: readonly CurrencyTotals[];
}

/** A document that is no longer visible fails every facet, so it is counted nowhere. */
const FAILS_EVERYTHING = 0xffff;
const HIGH_PART = 1e8;

let masksScratch = new Uint16Array(0);

function masksFor(length: number): Uint16Array {
  if (masksScratch.length < length) masksScratch = new Uint16Array(Math.max(length, masksScratch.length * 2));
  return masksScratch;
}

/**
 * The comparable form of a sort key: ascending, with unknown values (NaN) last whatever the
 * direction. Cursors store this form.
 */
export function comparableKey(raw: number, descending: boolean): number {
  if (Number.isNaN(raw)) return Number.POSITIVE_INFINITY;
  return descending ? -raw : raw;
}

/**
 * Filters, counts and sorts in one go over typed arrays. Facet counts are disjunctive: a
 * facet's values are counted over the documents that pass every *other* facet's filter, so
 * choosing one programme still shows how many results the others would give.
 */
export function runSearch(store: DocStore, request: EngineRequest): EngineResult {
  const { ids, scores } = request.candidates;
  const count = ids.length;
  const masks = masksFor(count);
  const filters = request.filters.map((filter, index) => ({
    column: store.columns[filter.facet],
    chosen: filter.chosen,
    bit: 1 << index,
  }));
  const { visible, currency } = store;
  const sortKeys = request.sort.key === 'relevance' ? null : store.sortKeys[request.sort.key];
  const descending = request.sort.descending;
  const after = request.after;
  const top = new TopK(request.pageSize + 1);
  const valueKeys = store.sortKeys.value;
  const cofinancingKeys = store.sortKeys.cofinancing;
  // Sums per currency in two exact halves (millions of amounts can pass 2^53 minor units).
  const sums = new Float64Array(12);
  let total = 0;

  for (let index = 0; index < count; index += 1) {
    const id = ids[index] as number;
    if (visible[id] !== 1) {
      masks[index] = FAILS_EVERYTHING;
      continue;
    }
    let mask = 0;
    for (let f = 0; f < filters.length; f += 1) {
      const filter = filters[f] as (typeof filters)[number];
      if (!filter.column.hasAny(id, filter.chosen)) mask |= filter.bit;
    }
    masks[index] = mask;
    if (mask !== 0) continue;
    total += 1;
    const raw = sortKeys === null ? (scores ? (scores[index] as number) : 0) : (sortKeys[id] as number);
    const key =
      sortKeys === null ? (Number.isNaN(raw) ? Number.POSITIVE_INFINITY : raw) : comparableKey(raw, descending);
    if (after === null || key > after.key || (key === after.key && id > after.id)) top.offer(key, id);
    const slot = currency[id] === CURRENCY_EUR ? 6 : currency[id] === CURRENCY_PLN ? 0 : -1;
    if (slot >= 0) {
      sums[slot] = (sums[slot] as number) + 1;
      addAmount(sums, slot + 1, valueKeys[id] as number);
      addAmount(sums, slot + 3, cofinancingKeys[id] as number);
    }
  }

  const facets: Partial<Record<FacetName, EngineFacet>> = {};
  if (request.facetLimit > 0) {
    const bitOf = new Map(request.filters.map((filter, index) => [filter.facet, 1 << index]));
    for (const facet of FACETS) {
      const allowed = ~(bitOf.get(facet) ?? 0) & 0xffff;
      const counts = new Uint32Array(store.dictionaries[facet].size + 1);
      countColumn(store.columns[facet], ids, count, masks, allowed, counts);
      const limit = request.facetLimits?.[facet] ?? request.facetLimit;
      facets[facet] = topValues(counts, limit, request.alwaysReport[facet] ?? []);
    }
  }
  return { total, page: top.sorted(), facets, totals: totalsOf(sums) };
}

function addAmount(sums: Float64Array, at: number, amount: number): void {
  if (Number.isNaN(amount)) return;
  const high = Math.trunc(amount / HIGH_PART);
  sums[at] = (sums[at] as number) + high;
  sums[at + 1] = (sums[at + 1] as number) + (amount - high * HIGH_PART);
}

function totalsOf(sums: Float64Array): CurrencyTotals[] {
  const join = (at: number) => Number(BigInt(sums[at] as number) * BigInt(HIGH_PART) + BigInt(sums[at + 1] as number));
  const totals: CurrencyTotals[] = [];
  for (const [slot, currency] of [
    [0, 'PLN'],
    [6, 'EUR'],
  ] as const) {
    const count = sums[slot] as number;
    if (count > 0) totals.push({ currency, count, totalValue: join(slot + 1), cofinancing: join(slot + 3) });
  }
  return totals;
}

function countColumn(
  column: FacetColumn,
  ids: Int32Array,
  count: number,
  masks: Uint16Array,
  allowed: number,
  counts: Uint32Array,
): void {
  const values = column.values;
  const slots = column.slots;
  if (slots === 1) {
    for (let index = 0; index < count; index += 1) {
      if (((masks[index] as number) & allowed) !== 0) continue;
      const value = values[ids[index] as number] as number;
      counts[value] = (counts[value] as number) + 1;
    }
    return;
  }
  const hasOverflow = column.overflow.size > 0;
  for (let index = 0; index < count; index += 1) {
    if (((masks[index] as number) & allowed) !== 0) continue;
    const id = ids[index] as number;
    const base = id * slots;
    for (let slot = 0; slot < slots; slot += 1) {
      const value = values[base + slot] as number;
      if (value === 0) break;
      counts[value] = (counts[value] as number) + 1;
      if (slot === slots - 1 && hasOverflow) {
        for (const more of column.overflow.get(id) ?? []) counts[more] = (counts[more] as number) + 1;
      }
    }
  }
}

/** The `limit` most frequent values (ties by value number), plus the ones that must be reported. */
function topValues(counts: Uint32Array, limit: number, alwaysReport: readonly number[]): EngineFacet {
  const best: FacetValueCount[] = [];
  let distinct = 0;
  for (let value = 1; value < counts.length; value += 1) {
    const count = counts[value] as number;
    if (count === 0) continue;
    distinct += 1;
    if (best.length === limit && count <= (best[limit - 1] as FacetValueCount).count) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1] as FacetValueCount).count < count) at -= 1;
    best.splice(at, 0, { value, count });
    if (best.length > limit) best.pop();
  }
  for (const value of alwaysReport) {
    if (!best.some((entry) => entry.value === value)) best.push({ value, count: counts[value] ?? 0 });
  }
  return { values: best, distinct };
}

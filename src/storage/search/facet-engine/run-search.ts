import { FACETS, type FacetName } from '../../../domain/search-facets.js';
import { CURRENCY_EUR, CURRENCY_PLN, type DocStore, type SortKeyName } from './doc-store.js';
import type { FacetColumn } from './facet-column.js';
import { TopK } from './top-k.js';

/**
 * Documents to consider: ascending ids, with relevance scores (lower is better) when the query
 * ranks them. Scores are 32-bit: enough to order bm25 values, and half the memory.
 */
export interface Candidates {
  readonly ids: Int32Array;
  readonly scores: Float32Array | null;
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
  /** True when the counts were estimated from a sample of the results (see FACET_SAMPLE_SIZE). */
  readonly approximate: boolean;
}

/**
 * Above this many candidates, facet values are counted on an evenly spaced sample of this
 * size and scaled up: thirteen passes over a million documents cost too much for one page,
 * while the proportions of a sample of 200 000 are off by a fraction of a percent. The total
 * and the page of results are always exact.
 */
export const FACET_SAMPLE_SIZE = 200_000;

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

let masksScratch = new Uint16Array(0);

function masksFor(length: number): Uint16Array {
  if (masksScratch.length < length) masksScratch = new Uint16Array(Math.max(length, masksScratch.length * 2));
  return masksScratch;
}

/** Facet counts of every visible document with no filter: the same for every such request until the data changes. */
const unfilteredCounts = new WeakMap<DocStore, { version: number; counts: Map<FacetName, Uint32Array> }>();

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
  const filterCount = request.filters.length;
  const filterColumns = request.filters.map((filter) => store.columns[filter.facet]);
  const filterChoices = request.filters.map((filter) => filter.chosen);
  const { visible, currency } = store;
  const sortKeys = request.sort.key === 'relevance' ? null : store.sortKeys[request.sort.key];
  const descending = request.sort.descending;
  const after = request.after;
  const afterKey = after?.key ?? Number.NEGATIVE_INFINITY;
  const afterId = after?.id ?? -1;
  const top = new TopK(request.pageSize + 1);
  const valueKeys = store.sortKeys.value;
  const cofinancingKeys = store.sortKeys.cofinancing;
  // Amounts are whole minor units: float sums stay exact below 2^53 (90 trillion złoty).
  let countPln = 0;
  let valuePln = 0;
  let cofinancingPln = 0;
  let countEur = 0;
  let valueEur = 0;
  let cofinancingEur = 0;
  let total = 0;
  let anyMasked = false;

  for (let index = 0; index < count; index += 1) {
    const id = ids[index] as number;
    if (visible[id] !== 1) {
      masks[index] = FAILS_EVERYTHING;
      anyMasked = true;
      continue;
    }
    let mask = 0;
    for (let f = 0; f < filterCount; f += 1) {
      if (!(filterColumns[f] as FacetColumn).hasAny(id, filterChoices[f] as Uint8Array)) mask |= 1 << f;
    }
    masks[index] = mask;
    if (mask !== 0) {
      anyMasked = true;
      continue;
    }
    total += 1;
    let key: number;
    if (sortKeys === null) {
      const score = scores === null ? 0 : (scores[index] as number);
      key = Number.isNaN(score) ? Number.POSITIVE_INFINITY : score;
    } else {
      const raw = sortKeys[id] as number;
      key = Number.isNaN(raw) ? Number.POSITIVE_INFINITY : descending ? -raw : raw;
    }
    if ((key > afterKey || (key === afterKey && id > afterId)) && top.accepts(key, id)) top.offer(key, id);
    const value = valueKeys[id] as number;
    const cofinancing = cofinancingKeys[id] as number;
    if (currency[id] === CURRENCY_EUR) {
      countEur += 1;
      if (!Number.isNaN(value)) valueEur += value;
      if (!Number.isNaN(cofinancing)) cofinancingEur += cofinancing;
    } else if (currency[id] === CURRENCY_PLN) {
      countPln += 1;
      if (!Number.isNaN(value)) valuePln += value;
      if (!Number.isNaN(cofinancing)) cofinancingPln += cofinancing;
    }
  }

  const facets: Partial<Record<FacetName, EngineFacet>> = {};
  if (request.facetLimit > 0) {
    const bitOf = new Map(request.filters.map((filter, index) => [filter.facet, 1 << index]));
    const everything = !anyMasked && filterCount === 0 && ids === store.visibleIds() ? cachedUnfiltered(store) : null;
    const step = everything ? 1 : Math.max(1, Math.ceil(count / FACET_SAMPLE_SIZE));
    for (const facet of FACETS) {
      let counts = everything?.get(facet);
      if (!counts) {
        counts = new Uint32Array(store.dictionaries[facet].size + 1);
        const allowed = ~(bitOf.get(facet) ?? 0) & 0xffff;
        countColumn(store.columns[facet], ids, count, step, anyMasked ? masks : null, allowed, counts);
        if (step > 1)
          for (let value = 1; value < counts.length; value += 1) counts[value] = (counts[value] as number) * step;
        everything?.set(facet, counts);
      }
      const limit = request.facetLimits?.[facet] ?? request.facetLimit;
      facets[facet] = { ...topValues(counts, limit, request.alwaysReport[facet] ?? []), approximate: step > 1 };
    }
  }
  const totals: CurrencyTotals[] = [];
  if (countPln > 0)
    totals.push({ currency: 'PLN', count: countPln, totalValue: valuePln, cofinancing: cofinancingPln });
  if (countEur > 0)
    totals.push({ currency: 'EUR', count: countEur, totalValue: valueEur, cofinancing: cofinancingEur });
  return { total, page: top.sorted(), facets, totals };
}

function cachedUnfiltered(store: DocStore): Map<FacetName, Uint32Array> {
  const cached = unfilteredCounts.get(store);
  if (cached && cached.version === store.version) return cached.counts;
  const counts = new Map<FacetName, Uint32Array>();
  unfilteredCounts.set(store, { version: store.version, counts });
  return counts;
}

/**
 * Counts the column's values over every `step`-th candidate; with masks, only where no other
 * facet failed.
 */
function countColumn(
  column: FacetColumn,
  ids: Int32Array,
  count: number,
  step: number,
  masks: Uint16Array | null,
  allowed: number,
  counts: Uint32Array,
): void {
  const values = column.values;
  const slots = column.slots;
  if (slots === 1) {
    if (masks === null) {
      for (let index = 0; index < count; index += step) {
        const value = values[ids[index] as number] as number;
        counts[value] = (counts[value] as number) + 1;
      }
      return;
    }
    for (let index = 0; index < count; index += step) {
      if (((masks[index] as number) & allowed) !== 0) continue;
      const value = values[ids[index] as number] as number;
      counts[value] = (counts[value] as number) + 1;
    }
    return;
  }
  const hasOverflow = column.overflow.size > 0;
  for (let index = 0; index < count; index += step) {
    if (masks !== null && ((masks[index] as number) & allowed) !== 0) continue;
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

function topValues(
  counts: Uint32Array,
  limit: number,
  alwaysReport: readonly number[],
): Omit<EngineFacet, 'approximate'> {
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

import { CURRENCIES, type Currency } from '../../../domain/money.js';
import { FACETS, type FacetName } from '../../../domain/search-facets.js';
import { addIds, andInto, type Bitset, bitsetOf, copyOf, countBits, createBitset, hasBit } from './bitset.js';
import type { DocStore, SortKeyName } from './doc-store.js';
import { countFacet, type EngineFacet, facetFromCounts } from './facet-counts.js';
import { type Scratch, scratchOf } from './scratch.js';
import { TopK } from './top-k.js';

export type { EngineFacet, FacetValueCount } from './facet-counts.js';

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
  /** Sum the money of every result, per currency (costs one more pass). */
  readonly withTotals?: boolean;
}

/**
 * Above this many documents, a facet's values are counted on an evenly spread sample of about
 * this size and scaled up: thirteen passes over a million documents cost too much for one
 * page, while the proportions of a sample of 60 000 are off by well under a percent. The
 * total and the page of results are always exact.
 */
export const FACET_SAMPLE_SIZE = 60_000;

export interface CurrencyTotals {
  readonly currency: Currency;
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

/** Per store state derived once per version: the set of visible documents and the unfiltered counts. */
const derived = new WeakMap<
  DocStore,
  { version: number; visible: Bitset; unfilteredCounts: Map<FacetName, Uint32Array> }
>();

function derivedOf(store: DocStore) {
  let state = derived.get(store);
  if (!state || state.version !== store.version) {
    state = {
      version: store.version,
      visible: bitsetOf(store.visibleIds(), store.capacity),
      unfilteredCounts: new Map(),
    };
    derived.set(store, state);
  }
  return state;
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
 * Filters, counts and sorts over bitsets of document ids. Facet counts are disjunctive: a
 * facet's values are counted over the documents that pass every *other* facet's filter, so
 * choosing one programme still shows how many results the others would give.
 */
export function runSearch(store: DocStore, request: EngineRequest): EngineResult {
  const scratch = scratchOf(store);
  try {
    return searchWith(scratch, store, request);
  } finally {
    scratch.release();
  }
}

function searchWith(scratch: Scratch, store: DocStore, request: EngineRequest): EngineResult {
  const state = derivedOf(store);
  const everything = request.candidates.ids === store.visibleIds();
  const base = candidateSet(store, request.candidates, scratch);
  const filterSets = request.filters.map((filter) => filterSet(store, filter, scratch.bitset()));
  const passing = scratch.copyOf(base);
  for (const set of filterSets) andInto(passing, set);
  const total = countBits(passing);

  const page = pageOf(store, request, passing);
  const facets: Partial<Record<FacetName, EngineFacet>> = {};
  if (request.facetLimit > 0) {
    const unfiltered = everything && filterSets.length === 0;
    // Counts of the whole registry are the same for every such request: counted exactly, once per change.
    let passingSample: ReturnType<typeof sampleOf> | null = null;
    for (const facet of FACETS) {
      const active = request.filters.findIndex((filter) => filter.facet === facet);
      const limit = request.facetLimits?.[facet] ?? request.facetLimit;
      const alwaysReport = request.alwaysReport[facet] ?? [];
      // With no words and one facet chosen, that facet is counted over the whole registry too.
      const overEverything = unfiltered || (everything && filterSets.length === 1 && active === 0);
      const cached = overEverything ? state.unfilteredCounts.get(facet) : undefined;
      if (cached) {
        facets[facet] = facetFromCounts(cached, limit, alwaysReport);
        continue;
      }
      let sample: ReturnType<typeof sampleOf>;
      if (active < 0) {
        passingSample ??= sampleOf(passing, total, scratch, unfiltered);
        sample = passingSample;
      } else if (overEverything) {
        sample = sampleOf(state.visible, store.visibleCount, scratch, true);
      } else {
        // This facet's own filter is left out: its other values show what choosing them would add.
        const others = scratch.copyOf(base);
        filterSets.forEach((set, index) => {
          if (index !== active) andInto(others, set);
        });
        sample = sampleOf(others, countBits(others), scratch);
      }
      const keep = overEverything ? (counts: Uint32Array) => state.unfilteredCounts.set(facet, counts) : undefined;
      facets[facet] = countFacet(store, facet, sample, limit, alwaysReport, keep);
    }
  }
  return { total, page, facets, totals: request.withTotals ? totalsOf(store, passing) : [] };
}

/**
 * Visible documents among the candidates (the shared set itself when every document is a
 * candidate: do not modify), in a scratch bitset when one is lent.
 */
function candidateSet(store: DocStore, candidates: Candidates, scratch?: Scratch): Bitset {
  const state = derivedOf(store);
  if (candidates.ids === store.visibleIds()) return state.visible;
  const base = addIds(scratch ? scratch.bitset() : createBitset(store.capacity), candidates.ids);
  andInto(base, state.visible);
  return base;
}

/**
 * Every result of a search as a set of document ids: visible candidates passing every filter.
 * For whole-result work (exports, statistics) that needs no page and no facet counts.
 */
export function resultSet(store: DocStore, candidates: Candidates, filters: readonly EngineFilter[]): Bitset {
  const passing = copyOf(candidateSet(store, candidates));
  for (const filter of filters) andInto(passing, filterSet(store, filter, createBitset(store.capacity)));
  return passing;
}

/** Bitsets of single facet values kept between requests (125 kB each at a million projects). */
const VALUE_SETS_KEPT = 160;
const valueSets = new WeakMap<DocStore, { version: number; sets: Map<string, Bitset> }>();

/** Documents having one of the chosen values: the union of each value's set, into `set` (empty). */
function filterSet(store: DocStore, filter: EngineFilter, set: Bitset): Bitset {
  filter.chosen.forEach((mark, value) => {
    if (mark === 1) orInto(set, valueSet(store, filter.facet, value));
  });
  return set;
}

function orInto(target: Bitset, other: Bitset): void {
  for (let word = 0; word < target.length; word += 1)
    target[word] = ((target[word] as number) | (other[word] as number)) >>> 0;
}

/** The documents with one value of a facet: a scan of its column, remembered until the data changes. */
function valueSet(store: DocStore, facet: FacetName, value: number): Bitset {
  let cache = valueSets.get(store);
  if (!cache || cache.version !== store.version) {
    cache = { version: store.version, sets: new Map() };
    valueSets.set(store, cache);
  }
  const key = `${facet}:${value}`;
  const cached = cache.sets.get(key);
  if (cached) {
    cache.sets.delete(key);
    cache.sets.set(key, cached);
    return cached;
  }
  const set = createBitset(store.capacity);
  const column = store.columns[facet];
  const { values, slots } = column;
  const last = store.maxId;
  for (let id = 0; id <= last; id += 1) {
    const base = id * slots;
    let found = false;
    for (let slot = 0; slot < slots; slot += 1) {
      const own = values[base + slot] as number;
      if (own === 0) break;
      if (own === value) found = true;
    }
    if (!found && slots > 1 && values[base + slots - 1] !== 0) found = (column.overflow.get(id) ?? []).includes(value);
    if (found) set[id >>> 5] = ((set[id >>> 5] as number) | (1 << (id & 31))) >>> 0;
  }
  cache.sets.set(key, set);
  for (const oldest of cache.sets.keys()) {
    if (cache.sets.size <= VALUE_SETS_KEPT) break;
    cache.sets.delete(oldest);
  }
  return set;
}

/** One page after the cursor: relevance from the candidates' scores, otherwise a sort key per document. */
function pageOf(store: DocStore, request: EngineRequest, passing: Bitset): EnginePosition[] {
  const top = new TopK(request.pageSize + 1);
  const afterKey = request.after?.key ?? Number.NEGATIVE_INFINITY;
  const afterId = request.after?.id ?? -1;
  if (request.sort.key === 'relevance') {
    const { ids, scores } = request.candidates;
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index] as number;
      if (!hasBit(passing, id)) continue;
      const score = scores === null ? 0 : (scores[index] as number);
      const key = Number.isNaN(score) ? Number.POSITIVE_INFINITY : score;
      if ((key > afterKey || (key === afterKey && id > afterId)) && top.accepts(key, id)) top.offer(key, id);
    }
    return top.sorted();
  }
  const keys = store.sortKeys[request.sort.key];
  const descending = request.sort.descending;
  for (let word = 0; word < passing.length; word += 1) {
    let bits = passing[word] as number;
    while (bits !== 0) {
      const lowest = bits & -bits;
      const id = (word << 5) + 31 - Math.clz32(lowest);
      bits = (bits ^ lowest) >>> 0;
      const raw = keys[id] as number;
      const key = Number.isNaN(raw) ? Number.POSITIVE_INFINITY : descending ? -raw : raw;
      if ((key > afterKey || (key === afterKey && id > afterId)) && top.accepts(key, id)) top.offer(key, id);
    }
  }
  return top.sorted();
}

/** Ids of an even sample of the set (every n-th word), and the factor that scales counts back up. */
function sampleOf(set: Bitset, size: number, scratch: Scratch, exact = false): { ids: Int32Array; scale: number } {
  const step = !exact && size > FACET_SAMPLE_SIZE ? Math.ceil(size / FACET_SAMPLE_SIZE) : 1;
  const room = step === 1 ? size : Math.ceil((size / step) * 1.5) + 64;
  const ids = scratch.ids(room).subarray(0, room);
  let count = 0;
  for (let word = 0; word < set.length; word += step) {
    let bits = set[word] as number;
    while (bits !== 0) {
      const lowest = bits & -bits;
      if (count === ids.length) break;
      ids[count++] = (word << 5) + 31 - Math.clz32(lowest);
      bits = (bits ^ lowest) >>> 0;
    }
  }
  return { ids: ids.subarray(0, count), scale: step === 1 || count === 0 ? 1 : size / count };
}

/** Money of every result per currency; whole minor units, so float sums stay exact below 2^53. */
function totalsOf(store: DocStore, passing: Bitset): CurrencyTotals[] {
  const { currency } = store;
  const values = store.sortKeys.value;
  const cofinancing = store.sortKeys.cofinancing;
  // One line per currency code (see currencyCode); line 0, no currency, is never reported.
  const sums = Array.from({ length: CURRENCIES.length + 1 }, () => ({ count: 0, totalValue: 0, cofinancing: 0 }));
  for (let word = 0; word < passing.length; word += 1) {
    let bits = passing[word] as number;
    while (bits !== 0) {
      const lowest = bits & -bits;
      const id = (word << 5) + 31 - Math.clz32(lowest);
      bits = (bits ^ lowest) >>> 0;
      const line = sums[currency[id] as number];
      if (!line) continue;
      line.count += 1;
      const value = values[id] as number;
      const grant = cofinancing[id] as number;
      if (!Number.isNaN(value)) line.totalValue += value;
      if (!Number.isNaN(grant)) line.cofinancing += grant;
    }
  }
  return CURRENCIES.map((code, index) => ({ currency: code, ...(sums[index + 1] as (typeof sums)[number]) })).filter(
    (line) => line.count > 0,
  );
}

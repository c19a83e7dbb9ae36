import { type Bitset, createBitset } from './bitset.js';

/**
 * Typed arrays one search borrows and gives back when it is done. A search with facets needs
 * several bitsets (125 kB each at a million projects) and samples of ids (up to 360 kB);
 * allocated afresh, a hundred searches a second made some 200 MB/s of garbage outside the
 * JavaScript heap, which the collector frees late, and the server's memory swung by 100 MB.
 * Searches run synchronously, one at a time, so one pool per document store is enough.
 */
export class Scratch {
  private readonly freeSets: Bitset[] = [];
  private readonly lentSets: Bitset[] = [];
  private freeIds: Int32Array[] = [];
  private readonly lentIds: Int32Array[] = [];

  /** The store's capacity may grow as projects are added: sets are sized at each loan. */
  constructor(private readonly store: { readonly capacity: number }) {}

  /** An empty bitset, valid until `release`. */
  bitset(): Bitset {
    const set = this.borrowSet();
    set.fill(0);
    return set;
  }

  /** A copy of `source` (a set of the store's current size), valid until `release`. */
  copyOf(source: Bitset): Bitset {
    const set = this.borrowSet();
    set.set(source);
    return set;
  }

  private borrowSet(): Bitset {
    const words = (this.store.capacity + 31) >>> 5;
    let set = this.freeSets.pop();
    // Sets of an earlier, smaller capacity are let go.
    while (set && set.length !== words) set = this.freeSets.pop();
    const lent = set ?? createBitset(this.store.capacity);
    this.lentSets.push(lent);
    return lent;
  }

  /** Room for at least `length` ids (its contents are whatever was there), valid until `release`. */
  ids(length: number): Int32Array {
    const index = this.freeIds.findIndex((ids) => ids.length >= length);
    const ids = index >= 0 ? (this.freeIds.splice(index, 1)[0] as Int32Array) : new Int32Array(length);
    this.lentIds.push(ids);
    return ids;
  }

  /** Takes back everything lent since the last release. */
  release(): void {
    this.freeSets.push(...this.lentSets);
    this.lentSets.length = 0;
    // A few id buffers are enough; the largest are the ones worth keeping.
    this.freeIds = [...this.freeIds, ...this.lentIds].sort((a, b) => b.length - a.length).slice(0, 4);
    this.lentIds.length = 0;
  }
}

const pools = new WeakMap<object, Scratch>();

/** The scratch pool of a document store (of its capacity), made on first use. */
export function scratchOf(store: { readonly capacity: number }): Scratch {
  let scratch = pools.get(store);
  if (!scratch) {
    scratch = new Scratch(store);
    pools.set(store, scratch);
  }
  return scratch;
}

/**
 * A seeded stream of pseudo-random numbers: mulberry32, 32 bits of state, fast enough to
 * draw a few hundred numbers per project at a million projects. Not for anything secret.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    return itemAt(list, Math.floor(this.next() * list.length));
  }

  /** Picks early items more often (index ~ length·u^skew), for "a few get most of it". */
  pickSkewed<T>(list: readonly T[], skew: number): T {
    return itemAt(list, Math.floor(list.length * this.next() ** skew));
  }

  pickWeighted<T>(table: WeightedTable<T>): T {
    const target = this.next() * table.total;
    for (let index = 0; index < table.cumulative.length; index += 1) {
      if (target < (table.cumulative[index] ?? 0)) return itemAt(table.items, index);
    }
    return itemAt(table.items, table.items.length - 1);
  }

  /**
   * Up to `count` distinct items in random order. Short lists (all of ours) are sampled by
   * marking drawn positions in a bit mask, without copying the list.
   */
  sample<T>(list: readonly T[], count: number): T[] {
    const size = list.length;
    const taken = Math.min(count, size);
    const result: T[] = [];
    if (size <= MASKABLE_LENGTH) {
      for (let used = 0; result.length < taken; ) {
        const index = Math.floor(this.next() * size);
        const bit = 1 << index;
        if ((used & bit) !== 0) continue;
        used |= bit;
        result.push(itemAt(list, index));
      }
      return result;
    }
    const pool = list.slice();
    for (let index = 0; index < taken; index += 1) {
      const other = index + Math.floor(this.next() * (size - index));
      const item = itemAt(pool, other);
      pool[other] = itemAt(pool, index);
      pool[index] = item;
      result.push(item);
    }
    return result;
  }

  /** A standard normal number (Box–Muller), for log-normal amounts. */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

/** Positions a 32-bit mask can mark. */
const MASKABLE_LENGTH = 31;

export interface WeightedTable<T> {
  readonly items: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

/** Precomputes cumulative weights once, so each draw is a short scan without allocation. */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  let total = 0;
  const cumulative = entries.map(([, weight]) => {
    total += weight;
    return total;
  });
  if (entries.length === 0 || total <= 0) throw new RangeError('A weighted table needs a positive weight');
  return { items: entries.map(([item]) => item), cumulative, total };
}

/**
 * Derives an independent stream from a seed and a stream number (murmur3's finaliser), so
 * project 41 and project 42 do not start from neighbouring states.
 */
export function streamSeed(seed: number, stream: number): number {
  let hash = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** Indexing that fails loudly instead of handing back undefined. */
export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`No item at ${index} of ${list.length}`);
  return item;
}

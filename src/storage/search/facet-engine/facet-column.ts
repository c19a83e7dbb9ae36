export type ColumnValues = Uint8Array | Uint16Array | Uint32Array;

/**
 * The values of one facet for every document, by document id: `slots` value numbers per
 * document in one typed array (0 = empty slot), and the rare document with more values than
 * slots keeps the rest in `overflow`. The array is as narrow as the facet's values allow (most
 * facets have fewer than 256) and widens itself when a larger value number arrives: a million
 * documents then take about 30 MB of columns instead of 85.
 */
export class FacetColumn {
  values: ColumnValues;
  readonly overflow = new Map<number, number[]>();

  constructor(
    readonly slots: number,
    capacity: number,
  ) {
    this.values = new Uint8Array(capacity * slots);
  }

  private static widerFor(value: number, length: number): ColumnValues {
    return value > 0xffff ? new Uint32Array(length) : new Uint16Array(length);
  }

  private static limitOf(values: ColumnValues): number {
    return values instanceof Uint8Array ? 0xff : values instanceof Uint16Array ? 0xffff : 0xffffffff;
  }

  grow(capacity: number): void {
    const values = new (this.values.constructor as new (length: number) => ColumnValues)(capacity * this.slots);
    values.set(this.values);
    this.values = values;
  }

  private widenFor(value: number): void {
    if (value <= FacetColumn.limitOf(this.values)) return;
    const values = FacetColumn.widerFor(value, this.values.length);
    values.set(this.values);
    this.values = values;
  }

  /** Replaces the document's values (distinct value numbers, none of them 0). */
  set(doc: number, valueNumbers: readonly number[]): void {
    for (const value of valueNumbers) this.widenFor(value);
    const base = doc * this.slots;
    for (let slot = 0; slot < this.slots; slot += 1) this.values[base + slot] = valueNumbers[slot] ?? 0;
    if (valueNumbers.length > this.slots) this.overflow.set(doc, valueNumbers.slice(this.slots));
    else if (this.overflow.size > 0) this.overflow.delete(doc);
  }

  setOne(doc: number, valueNumber: number): void {
    this.widenFor(valueNumber);
    if (this.slots === 1 && this.overflow.size === 0) this.values[doc] = valueNumber;
    else this.set(doc, valueNumber === 0 ? [] : [valueNumber]);
  }

  clear(doc: number): void {
    this.set(doc, []);
  }

  /** Every value of the document, into `into` (cleared first). */
  valuesOf(doc: number, into: number[]): number[] {
    into.length = 0;
    const base = doc * this.slots;
    for (let slot = 0; slot < this.slots; slot += 1) {
      const value = this.values[base + slot] ?? 0;
      if (value === 0) return into;
      into.push(value);
    }
    const more = this.overflow.get(doc);
    if (more) into.push(...more);
    return into;
  }

  /** True when one of the document's values is marked in `chosen` (indexed by value number). */
  hasAny(doc: number, chosen: Uint8Array): boolean {
    const base = doc * this.slots;
    const values = this.values;
    for (let slot = 0; slot < this.slots; slot += 1) {
      const value = values[base + slot] ?? 0;
      if (value === 0) return false;
      if (chosen[value] === 1) return true;
    }
    const more = this.overflow.get(doc);
    if (more) for (const value of more) if (chosen[value] === 1) return true;
    return false;
  }
}

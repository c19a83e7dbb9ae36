/**
 * The values of one facet for every document, by document id: `slots` value numbers per
 * document in one typed array (0 = empty slot), and the rare document with more values than
 * slots keeps the rest in `overflow`. Every column is 32-bit: one array type keeps the counting
 * loops monomorphic, which measured twice as fast as mixing 16- and 32-bit columns.
 */
export class FacetColumn {
  values: Uint32Array;
  readonly overflow = new Map<number, number[]>();

  constructor(
    readonly slots: number,
    capacity: number,
  ) {
    this.values = this.allocate(capacity);
  }

  private allocate(capacity: number): Uint32Array {
    return new Uint32Array(capacity * this.slots);
  }

  grow(capacity: number): void {
    const values = this.allocate(capacity);
    values.set(this.values);
    this.values = values;
  }

  /** Replaces the document's values (distinct value numbers, none of them 0). */
  set(doc: number, valueNumbers: readonly number[]): void {
    const base = doc * this.slots;
    for (let slot = 0; slot < this.slots; slot += 1) this.values[base + slot] = valueNumbers[slot] ?? 0;
    if (valueNumbers.length > this.slots) this.overflow.set(doc, valueNumbers.slice(this.slots));
    else if (this.overflow.size > 0) this.overflow.delete(doc);
  }

  setOne(doc: number, valueNumber: number): void {
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

/**
 * Values of one facet numbered 1, 2, 3… in order of first sight, so documents store small
 * integers and counts live in typed arrays indexed by value number. 0 means "no value".
 */
export class Dictionary<Key extends string | number> {
  private readonly numbers = new Map<Key, number>();
  private readonly list: Key[] = [];

  /** The value's number, given one on first sight. */
  numberOf(key: Key): number {
    let number = this.numbers.get(key);
    if (number === undefined) {
      this.list.push(key);
      number = this.list.length;
      this.numbers.set(key, number);
    }
    return number;
  }

  /** The value's number, or 0 when no document has ever had it. */
  find(key: Key): number {
    return this.numbers.get(key) ?? 0;
  }

  /** Every key in number order (the key of value n at index n - 1). */
  keys(): Key[] {
    return [...this.list];
  }

  keyOf(number: number): Key | undefined {
    return this.list[number - 1];
  }

  /** Highest value number in use. */
  get size(): number {
    return this.list.length;
  }
}

/**
 * The k smallest (key, id) pairs seen, for one page of sorted results: a max-heap whose root
 * is the worst pair kept, so most documents are turned away by one comparison.
 */
export class TopK {
  private readonly keys: Float64Array;
  private readonly ids: Int32Array;
  private size = 0;

  constructor(private readonly capacity: number) {
    this.keys = new Float64Array(Math.max(capacity, 1));
    this.ids = new Int32Array(Math.max(capacity, 1));
  }

  /** True when (keyA, idA) sorts after (keyB, idB). */
  private static after(keyA: number, idA: number, keyB: number, idB: number): boolean {
    return keyA > keyB || (keyA === keyB && idA > idB);
  }

  /** False when the pair would not be kept: the cheap test that turns most documents away. */
  accepts(key: number, id: number): boolean {
    if (this.size < this.capacity) return true;
    const worstKey = this.keys[0] as number;
    return key < worstKey || (key === worstKey && id < (this.ids[0] as number));
  }

  offer(key: number, id: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      let at = this.size;
      this.size += 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        const parentKey = this.keys[parent] as number;
        const parentId = this.ids[parent] as number;
        if (!TopK.after(key, id, parentKey, parentId)) break;
        this.keys[at] = parentKey;
        this.ids[at] = parentId;
        at = parent;
      }
      this.keys[at] = key;
      this.ids[at] = id;
      return;
    }
    if (!TopK.after(this.keys[0] as number, this.ids[0] as number, key, id)) return;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let worst = left;
      if (
        right < this.size &&
        TopK.after(
          this.keys[right] as number,
          this.ids[right] as number,
          this.keys[left] as number,
          this.ids[left] as number,
        )
      ) {
        worst = right;
      }
      if (!TopK.after(this.keys[worst] as number, this.ids[worst] as number, key, id)) break;
      this.keys[at] = this.keys[worst] as number;
      this.ids[at] = this.ids[worst] as number;
      at = worst;
    }
    this.keys[at] = key;
    this.ids[at] = id;
  }

  /** The pairs kept, best first. */
  sorted(): { key: number; id: number }[] {
    const pairs: { key: number; id: number }[] = [];
    for (let index = 0; index < this.size; index += 1) {
      pairs.push({ key: this.keys[index] as number, id: this.ids[index] as number });
    }
    return pairs.sort((a, b) => a.key - b.key || a.id - b.id);
  }
}

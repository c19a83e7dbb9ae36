import { describe, expect, it } from 'vitest';
import { setBit } from './bitset.js';
import { Scratch } from './scratch.js';

describe('Scratch', () => {
  it('lends the same memory again after a release, emptied', () => {
    const store = { capacity: 100 };
    const scratch = new Scratch(store);
    const first = scratch.bitset();
    setBit(first, 7);
    scratch.release();
    const again = scratch.bitset();
    expect(again).toBe(first);
    expect([...again].every((word) => word === 0)).toBe(true);
  });

  it('never lends one set twice before a release', () => {
    const scratch = new Scratch({ capacity: 64 });
    const a = scratch.bitset();
    const b = scratch.copyOf(a);
    expect(b).not.toBe(a);
  });

  it('sizes sets to the store as it grows, and copies exactly', () => {
    const store = { capacity: 64 };
    const scratch = new Scratch(store);
    scratch.bitset();
    scratch.release();
    store.capacity = 1000;
    const source = new Uint32Array(32);
    setBit(source, 999);
    const copy = scratch.copyOf(source);
    expect(copy.length).toBe(32);
    expect(copy[31]).toBe(source[31]);
  });

  it('lends id buffers at least as long as asked', () => {
    const scratch = new Scratch({ capacity: 10 });
    const small = scratch.ids(10);
    scratch.release();
    expect(scratch.ids(5)).toBe(small);
    expect(scratch.ids(50).length).toBeGreaterThanOrEqual(50);
  });
});

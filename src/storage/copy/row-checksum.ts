import { createHash } from 'node:crypto';

/**
 * A checksum of a table's rows that does not depend on the order they come in (engines sort
 * text differently) nor on how each engine spells a value: the sum, modulo 2^256, of one
 * SHA-256 per row. Equal checksums and counts mean the same multiset of rows.
 */
export class TableChecksum {
  private sum = 0n;
  private rows = 0;

  add(values: readonly unknown[]): void {
    const digest = createHash('sha256')
      .update(JSON.stringify(values.map(canonicalValue)))
      .digest('hex');
    this.sum = (this.sum + BigInt(`0x${digest}`)) % 2n ** 256n;
    this.rows += 1;
  }

  get count(): number {
    return this.rows;
  }

  get hex(): string {
    return this.sum.toString(16).padStart(64, '0');
  }
}

/** One value as both engines would agree on it: booleans as 0/1, bytes as base64, JSON as text. */
export function canonicalValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return `base64:${Buffer.from(value).toString('base64')}`;
  return JSON.stringify(value);
}

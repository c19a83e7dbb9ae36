import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { EncodingError } from './text-encoding.js';

/**
 * Passes UTF-8 bytes through unchanged and fails on the first invalid sequence, so a
 * file that is not UTF-8 after all stops the import instead of importing "�".
 */
export class Utf8Check extends Transform {
  private carry: Buffer = Buffer.alloc(0);
  private offset = 0;

  constructor(private readonly startOffset = 0) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeEnd(bytes);
    const complete = bytes.subarray(0, end);
    if (!isUtf8(complete)) {
      callback(invalidAt(complete, this.startOffset + this.offset));
      return;
    }
    this.offset += end;
    this.carry = Buffer.from(bytes.subarray(end));
    callback(null, complete);
  }

  override _flush(callback: TransformCallback): void {
    if (this.carry.length > 0) callback(invalidAt(this.carry, this.startOffset + this.offset));
    else callback();
  }
}

/** Where the last complete character ends (a multi-byte character may be cut off at a chunk's end). */
function completeEnd(bytes: Buffer): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && length - back >= 0; back += 1) {
    const byte = bytes[length - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < needed) return length - back;
    }
    return length;
  }
  return length;
}

function invalidAt(bytes: Buffer, offset: number): EncodingError {
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (isUtf8(bytes.subarray(0, completeEnd(bytes.subarray(0, middle))))) low = middle;
    else high = middle;
  }
  return new EncodingError('not_utf8', { byte: String(offset + low + 1) });
}

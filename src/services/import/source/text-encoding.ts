import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { ImportError } from '../import-error.js';

export interface TextEncoding {
  /** An iconv-lite encoding name: utf-8, utf-16le, windows-1250, … */
  readonly name: string;
  /** Bytes of the byte-order mark at the start, skipped when reading. */
  readonly bomLength: number;
  /** How the encoding was decided, for the report. */
  readonly how: 'byte-order mark' | 'detected' | 'mapping file';
}

export class EncodingError extends ImportError {}

const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g;
/** Characters a wrong single-byte guess produces in Polish text: C1 controls, ¶ ± ¼ ¦ µ ¬ and the replacement character. */
const SUSPICIOUS = /[\u0080-\u009f\ufffd¶±¼¦µ¬¹]/g;
const SINGLE_BYTE_CANDIDATES = ['windows-1250', 'iso-8859-2'] as const;

/** True when the name is one iconv-lite can decode. */
export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/**
 * Decides how a text file is encoded from its first bytes: a byte-order mark wins; then
 * what the mapping file names; then UTF-8 when the bytes are valid UTF-8; UTF-16 without a
 * mark by its zero bytes; otherwise the Central European single-byte encoding
 * (windows-1250 or ISO 8859-2) whose reading looks like Polish text. Throws when the
 * bytes look like no text at all.
 */
export function detectEncoding(sample: Buffer, declared?: string): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { name: 'utf-8', bomLength: 3, how: 'byte-order mark' };
  }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { name: 'utf-16le', bomLength: 2, how: 'byte-order mark' };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { name: 'utf-16be', bomLength: 2, how: 'byte-order mark' };
  if (declared !== undefined) {
    const name = iconv.encodingExists(declared) ? normaliseName(declared) : declared;
    if (isUtf8Name(name) && !isUtf8(completeUtf8Prefix(sample))) {
      throw new EncodingError('not_utf8_as_declared', { byte: String(firstBadUtf8Byte(sample)) });
    }
    return { name, bomLength: 0, how: 'mapping file' };
  }
  const zeros = countZeros(sample);
  if (zeros > sample.length / 4) {
    const evenZeros = countZeros(sample, 0);
    const oddZeros = zeros - evenZeros;
    if (oddZeros > evenZeros * 4) return { name: 'utf-16le', bomLength: 0, how: 'detected' };
    if (evenZeros > oddZeros * 4) return { name: 'utf-16be', bomLength: 0, how: 'detected' };
    throw new EncodingError('not_text');
  }
  if (isUtf8(completeUtf8Prefix(sample))) return { name: 'utf-8', bomLength: 0, how: 'detected' };
  // Mostly UTF-8 with a stray bad byte is a broken UTF-8 file, not windows-1250: reading it
  // as UTF-8 stops at the bad byte and says where, instead of garbling every Polish letter.
  const { valid, invalid } = countUtf8Sequences(sample);
  if (valid > 2 * invalid) return { name: 'utf-8', bomLength: 0, how: 'detected' };
  return { name: bestSingleByte(sample), bomLength: 0, how: 'detected' };
}

function bestSingleByte(sample: Buffer): string {
  let best: { name: string; score: number } | null = null;
  for (const name of SINGLE_BYTE_CANDIDATES) {
    const text = iconv.decode(sample, name);
    const score = (text.match(POLISH_LETTERS)?.length ?? 0) - 5 * (text.match(SUSPICIOUS)?.length ?? 0);
    if (best === null || score > best.score) best = { name, score };
  }
  let controls = 0;
  for (const byte of sample) if (byte < 0x09 || (byte >= 0x0e && byte < 0x20)) controls += 1;
  if (!best || controls > sample.length / 100) {
    throw new EncodingError('unknown_encoding');
  }
  return best.name;
}

function isUtf8Name(name: string): boolean {
  return /^utf-?8$/i.test(name);
}

function normaliseName(name: string): string {
  return isUtf8Name(name) ? 'utf-8' : name.toLowerCase();
}

/** The sample without a multi-byte character cut off at its end. */
function completeUtf8Prefix(sample: Buffer): Buffer {
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = sample[end - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < needed) end -= back;
    }
    break;
  }
  return sample.subarray(0, end);
}

function firstBadUtf8Byte(sample: Buffer): string {
  let low = 0;
  let high = sample.length;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (isUtf8(completeUtf8Prefix(sample.subarray(0, middle)))) low = middle;
    else high = middle;
  }
  return `byte ${low + 1}`;
}

/** Multi-byte UTF-8 sequences that are well formed, and bytes above 0x7f that are not part of one. */
function countUtf8Sequences(sample: Buffer): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let index = 0;
  while (index < sample.length) {
    const byte = sample[index] as number;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    const isSequence =
      length > 0 &&
      index + length <= sample.length &&
      sample.subarray(index + 1, index + length).every((next) => (next & 0xc0) === 0x80);
    if (isSequence) {
      valid += 1;
      index += length;
    } else {
      invalid += 1;
      index += 1;
    }
  }
  return { valid, invalid };
}

function countZeros(sample: Buffer, parity?: 0 | 1): number {
  let zeros = 0;
  for (let index = parity ?? 0; index < sample.length; index += parity === undefined ? 1 : 2) {
    if (sample[index] === 0) zeros += 1;
  }
  return zeros;
}

export { iconv };

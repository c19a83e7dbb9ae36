import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { ImportError } from '../import-error.js';

/** A record of a JSON file, numbered from 1 in file order. */
export interface JsonRecord {
  readonly number: number;
  readonly value: unknown;
}

const BATCH = 100;

/**
 * Streams the project records of a JSON file without holding the file in memory: the
 * elements of a top-level array, the elements of the "projects" array of a top-level
 * object (the registry's JSON export), or one object per line (NDJSON). Each record is
 * parsed on its own as soon as it is complete.
 */
export async function* readJsonRecords(
  file: string,
  counted: (stream: Readable) => Readable,
): AsyncGenerator<JsonRecord[]> {
  const scanner = new RecordScanner();
  const input = counted(createReadStream(file, { highWaterMark: 1 << 20 }));
  input.setEncoding('utf8');
  let batch: JsonRecord[] = [];
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      for (const [text, number] of scanner.push(chunk)) {
        batch.push(parseRecord(text, number));
        if (batch.length === BATCH) {
          yield batch;
          batch = [];
        }
      }
    }
  } finally {
    input.destroy();
  }
  scanner.end();
  if (batch.length > 0) yield batch;
}

function parseRecord(text: string, number: number): JsonRecord {
  try {
    return { number, value: JSON.parse(text) };
  } catch (error) {
    throw new ImportError('json_record_invalid', { record: String(number), detail: (error as Error).message });
  }
}

/**
 * Finds where records begin and end in JSON text fed in pieces, tracking strings and
 * nesting only. A top-level object is a record unless it holds a "projects" array, whose
 * elements then are.
 */
class RecordScanner {
  count = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Depth at which records sit: 1 inside a top-level array or object, 2 inside "projects". */
  private recordDepth: number | null = null;
  private capture: string[] = [];
  private capturing = false;
  private keyStart = -1;
  private lastKey = '';
  private expectKey = false;
  private started = false;

  push(chunk: string): [text: string, number: number][] {
    const records: [string, number][] = [];
    let from = this.capturing ? 0 : -1;
    for (let index = 0; index < chunk.length; index += 1) {
      const character = chunk[index] as string;
      if (index === 0 && !this.started && character === '\uFEFF') continue;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (character === '\\') this.escaped = true;
        else if (character === '"') {
          this.inString = false;
          if (this.keyStart !== -1) {
            this.lastKey = this.keyText(chunk, index);
            this.keyStart = -1;
          }
        }
        continue;
      }
      if (character === '"') {
        this.inString = true;
        if (this.depth === 1 && this.expectKey && this.recordDepth !== 1) {
          this.keyStart = index + 1;
          this.keyBuffer = '';
        }
        continue;
      }
      if (/\s/.test(character)) continue;
      this.started = true;
      if (character === '{' || character === '[') {
        if (this.depth === 0 && character === '{') {
          this.recordDepth = null;
          this.startCapture();
          from = index;
        } else if (this.depth === 0) {
          this.recordDepth = 1;
        } else if (this.depth === this.recordDepth && !this.capturing) {
          this.startCapture();
          from = index;
        } else if (this.depth === 1 && character === '[' && this.recordDepth === null && this.lastKey === 'projects') {
          // The registry's export: the top-level object is a wrapper; its "projects" hold the records.
          this.recordDepth = 2;
          this.capturing = false;
          this.capture = [];
          from = -1;
        }
        this.depth += 1;
        if (this.depth === 1) this.expectKey = character === '{';
        continue;
      }
      if (character === '}' || character === ']') {
        this.depth -= 1;
        if (this.depth < 0) throw this.broken();
        const closesRecord =
          this.capturing &&
          ((this.recordDepth === null && this.depth === 0) ||
            (this.recordDepth !== null && this.depth === this.recordDepth));
        if (closesRecord) {
          this.capture.push(chunk.slice(from, index + 1));
          this.count += 1;
          records.push([this.capture.join(''), this.count]);
          this.capture = [];
          this.capturing = false;
          from = -1;
        }
        continue;
      }
      if (this.depth === this.recordDepth && !this.capturing && character !== ',') {
        throw new ImportError('json_record_not_object', { record: String(this.count + 1) });
      }
      if (this.depth === 1) {
        if (character === ':') this.expectKey = false;
        else if (character === ',') this.expectKey = true;
      } else if (this.depth === 0) {
        throw this.broken();
      }
    }
    if (this.capturing && from !== -1) this.capture.push(chunk.slice(from));
    if (this.keyStart !== -1) {
      this.keyBuffer += chunk.slice(this.keyStart);
      this.keyStart = 0;
    }
    return records;
  }

  end(): void {
    if (this.depth !== 0 || this.inString) {
      throw this.capturing
        ? new ImportError('json_cut_in_record', { record: String(this.count + 1) })
        : new ImportError('json_cut_in_structure');
    }
    if (!this.started) throw new ImportError('json_no_records');
  }

  private keyBuffer = '';

  private keyText(chunk: string, end: number): string {
    const text = this.keyBuffer + chunk.slice(this.keyStart, end);
    this.keyBuffer = '';
    return text;
  }

  private startCapture() {
    this.capturing = true;
    this.capture = [];
  }

  private broken(): ImportError {
    return new ImportError('json_invalid_after', { record: String(this.count) });
  }
}

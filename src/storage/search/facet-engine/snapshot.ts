import { closeSync, existsSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { FACETS, type FacetName } from '../../../domain/search-facets.js';
import { DocStore, type FacetKey, type SortKeyName } from './doc-store.js';

/**
 * The facet index written to a file next to the database, so a restart reads ~100 MB of typed
 * arrays instead of rebuilding them from a million rows (seconds). It is only a cache: it
 * records the change-log position it reflects, the engine applies whatever changed since, and
 * anything that does not check out is ignored and rebuilt.
 */
// The number changes whenever what the arrays mean changes (4: every currency has a code of its own).
const MAGIC = 'SPJSIDX4';
const ALIGN = 8;

type ArrayName = 'visible' | 'currency' | `column:${FacetName}` | `sort:${SortKeyName}`;

interface Header {
  readonly lastChangeId: number;
  readonly capacity: number;
  readonly maxId: number;
  readonly visibleCount: number;
  readonly dictionaries: Record<FacetName, FacetKey[]>;
  readonly overflow: Record<FacetName, [number, number[]][]>;
  readonly arrays: { name: ArrayName; offset: number; bytes: number }[];
  /** Bytes per value of each facet column (they widen as values are added). */
  readonly widths: Record<FacetName, number>;
}

const SORT_KEYS: readonly SortKeyName[] = ['start', 'end', 'value', 'cofinancing', 'title'];

function arraysOf(store: DocStore): [ArrayName, ArrayBufferView][] {
  return [
    ['visible', store.visible],
    ['currency', store.currency],
    ...FACETS.map((facet): [ArrayName, ArrayBufferView] => [`column:${facet}`, store.columns[facet].values]),
    ...SORT_KEYS.map((key): [ArrayName, ArrayBufferView] => [`sort:${key}`, store.sortKeys[key]]),
  ];
}

const padded = (bytes: number) => Math.ceil(bytes / ALIGN) * ALIGN;

/** Writes the store (atomically: a temporary file renamed into place). */
export function writeSnapshot(file: string, store: DocStore, lastChangeId: number): void {
  const arrays = arraysOf(store);
  const layout: Header['arrays'] = [];
  let offset = 0;
  for (const [name, view] of arrays) {
    layout.push({ name, offset, bytes: view.byteLength });
    offset += padded(view.byteLength);
  }
  const header: Header = {
    lastChangeId,
    capacity: store.capacity,
    maxId: store.maxId,
    visibleCount: store.visibleCount,
    dictionaries: Object.fromEntries(
      FACETS.map((facet) => [facet, store.dictionaries[facet].keys()]),
    ) as Header['dictionaries'],
    overflow: Object.fromEntries(
      FACETS.map((facet) => [facet, [...store.columns[facet].overflow]]),
    ) as Header['overflow'],
    arrays: layout,
    widths: Object.fromEntries(
      FACETS.map((facet) => [facet, store.columns[facet].values.BYTES_PER_ELEMENT]),
    ) as Header['widths'],
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(padded(MAGIC.length + 4 + headerBytes.length));
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(prefix, MAGIC.length + 4);
  const temporary = `${file}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, prefix);
    const zeros = Buffer.alloc(ALIGN);
    for (const [, view] of arrays) {
      writeSync(fd, new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
      const padding = padded(view.byteLength) - view.byteLength;
      if (padding > 0) writeSync(fd, zeros, 0, padding);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** The store and the change-log position it reflects, or null when there is no usable snapshot. */
export function readSnapshot(file: string): { store: DocStore; lastChangeId: number } | null {
  if (!existsSync(file)) return null;
  const fd = openSync(file, 'r');
  try {
    const start = Buffer.alloc(MAGIC.length + 4);
    if (
      readSync(fd, start, 0, start.length, 0) !== start.length ||
      start.toString('latin1', 0, MAGIC.length) !== MAGIC
    ) {
      return null;
    }
    const headerLength = start.readUInt32LE(MAGIC.length);
    const headerBytes = Buffer.alloc(headerLength);
    readSync(fd, headerBytes, 0, headerLength, start.length);
    const header = JSON.parse(headerBytes.toString('utf8')) as Header;
    const base = padded(start.length + headerLength);
    const store = new DocStore(header.capacity);
    for (const facet of FACETS) {
      const width = header.widths?.[facet] ?? 1;
      const column = store.columns[facet];
      const length = column.values.length;
      column.values =
        width === 4 ? new Uint32Array(length) : width === 2 ? new Uint16Array(length) : new Uint8Array(length);
    }
    const targets = new Map(arraysOf(store));
    for (const entry of header.arrays) {
      const target = targets.get(entry.name);
      if (!target || target.byteLength !== entry.bytes) return null;
      // Straight into the store's own arrays: no second copy of a hundred megabytes.
      const bytes = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
      if (readSync(fd, bytes, 0, entry.bytes, base + entry.offset) !== entry.bytes) return null;
    }
    for (const facet of FACETS) {
      for (const key of header.dictionaries[facet] ?? []) store.dictionaries[facet].numberOf(key);
      for (const [doc, values] of header.overflow[facet] ?? []) store.columns[facet].overflow.set(doc, values);
    }
    store.maxId = header.maxId;
    store.visibleCount = header.visibleCount;
    store.touch();
    return { store, lastChangeId: header.lastChangeId };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

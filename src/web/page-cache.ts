import { constants, gzipSync } from 'node:zlib';

/** A rendered page as UTF-8 bytes, and gzipped once for the browsers that accept it (all of them). */
export interface CachedPage {
  readonly plain: Buffer;
  readonly gzip: Buffer;
}

/**
 * Rendered pages kept in memory, ready to send, most recently used first, up to a size in
 * bytes. Every entry belongs to one state of the registry (a change token): when the token
 * moves — any write, by this process or another — everything cached is dropped, so a page is
 * never stale.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private token: number | null = null;

  constructor(private readonly maxBytes: number) {}

  get(key: string, token: number): CachedPage | undefined {
    if (token !== this.token) {
      this.clear(token);
      return undefined;
    }
    const page = this.pages.get(key);
    if (page === undefined) return undefined;
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** Keeps the page and returns it ready to send. */
  set(key: string, token: number, html: string): CachedPage {
    if (token !== this.token) this.clear(token);
    const plain = Buffer.from(html, 'utf8');
    // Level 6 shrinks a page about sevenfold in about a millisecond, once per page and change.
    const page = { plain, gzip: gzipSync(plain, { level: constants.Z_DEFAULT_COMPRESSION }) };
    const size = sizeOf(page);
    if (size > this.maxBytes / 8) return page;
    const previous = this.pages.get(key);
    if (previous !== undefined) this.bytes -= sizeOf(previous);
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldKey, oldPage] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldKey);
      this.bytes -= sizeOf(oldPage);
    }
    return page;
  }

  private clear(token: number): void {
    this.pages.clear();
    this.bytes = 0;
    this.token = token;
  }
}

function sizeOf(page: CachedPage): number {
  return page.plain.length + page.gzip.length;
}

/**
 * Whether an Accept-Encoding header accepts gzip: listed by name (or `*`) without `q=0`.
 * @example acceptsGzip('gzip, deflate, br') // true
 * @example acceptsGzip('gzip;q=0, br') // false
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star = false;
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const refused = q !== undefined && Number(q.slice(2)) === 0;
    if (name.trim() === 'gzip') return !refused;
    if (name.trim() === '*') star = !refused;
  }
  return star;
}

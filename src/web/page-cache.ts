/**
 * Rendered pages kept in memory as UTF-8 bytes (ready to send), most recently used first, up
 * to a size in bytes. Every entry belongs to one state of the registry (a change token): when
 * the token moves — any write, by this process or another — everything cached is dropped, so
 * a page is never stale.
 */
export class PageCache {
  private readonly pages = new Map<string, Buffer>();
  private bytes = 0;
  private token: number | null = null;

  constructor(private readonly maxBytes: number) {}

  get(key: string, token: number): Buffer | undefined {
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

  /** Keeps the page and returns its bytes. */
  set(key: string, token: number, html: string): Buffer {
    if (token !== this.token) this.clear(token);
    const page = Buffer.from(html, 'utf8');
    if (page.length > this.maxBytes / 8) return page;
    const previous = this.pages.get(key);
    if (previous !== undefined) this.bytes -= previous.length;
    this.pages.set(key, page);
    this.bytes += page.length;
    for (const [oldKey, oldPage] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldKey);
      this.bytes -= oldPage.length;
    }
    return page;
  }

  private clear(token: number): void {
    this.pages.clear();
    this.bytes = 0;
    this.token = token;
  }
}

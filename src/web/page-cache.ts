/**
 * Rendered pages kept in memory, most recently used first, up to a size in bytes. Every entry
 * belongs to one state of the registry (a change token): when the token moves — any write,
 * by this process or another — everything cached is dropped, so a page is never stale.
 */
export class PageCache {
  private readonly pages = new Map<string, string>();
  private bytes = 0;
  private token: number | null = null;

  constructor(private readonly maxBytes: number) {}

  get(key: string, token: number): string | undefined {
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

  set(key: string, token: number, page: string): void {
    if (token !== this.token) this.clear(token);
    const size = page.length * 2;
    if (size > this.maxBytes / 8) return;
    const previous = this.pages.get(key);
    if (previous !== undefined) this.bytes -= previous.length * 2;
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldKey, oldPage] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldKey);
      this.bytes -= oldPage.length * 2;
    }
  }

  private clear(token: number): void {
    this.pages.clear();
    this.bytes = 0;
    this.token = token;
  }
}

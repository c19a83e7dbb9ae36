import type { SpojniaDb } from '../storage/database.js';

/** What the pages need from the outside: database handles, passed on to services. */
export interface WebDependencies {
  /** The primary: for writes, and for reads that must see a write just made. */
  readonly db: SpojniaDb;
  /** Where public pages read from: a read replica when one is configured, else the primary. */
  readonly readDb: SpojniaDb;
  /** Most URLs in one child sitemap; the protocol's 50 000 when omitted. */
  readonly sitemapUrlsPerFile?: number;
}

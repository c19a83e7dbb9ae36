import type { SpojniaDb } from '../storage/database.js';

/** What the API needs from the outside: database handles, passed on to services. */
export interface ApiDependencies {
  /** The primary: for writes, and for reads that must see a write just made. */
  readonly db: SpojniaDb;
  /** Where public reads go: a read replica when one is configured, else the primary. */
  readonly readDb: SpojniaDb;
  /** Requests per minute one client address may make; 0 or omitted for no limit. */
  readonly rateLimitPerMinute?: number;
}

import type { SpojniaDb } from '../storage/database.js';

/** What the public pages need from the outside: only the database handle, passed on to services. */
export interface WebDependencies {
  readonly db: SpojniaDb;
}

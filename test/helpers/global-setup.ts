import type { TestProject } from 'vitest/node';
import { closeAdmin, createSchema, dropTestSchemas, runPrefix } from './postgres-schemas.js';
import { testEngine, testPostgresUrl } from './test-engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Prefix of this run's PostgreSQL schemas; null when the suite runs on SQLite. */
    postgresSchemaPrefix: string | null;
  }
}

/**
 * Once per run: on PostgreSQL, checks the server answers (one clear failure instead of one
 * per test), clears schemas of runs that died long ago, and drops this run's schemas at the end.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (testEngine() === 'sqlite') {
    project.provide('postgresSchemaPrefix', null);
    return undefined;
  }
  const url = testPostgresUrl();
  const prefix = runPrefix();
  try {
    await dropTestSchemas(url);
    await createSchema(url, `${prefix}probe`);
  } catch (error) {
    await closeAdmin();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot use the PostgreSQL of SPOJNIA_TEST_POSTGRES_URL: ${reason}`);
  }
  project.provide('postgresSchemaPrefix', prefix);
  return async () => {
    await dropTestSchemas(url, prefix);
    await closeAdmin();
  };
}

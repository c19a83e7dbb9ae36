/**
 * Which engine the suite runs on: SQLite files by default; PostgreSQL when
 * SPOJNIA_TEST_DATABASE=postgres, reached through SPOJNIA_TEST_POSTGRES_URL (a role that may
 * create schemas in that database). `npm run test:postgres` sets the first.
 */
export type TestEngine = 'sqlite' | 'postgres';

export function testEngine(): TestEngine {
  const chosen = (process.env.SPOJNIA_TEST_DATABASE ?? 'sqlite').trim().toLowerCase();
  if (chosen === '' || chosen === 'sqlite') return 'sqlite';
  if (chosen === 'postgres' || chosen === 'postgresql') return 'postgres';
  throw new Error(`SPOJNIA_TEST_DATABASE must be "sqlite" or "postgres", not "${chosen}"`);
}

export function testPostgresUrl(): string {
  const url = process.env.SPOJNIA_TEST_POSTGRES_URL?.trim();
  if (!url) {
    throw new Error(
      'SPOJNIA_TEST_DATABASE=postgres needs SPOJNIA_TEST_POSTGRES_URL=postgres://user:password@host:port/database ' +
        '(scripts/postgres-for-tests.sh prints one for the local PostgreSQL)',
    );
  }
  return url;
}

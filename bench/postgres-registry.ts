import { execFileSync } from 'node:child_process';
import pg from 'pg';

/**
 * The PostgreSQL side of `npm run bench -- --engine postgres`: a database of its own
 * (`spojnia_bench_N`) next to the one the URL names, holding the same registry as the SQLite
 * file (so the query mix drawn from the file fits), with search set up as `spojnia db
 * setup-search` sets it up. Built once by `spojnia copy`; later runs reuse it.
 */
export interface PostgresRegistry {
  readonly url: string;
  /** Seconds spent building it in this run (null: reused). */
  readonly buildSeconds: number | null;
  /** What `spojnia db setup-search` chose. */
  readonly setup: string;
}

/** A URL of a role that may create databases: --postgres-url, SPOJNIA_BENCH_POSTGRES_URL, the test URL, or the test script's. */
export function basePostgresUrl(given: string | undefined, root: string): string {
  const url = given ?? process.env.SPOJNIA_BENCH_POSTGRES_URL ?? process.env.SPOJNIA_TEST_POSTGRES_URL;
  if (url) return url;
  return execFileSync('bash', ['scripts/postgres-for-tests.sh'], { cwd: root, encoding: 'utf8' }).trim();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function ensurePostgresRegistry(options: {
  baseUrl: string;
  projects: number;
  sqliteFile: string;
  spojnia: (args: string[], env?: Record<string, string>) => string;
}): Promise<PostgresRegistry> {
  const name = `spojnia_bench_${options.projects}`;
  const url = withDatabase(options.baseUrl, name);
  const env = { DATABASE_URL: url, DATABASE_READ_URL: '', SPOJNIA_DB: '' };
  const exists = await query(options.baseUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  if (exists.length > 0) {
    const [count] = await query<{ n: string }>(url, 'SELECT count(*) AS n FROM search_documents').catch(() => []);
    if (count && Number(count.n) > 0) {
      console.log(`Reusing ${name} (${count.n} projects in its search index; drop the database to rebuild).`);
      const configurations = await query<{ cfgname: string }>(
        url,
        "SELECT cfgname FROM pg_ts_config WHERE cfgname IN ('spojnia_search', 'spojnia_stem')",
      );
      const names = configurations.map((row) => row.cfgname);
      const setup = names.includes('spojnia_stem')
        ? 'Polish dictionary'
        : names.length > 0
          ? 'unaccent'
          : 'folding only';
      return { url, buildSeconds: null, setup };
    }
    await query(options.baseUrl, `DROP DATABASE ${name}`);
  }
  const started = performance.now();
  console.log(`Copying ${options.sqliteFile} into PostgreSQL database ${name} …`);
  // Byte-order collation, as the test database has it (see scripts/postgres-for-tests.sh).
  await query(options.baseUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`);
  options.spojnia(['migrate'], env);
  // Search set up first, so the copy builds the index once, with the Polish dictionary when there is one.
  const setup = options.spojnia(['db', 'setup-search'], env).trim();
  console.log(setup);
  console.log(options.spojnia(['copy', '--from', `sqlite:${options.sqliteFile}`, '--to', url], env).trim());
  await query(url, 'VACUUM ANALYZE');
  return { url, buildSeconds: (performance.now() - started) / 1000, setup };
}

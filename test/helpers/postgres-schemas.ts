import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Every PostgreSQL "test database" is a fresh schema in the one database the test URL names:
 * creating and dropping a schema takes milliseconds, a whole database over a second. A
 * connection sees only its schema through search_path (not even `public`: were its schema
 * dropped under it, a straggling process would otherwise write into `public`).
 * Names carry the run's start time, so a run that was killed can be cleaned up later.
 */
const PREFIX = 'spojnia_test_';
const STALE_AFTER_SECONDS = 3 * 60 * 60;

export function runPrefix(startedAt = new Date()): string {
  return `${PREFIX}${Math.floor(startedAt.getTime() / 1000)}_${process.pid}_`;
}

export function newSchemaName(prefix: string): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

/** The same server and database, with every connection's search_path set to one schema. */
export function urlForSchema(baseUrl: string, schema: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

function quoted(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected schema name ${name}`);
  return `"${name}"`;
}

let adminPool: pg.Pool | null = null;

function admin(baseUrl: string): pg.Pool {
  adminPool ??= new pg.Pool({ connectionString: baseUrl, max: 2, allowExitOnIdle: true });
  return adminPool;
}

export async function createSchema(baseUrl: string, schema: string): Promise<void> {
  await admin(baseUrl).query(`CREATE SCHEMA ${quoted(schema)}`);
}

export async function dropSchema(baseUrl: string, schema: string): Promise<void> {
  await admin(baseUrl).query(`DROP SCHEMA IF EXISTS ${quoted(schema)} CASCADE`);
}

/** Drops this run's schemas (prefix given) or, without one, those left by runs older than three hours. */
export async function dropTestSchemas(baseUrl: string, prefix?: string): Promise<string[]> {
  const { rows } = await admin(baseUrl).query<{ name: string }>(
    'SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)',
    [prefix ?? PREFIX],
  );
  const now = Date.now() / 1000;
  const doomed = rows
    .map((row) => row.name)
    .filter((name) => {
      if (prefix !== undefined) return true;
      const startedAt = Number(name.slice(PREFIX.length).split('_')[0]);
      return Number.isFinite(startedAt) && now - startedAt > STALE_AFTER_SECONDS;
    });
  for (const name of doomed) await dropSchema(baseUrl, name);
  return doomed;
}

export async function closeAdmin(): Promise<void> {
  const pool = adminPool;
  adminPool = null;
  await pool?.end();
}

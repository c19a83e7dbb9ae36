import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { SpojniaDb } from './database.js';
import type { Database } from './schema.js';

export interface PostgresOptions {
  /** postgres://user:password@host:port/database (?sslmode=…, ?application_name=… are honoured). */
  readonly url: string;
  /** Most connections the pool opens at once. */
  readonly poolSize?: number;
  /** A statement running longer than this is cancelled by the server; 0 means no limit. */
  readonly statementTimeoutMs?: number;
  /** Shown in pg_stat_activity, so an operator can tell the portal's sessions apart. */
  readonly applicationName?: string;
}

// Type ids from PostgreSQL's pg_type catalogue.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/**
 * bigint (money in minor units, counts) and numeric (sums) arrive from pg as strings, so
 * they would not add up or compare like the numbers SQLite returns. Amounts stay far below
 * 2^53; a value that does not fit a JS number fails its query rather than come back wrong.
 */
function parseWholeNumber(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`The database returned ${text}, which is too large to handle exactly`);
  }
  return value;
}

function parseDecimal(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value)) throw new RangeError(`The database returned ${text}, which is not a finite number`);
  return value;
}

/** Timestamps come back as ISO strings (UTC), the form the SQLite side stores and the code expects. */
function parseTimestamp(text: string, assumeUtc: boolean): string {
  const date = new Date(assumeUtc ? `${text.replace(' ', 'T')}Z` : text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

const builtinTypes = pg.types;

/** Turns values into what the repositories expect, per connection pool instead of process-wide. */
export const spojniaTypeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format === 'binary') return builtinTypes.getTypeParser(oid, 'binary');
    switch (oid) {
      case INT8:
        return parseWholeNumber;
      case NUMERIC:
        return parseDecimal;
      case DATE:
        return (text: string) => text;
      case TIMESTAMP:
        return (text: string) => parseTimestamp(text, true);
      case TIMESTAMPTZ:
        return (text: string) => parseTimestamp(text, false);
      default:
        return builtinTypes.getTypeParser(oid, 'text');
    }
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** pg settings for a pool: the URL's own parameters win over these defaults. */
export function postgresPoolConfig(options: PostgresOptions): pg.PoolConfig {
  return {
    connectionString: options.url,
    max: options.poolSize ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    statement_timeout: options.statementTimeoutMs === 0 ? false : (options.statementTimeoutMs ?? 30_000),
    // A transaction left open by a crashed request must not hold its locks for ever.
    idle_in_transaction_session_timeout: 60_000,
    application_name: options.applicationName ?? 'spojnia',
    types: spojniaTypeParsers,
  };
}

/**
 * Opens a pool of connections to PostgreSQL. Nothing connects until the first query, so
 * a wrong address shows up there (migrations run first on start, so it shows at once).
 */
export function openPostgresDatabase(options: PostgresOptions): SpojniaDb {
  const pool = new pg.Pool(postgresPoolConfig(options));
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool discards it and opens a new one on the next query.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

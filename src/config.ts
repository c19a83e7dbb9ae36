import { resolve } from 'node:path';
import { z } from 'zod';

/** The portal's settings, read from the environment once at start. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the SQLite file. */
  readonly sqliteFile: string;
  /** PostgreSQL primary (postgres://…); null means the embedded SQLite file is used. */
  readonly databaseUrl: string | null;
  /** PostgreSQL read replica for public pages and the API; null means they read the primary. */
  readonly databaseReadUrl: string | null;
  /** Most PostgreSQL connections per pool. */
  readonly databasePoolSize: number;
  /** PostgreSQL cancels a statement running longer than this (ms); 0 means no limit. */
  readonly databaseStatementTimeoutMs: number;
  /** How long a stopping server waits for requests in flight before it drops them (ms). */
  readonly shutdownTimeoutMs: number;
  /** Absolute path of the folder uploaded images are stored in. */
  readonly mediaFolder: string;
  /** Whether to believe X-Forwarded-Proto/-For from a reverse proxy in front of the portal. */
  readonly trustProxy: boolean;
  /** The largest file the editorial import form accepts, in bytes. */
  readonly importMaxBytes: number;
}

/** Variables whose values may hold a password: a message about them never repeats the value. */
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'DATABASE_READ_URL']);

function wholeNumber(example: string, min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, `must be a whole number, e.g. ${example}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`));
}

const postgresUrl = z
  .string()
  .trim()
  .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL such as postgres://user:password@localhost:5432/spojnia');

const environmentSchema = z.object({
  PORT: wholeNumber('3000', 1, 65535).default(3000),
  HOST: z
    .string()
    .trim()
    .min(1, 'must not be empty; use 127.0.0.1 or 0.0.0.0')
    .regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or an IP address, e.g. 127.0.0.1')
    .default('127.0.0.1'),
  SPOJNIA_DB: z.string().trim().min(1, 'must be a file path, e.g. ./data/spojnia.db').default('./data/spojnia.db'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_READ_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: wholeNumber('10', 1, 1000).default(10),
  DATABASE_STATEMENT_TIMEOUT: wholeNumber('30000 (milliseconds; 0 for no limit)', 0, 86_400_000).default(30_000),
  SHUTDOWN_TIMEOUT: wholeNumber('30 (seconds)', 0, 3600).default(30),
  SPOJNIA_MEDIA: z.string().trim().min(1, 'must be a folder path, e.g. ./data/media').default('./data/media'),
  SPOJNIA_IMPORT_MAX_MB: wholeNumber('256 (megabytes)', 1, 10_000).default(256),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .transform((value) => value === 'true' || value === '1')
    .default(false),
});

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses and checks the environment; throws a ConfigError naming every bad variable.
 * Empty variables count as unset, as a shell `PORT= npm start` intends.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        // A database URL may hold a password, so its value is never echoed.
        const shown = SECRET_VARIABLES.has(name) ? '' : ` (got "${present[name] ?? ''}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const values = parsed.data;
  if (values.DATABASE_READ_URL !== undefined && values.DATABASE_URL === undefined) {
    throw new ConfigError([
      'DATABASE_READ_URL: a read replica needs its primary in DATABASE_URL (the embedded SQLite file has no replicas)',
    ]);
  }
  return {
    port: values.PORT,
    host: values.HOST,
    sqliteFile: resolve(values.SPOJNIA_DB),
    databaseUrl: values.DATABASE_URL ?? null,
    databaseReadUrl: values.DATABASE_READ_URL ?? null,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    databaseStatementTimeoutMs: values.DATABASE_STATEMENT_TIMEOUT,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT * 1000,
    mediaFolder: resolve(values.SPOJNIA_MEDIA),
    trustProxy: values.TRUST_PROXY,
    importMaxBytes: values.SPOJNIA_IMPORT_MAX_MB * 1024 * 1024,
  };
}

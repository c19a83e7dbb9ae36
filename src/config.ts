import { resolve } from 'node:path';
import { z } from 'zod';

/** The portal's settings, read from the environment once at start. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the SQLite file. */
  readonly sqliteFile: string;
  /** Reserved for PostgreSQL; null means the embedded SQLite file is used. */
  readonly databaseUrl: string | null;
  /** Absolute path of the folder uploaded images are stored in. */
  readonly mediaFolder: string;
  /** Whether to believe X-Forwarded-Proto/-For from a reverse proxy in front of the portal. */
  readonly trustProxy: boolean;
}

const environmentSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be a whole number, e.g. 3000')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535'))
    .default(3000),
  HOST: z
    .string()
    .trim()
    .min(1, 'must not be empty; use 127.0.0.1 or 0.0.0.0')
    .regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or an IP address, e.g. 127.0.0.1')
    .default('127.0.0.1'),
  SPOJNIA_DB: z.string().trim().min(1, 'must be a file path, e.g. ./data/spojnia.db').default('./data/spojnia.db'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(
      /^postgres(ql)?:\/\/\S+$/,
      'must be a PostgreSQL URL such as postgres://user:password@localhost:5432/spojnia',
    )
    .optional(),
  SPOJNIA_MEDIA: z.string().trim().min(1, 'must be a folder path, e.g. ./data/media').default('./data/media'),
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
        const shown = name === 'DATABASE_URL' ? '' : ` (got "${present[name] ?? ''}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    sqliteFile: resolve(values.SPOJNIA_DB),
    databaseUrl: values.DATABASE_URL ?? null,
    mediaFolder: resolve(values.SPOJNIA_MEDIA),
    trustProxy: values.TRUST_PROXY,
  };
}

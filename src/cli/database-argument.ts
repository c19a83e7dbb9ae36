import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { describePostgresUrl, isPostgresUrl } from '../storage/database-location.js';
import type { DatabaseSettings } from '../storage/open-database.js';

/** A database named on the command line: `sqlite:FILE` or a PostgreSQL URL. */
export type DatabaseArgument =
  | { readonly engine: 'sqlite'; readonly file: string }
  | { readonly engine: 'postgres'; readonly url: string };

/**
 * A commander parser for an option naming a database. Its error is a plain one, because
 * commander would repeat the value, and a URL may hold a password.
 */
export function databaseArgument(option: string) {
  return (value: string): DatabaseArgument => {
    const text = value.trim();
    if (isPostgresUrl(text)) return { engine: 'postgres', url: text };
    const match = /^sqlite:(?:\/\/)?(.+)$/i.exec(text);
    if (match?.[1]) return { engine: 'sqlite', file: resolve(match[1]) };
    throw new Error(`${option} must be sqlite:FILE or a PostgreSQL URL such as postgres://user@host:5432/database.`);
  };
}

/** The database the environment configures (DATABASE_URL or SPOJNIA_DB), as an argument. */
export function configuredDatabase(config: Config): DatabaseArgument {
  return config.databaseUrl === null
    ? { engine: 'sqlite', file: config.sqliteFile }
    : { engine: 'postgres', url: config.databaseUrl };
}

export function describeArgument(database: DatabaseArgument): string {
  return database.engine === 'sqlite'
    ? `SQLite file ${database.file}`
    : `PostgreSQL ${describePostgresUrl(database.url)}`;
}

export function isSameDatabase(a: DatabaseArgument, b: DatabaseArgument): boolean {
  if (a.engine === 'sqlite' && b.engine === 'sqlite') return a.file === b.file;
  if (a.engine === 'postgres' && b.engine === 'postgres') return a.url === b.url;
  return false;
}

export function sqliteFileExists(database: DatabaseArgument): boolean {
  return database.engine !== 'sqlite' || existsSync(database.file);
}

/** Settings that open exactly this database, with the pool and timeout settings of the config. */
export function settingsFor(database: DatabaseArgument, config: Config): DatabaseSettings {
  return {
    ...config,
    sqliteFile: database.engine === 'sqlite' ? database.file : config.sqliteFile,
    databaseUrl: database.engine === 'postgres' ? database.url : null,
    databaseReadUrl: null,
    // A large table may take longer to read or index than a web request may.
    databaseStatementTimeoutMs: 0,
  };
}

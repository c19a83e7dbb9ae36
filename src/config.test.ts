import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: null });
    expect(config.sqliteFile.endsWith('data/spojnia.db')).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', SPOJNIA_DB: '/tmp/x.db' });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', sqliteFile: '/tmp/x.db' });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('names every bad variable in one clear message', () => {
    const attempt = () => loadConfig({ PORT: '80a', HOST: 'bad host!', DATABASE_URL: 'mysql://u:secret@h/db' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT: must be a whole number');
      expect(message).toContain('HOST: must be a host name');
      expect(message).toContain('DATABASE_URL: must be a PostgreSQL URL');
      expect(message).not.toContain('secret');
    }
  });

  it('refuses ports outside 1–65535', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/between 1 and 65535/);
    expect(() => loadConfig({ PORT: '0' })).toThrow(/between 1 and 65535/);
  });

  it('reads the PostgreSQL settings: primary, read replica, pool size, statement timeout, shutdown timeout', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app:pw@db:5432/spojnia',
      DATABASE_READ_URL: 'postgresql://app:pw@replica:5432/spojnia',
      DATABASE_POOL_SIZE: '25',
      DATABASE_STATEMENT_TIMEOUT: '0',
      SHUTDOWN_TIMEOUT: '5',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://app:pw@db:5432/spojnia',
      databaseReadUrl: 'postgresql://app:pw@replica:5432/spojnia',
      databasePoolSize: 25,
      databaseStatementTimeoutMs: 0,
      shutdownTimeoutMs: 5000,
    });
    expect(loadConfig({})).toMatchObject({ databasePoolSize: 10, databaseStatementTimeoutMs: 30_000 });
  });

  it('refuses a read replica without a primary, and never repeats a database URL', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://app:pw@replica/spojnia' })).toThrow(
      /DATABASE_READ_URL: a read replica needs its primary in DATABASE_URL/,
    );
    const attempt = () =>
      loadConfig({
        DATABASE_URL: 'postgres://app:pw@db/x',
        DATABASE_READ_URL: 'redis://u:hush@h',
        DATABASE_POOL_SIZE: '0',
      });
    expect(attempt).toThrow(/DATABASE_READ_URL: must be a PostgreSQL URL/);
    expect(attempt).toThrow(/DATABASE_POOL_SIZE: must be between 1 and 1000/);
    expect(attempt).not.toThrow(/hush/);
  });
});

describe('loadConfig for the editorial area', () => {
  it('keeps uploads under ./data/media unless told, and trusts a proxy only when asked', () => {
    const defaults = loadConfig({});
    expect(defaults.mediaFolder.endsWith('/data/media')).toBe(true);
    expect(defaults.importMaxBytes).toBe(256 * 1024 * 1024);
    expect(loadConfig({ SPOJNIA_IMPORT_MAX_MB: '60' }).importMaxBytes).toBe(60 * 1024 * 1024);
    expect(defaults.trustProxy).toBe(false);
    const set = loadConfig({ SPOJNIA_MEDIA: '/srv/media', TRUST_PROXY: 'true' });
    expect(set).toMatchObject({ mediaFolder: '/srv/media', trustProxy: true });
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY: must be true or false/);
  });
});

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
});

describe('loadConfig for the editorial area', () => {
  it('keeps uploads under ./data/media unless told, and trusts a proxy only when asked', () => {
    const defaults = loadConfig({});
    expect(defaults.mediaFolder.endsWith('/data/media')).toBe(true);
    expect(defaults.trustProxy).toBe(false);
    const set = loadConfig({ SPOJNIA_MEDIA: '/srv/media', TRUST_PROXY: 'true' });
    expect(set).toMatchObject({ mediaFolder: '/srv/media', trustProxy: true });
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY: must be true or false/);
  });
});

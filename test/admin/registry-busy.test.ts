import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminTestApp, addUser, type Browser, signedIn, startAdminTestApp } from '../helpers/admin.js';
import { testEngine } from '../helpers/test-engine.js';
import { textOf } from '../web/html.js';

let env: AdminTestApp;
let admin: Browser;

// The write lock of one SQLite file, held by another connection as a long import holds it.
describe.skipIf(testEngine() !== 'sqlite')('an editorial save while an import holds the registry', () => {
  beforeAll(async () => {
    env = await startAdminTestApp();
    await addUser(env, 'admin@example.org', 'administrator');
    admin = await signedIn(env, 'admin@example.org');
  });
  afterAll(async () => env.close());

  it('says the registry is busy and nothing was saved; the same form succeeds once it is free', async () => {
    const importer = new SQLite(env.database.env.SPOJNIA_DB ?? '');
    const topic = { namePl: 'Zieleń miejska', nameEn: 'Urban greenery', slug: 'zielen-miejska' };
    try {
      await admin.get('/admin/tematy/nowy');
      importer.exec('BEGIN IMMEDIATE');
      const refused = await admin.post('/admin/tematy/nowy', topic);
      expect(refused.status).toBe(503);
      expect(refused.response.headers['retry-after']).toBe('30');
      const text = textOf(refused.html);
      expect(text).toContain('Rejestr jest teraz zajęty');
      expect(text).toContain('zmiany nie zostały zapisane');
      importer.exec('ROLLBACK');
    } finally {
      importer.close();
    }
    const list = await admin.get('/admin/tematy');
    expect(textOf(list.html)).not.toContain('Zieleń miejska');
    await admin.get('/admin/tematy/nowy');
    const saved = await admin.post('/admin/tematy/nowy', topic);
    expect(saved.status).toBe(303);
    expect(textOf((await admin.get('/admin/tematy')).html)).toContain('Zieleń miejska');
  });
});

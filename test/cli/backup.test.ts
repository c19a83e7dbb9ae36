import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { openSqliteDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { runCli } from './run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'spojnia-backup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('spojnia backup', { timeout: 120_000 }, () => {
  it('copies a SQLite registry that is open and being written into a complete, checked file', async () => {
    const file = join(folder, 'live.db');
    const db = openSqliteDatabase({ file });
    await migrateToLatest(db);
    await loadDemo(db, { generatedCount: 8 });
    try {
      const backupFile = join(folder, 'kopie', 'registry.db');
      // The source stays open with its write-ahead log unmerged, as under a running portal.
      const run = await runCli(['backup', backupFile], { SPOJNIA_DB: file, DATABASE_URL: '' });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`to ${backupFile}`);
      expect(run.stdout).toContain('integrity checked');
      const copy = new SQLite(backupFile, { readonly: true });
      expect(copy.prepare('SELECT count(*) FROM projects').pluck().get()).toBe(10);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      copy.close();

      const again = await runCli(['backup', backupFile], { SPOJNIA_DB: file, DATABASE_URL: '' });
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already exists');
    } finally {
      await db.destroy();
    }
  });

  it('points to pg_dump and spojnia copy when the registry is on PostgreSQL', async () => {
    const run = await runCli(['backup', join(folder, 'x.db')], { DATABASE_URL: 'postgres://app:pw@127.0.0.1:1/x' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pg_dump');
    expect(run.stderr).toContain('spojnia copy --to sqlite:FILE');
  });
});

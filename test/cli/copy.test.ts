import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_COUNT, loadDemo } from '../../src/services/demo/load-demo.js';
import { createProject } from '../../src/services/projects/create-project.js';
import { closeSearch } from '../../src/services/search/search-lifecycle.js';
import { searchProjects } from '../../src/services/search/search-projects.js';
import { openSqliteDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { buildProjectInput } from '../factories/project.js';
import { type BlankTestDatabase, createBlankTestDatabase } from '../helpers/database.js';
import { runCli } from './run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'spojnia-copy-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let middle: BlankTestDatabase | null = null;
afterEach(async () => {
  await middle?.cleanup();
  middle = null;
});

/** The copy command's name for a test database of the engine under test. */
function locationOf(database: BlankTestDatabase): string {
  return database.engine === 'postgres' ? (database.env.DATABASE_URL ?? '') : `sqlite:${database.env.SPOJNIA_DB}`;
}

/** A SQLite registry file holding the demo content (the two seeds and `count` invented projects). */
async function demoRegistry(name: string, count: number): Promise<string> {
  const file = join(folder, name);
  const db = openSqliteDatabase({ file });
  try {
    await migrateToLatest(db);
    await loadDemo(db, { generatedCount: count });
  } finally {
    await db.destroy();
  }
  return file;
}

/**
 * The search index's full-text tables (FTS5 and its shadow tables) and change log are rebuilt
 * by a copy, not carried over byte for byte; what they answer is compared instead.
 */
const REBUILT_TABLES = /^search_text|^search_changes$/;

/** Every row of every table of a SQLite file, table by table, in one order whatever order they were written in. */
function dumpSqlite(file: string): Record<string, unknown[]> {
  const db = new SQLite(file, { readonly: true });
  try {
    const tables = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' ORDER BY name")
        .pluck()
        .all() as string[]
    ).filter((table) => !REBUILT_TABLES.test(table));
    const dump: Record<string, unknown[]> = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all();
      const kept =
        table === 'sqlite_sequence'
          ? rows.filter((row) => !REBUILT_TABLES.test(String((row as { name: string }).name)))
          : rows;
      dump[table] = kept.map((row) => JSON.stringify(row)).sort();
    }
    dump.migrations = db.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all();
    return dump;
  } finally {
    db.close();
  }
}

/** Slugs of the projects a search finds in a SQLite registry, in result order. */
async function searchSlugs(file: string, q: string): Promise<string[]> {
  const db = openSqliteDatabase({ file });
  try {
    const outcome = await searchProjects(db, { q, filters: {}, pageSize: 100, facetLimit: 0 });
    return outcome.results.map((result) => result.project.slug);
  } finally {
    await closeSearch(db);
    await db.destroy();
  }
}

// Each step is a real `spojnia` process, a few seconds apiece on a busy machine.
describe('spojnia copy', { timeout: 180_000 }, () => {
  it('copies the demo registry from SQLite to the engine under test and back, every row of every table intact', async () => {
    const original = await demoRegistry('original.db', DEFAULT_DEMO_COUNT);
    middle = await createBlankTestDatabase();
    const there = await runCli(['copy', '--from', `sqlite:${original}`, '--to', locationOf(middle)]);
    expect(there.code, there.stderr).toBe(0);
    expect(there.stdout).toMatch(/projects\s+202\s+[0-9a-f]{16}/);
    expect(there.stdout).toContain('counts and checksums match the source');
    if (middle.env.DATABASE_URL) expect(there.stdout).not.toContain(new URL(middle.env.DATABASE_URL).password);

    const roundTrip = join(folder, 'round-trip.db');
    const back = await runCli(['copy', '--from', locationOf(middle), '--to', `sqlite:${roundTrip}`]);
    expect(back.code, back.stderr).toBe(0);

    const before = dumpSqlite(original);
    const after = dumpSqlite(roundTrip);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(before.projects).toHaveLength(202);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    // The full-text index was rebuilt on each side: the same words find the same projects.
    expect(await searchSlugs(roundTrip, 'kraków -rewitalizacja')).toEqual(
      await searchSlugs(original, 'kraków -rewitalizacja'),
    );
    expect(await searchSlugs(roundTrip, 'hajnówka')).toContain('hajnowka-odnowa');
  });

  it('leaves the copy ready for new records: ids continue after the copied ones', async () => {
    const original = await demoRegistry('ids.db', 5);
    middle = await createBlankTestDatabase();
    const copied = await runCli(['copy', '--from', `sqlite:${original}`, '--to', locationOf(middle)]);
    expect(copied.code, copied.stderr).toBe(0);
    const db = middle.open();
    try {
      const created = await createProject(
        db,
        buildProjectInput({ slug: 'po-kopii', title: 'Projekt dodany po kopii' }),
      );
      expect(created.id).toBe(8);
      expect((await findProjectBySlug(db, 'po-kopii'))?.title).toBe('Projekt dodany po kopii');
    } finally {
      await db.destroy();
    }
  });

  it('refuses a target that holds data unless told to replace it, and then replaces it whole', async () => {
    const small = await demoRegistry('small.db', 2);
    const larger = await demoRegistry('larger.db', 6);
    middle = await createBlankTestDatabase();
    const target = locationOf(middle);
    expect((await runCli(['copy', '--from', `sqlite:${larger}`, '--to', target])).code).toBe(0);

    const refused = await runCli(['copy', '--from', `sqlite:${small}`, '--to', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The target is not empty: ');
    expect(refused.stderr).toContain('projects (8)');
    expect(refused.stderr).toContain('--replace');

    const replaced = await runCli(['copy', '--from', `sqlite:${small}`, '--to', target, '--replace']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toMatch(/projects\s+4\s/);
    const back = join(folder, 'replaced-back.db');
    expect((await runCli(['copy', '--from', target, '--to', `sqlite:${back}`])).code).toBe(0);
    expect(dumpSqlite(back)).toEqual(dumpSqlite(small));
  });

  it('explains what is wrong with the databases it is given', async () => {
    const missing = await runCli(['copy', '--from', `sqlite:${join(folder, 'nowhere.db')}`, '--to', 'sqlite:x.db']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no SQLite file');

    const bad = await runCli(['copy', '--from', 'mysql://u:secret@h/db', '--to', 'sqlite:x.db']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('must be sqlite:FILE or a PostgreSQL URL');
    expect(bad.stderr).not.toContain('secret');

    const itself = await runCli(['copy', '--from', 'sqlite:a.db', '--to', 'sqlite:a.db']);
    expect(itself.stderr).toContain('the same database');

    const empty = join(folder, 'not-a-registry.db');
    new SQLite(empty).close();
    const notRegistry = await runCli(['copy', '--from', `sqlite:${empty}`, '--to', `sqlite:${join(folder, 'y.db')}`]);
    expect(notRegistry.code).toBe(1);
    expect(notRegistry.stderr).toContain('spojnia migrate');
  });
});

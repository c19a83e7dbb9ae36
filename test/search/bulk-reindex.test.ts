import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteConnectionOf } from '../../src/storage/database.js';
import { reindexProjects } from '../../src/storage/search/index-projects.js';
import { sqliteBulkReindexer } from '../../src/storage/search/sqlite/sqlite-bulk-reindex.js';
import type { TestDatabase } from '../helpers/database.js';
import { createSearchRegistry } from '../helpers/search-registry.js';
import { testEngine } from '../helpers/test-engine.js';

let database: TestDatabase;

beforeEach(async () => {
  database = await createSearchRegistry();
});

afterEach(async () => {
  await database.cleanup();
});

/** What the index holds: every document row, and which projects each word finds. */
async function indexContents() {
  const raw = sqliteConnectionOf(database.db);
  if (!raw) throw new Error('an SQLite test database was expected');
  const documents = raw.prepare('SELECT * FROM search_documents ORDER BY project_id').all();
  const municipalities = raw.prepare('SELECT * FROM search_municipalities ORDER BY key').all();
  const matches = Object.fromEntries(
    ['lodz', 'zlobek', 'tampere', 'rewitaliz*', 'krakow', 'szkic', 'hala'].map((word) => [
      word,
      raw.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid').pluck().all(word),
    ]),
  );
  return { documents, municipalities, matches };
}

// The bulk reindexer is the SQLite store's; other engines index through the portable path.
describe.skipIf(testEngine() !== 'sqlite')("imports' SQLite reindexer", () => {
  it('writes exactly the index the portable reindexProjects writes, drafts left out', async () => {
    const raw = sqliteConnectionOf(database.db);
    if (!raw) throw new Error('an SQLite test database was expected');
    const ids = raw.prepare('SELECT id FROM projects ORDER BY id').pluck().all() as number[];
    await reindexProjects(database.db, ids);
    const portable = await indexContents();
    expect(portable.documents.length).toBeGreaterThan(3);
    expect(portable.matches.lodz?.length).toBeGreaterThan(0);

    raw.exec('DELETE FROM search_documents; DELETE FROM search_text; DELETE FROM search_municipalities;');
    expect((await indexContents()).documents).toEqual([]);
    const changesBefore = raw.prepare('SELECT count(*) FROM search_changes').pluck().get() as number;
    raw.transaction(() => sqliteBulkReindexer(raw)(ids))();

    expect(await indexContents()).toEqual(portable);
    // Running servers are told: a few projects by id, many by one "reload" marker.
    const logged = raw.prepare('SELECT project_id FROM search_changes WHERE id > ?').pluck().all(changesBefore);
    expect(logged).toEqual(ids);
  });

  it('takes a project that became a draft out of the index', async () => {
    const raw = sqliteConnectionOf(database.db);
    if (!raw) throw new Error('an SQLite test database was expected');
    const id = raw.prepare("SELECT id FROM projects WHERE slug = 'zlobek-w-lodzi'").pluck().get() as number;
    // Written directly, as an import does, so no trigger of the editorial path is relied on.
    raw.exec('DROP TRIGGER IF EXISTS projects_search_unpublish');
    raw.prepare("UPDATE projects SET editorial_state = 'draft' WHERE id = ?").run(id);
    sqliteBulkReindexer(raw)([id]);
    expect(raw.prepare('SELECT count(*) FROM search_documents WHERE project_id = ?').pluck().get(id)).toBe(0);
    expect(raw.prepare("SELECT rowid FROM search_text WHERE search_text MATCH 'zlobek'").pluck().all()).not.toContain(
      id,
    );
  });
});

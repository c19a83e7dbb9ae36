import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSimilarProjects } from '../../src/services/projects/find-similar-projects.js';
import { getPublishedProject } from '../../src/services/projects/get-project.js';
import { updateProject } from '../../src/services/projects/update-project.js';
import { closeSearch } from '../../src/services/search/search-lifecycle.js';
import { type SearchInput, searchProjects } from '../../src/services/search/search-projects.js';
import { deleteProjectRow as deleteProject } from '../../src/storage/repositories/project-admin-repository.js';
import { reindexProjects } from '../../src/storage/search/index-projects.js';
import type { TestDatabase } from '../helpers/database.js';
import { createSearchRegistry, SEARCH_PROJECTS } from '../helpers/search-registry.js';
import { testEngine } from '../helpers/test-engine.js';

let database: TestDatabase;

beforeEach(async () => {
  database = await createSearchRegistry();
});

afterEach(async () => {
  await closeSearch(database.db);
  await database.cleanup();
});

async function search(q: string, more: Partial<SearchInput> = {}) {
  return searchProjects(database.db, { q, filters: {}, pageSize: 50, facetLimit: 20, ...more });
}

async function slugsFor(q: string, more: Partial<SearchInput> = {}): Promise<string[]> {
  return (await search(q, more)).results.map((result) => result.project.slug);
}

async function idOf(slug: string): Promise<number> {
  const row = await database.db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return row.id;
}

function inputOf(slug: string) {
  const input = SEARCH_PROJECTS.find((project) => project.slug === slug);
  if (!input) throw new Error(`no test project ${slug}`);
  return input;
}

/** A commit the repositories did not make is noticed within 20 ms (the engine checks that often). */
const noticeWindow = () => new Promise((resolve) => setTimeout(resolve, 30));

function statusCount(outcome: Awaited<ReturnType<typeof search>>, status: string): number {
  const values = outcome.facets.find((facet) => facet.facet === 'status')?.values ?? [];
  return values.find((value) => value.key === status)?.count ?? 0;
}

describe('the index follows every write', () => {
  it('finds a project by its new words after an update, and no longer by the old ones', async () => {
    expect(await slugsFor('sportowa')).toEqual(['nowa-hala-sportowa']);
    const before = await search('');
    const id = await idOf('nowa-hala-sportowa');
    await database.db.transaction().execute((trx) =>
      updateProject(trx, id, {
        ...inputOf('nowa-hala-sportowa'),
        title: 'Basen olimpijski w Gdyni',
        status: 'cancelled',
      }),
    );
    expect(await slugsFor('sportowa')).toEqual([]);
    expect(await slugsFor('basen gdyni')).toEqual(['nowa-hala-sportowa']);
    const after = await search('');
    expect(statusCount(after, 'planned')).toBe(statusCount(before, 'planned') - 1);
    expect(statusCount(after, 'cancelled')).toBe(statusCount(before, 'cancelled') + 1);
  });

  it('forgets a deleted project, its words and its counts', async () => {
    const before = await search('');
    expect(await slugsFor('kieszonkowy')).toEqual(['park-kieszonkowy-szczecin']);
    expect(await deleteProject(database.db, await idOf('park-kieszonkowy-szczecin'))).toBe(true);
    expect(await slugsFor('kieszonkowy')).toEqual([]);
    const after = await search('');
    expect(after.total).toBe(before.total - 1);
    expect(statusCount(after, 'in_progress')).toBe(statusCount(before, 'in_progress') - 1);
  });

  it('drops a project that goes back to draft and finds it again once published', async () => {
    const id = await idOf('remont-parku-srem');
    const unpublish = { ...inputOf('remont-parku-srem'), editorialState: 'draft' as const };
    await database.db.transaction().execute((trx) => updateProject(trx, id, unpublish));
    expect(await slugsFor('srem')).not.toContain('remont-parku-srem');
    await database.db.transaction().execute((trx) => updateProject(trx, id, inputOf('remont-parku-srem')));
    expect(await slugsFor('srem')).toContain('remont-parku-srem');
  });

  it('drops a project archived by any writer, even one that bypasses the repositories', async () => {
    await database.db
      .updateTable('projects')
      .set({ editorial_state: 'archived' })
      .where('slug', '=', 'hala-targowa')
      .execute();
    await noticeWindow();
    expect(await slugsFor('targowa')).toEqual([]);
    expect(await slugsFor('"nowa"')).not.toContain('hala-targowa');
  });

  it('sees what another connection (another process) wrote', async () => {
    expect(await slugsFor('kieszonkowy')).toEqual(['park-kieszonkowy-szczecin']);
    const other = database.open();
    try {
      await deleteProject(other, await idOf('park-kieszonkowy-szczecin'));
    } finally {
      await other.destroy();
    }
    expect(await slugsFor('kieszonkowy')).toEqual([]);
  });

  it('indexes projects written without the repositories once reindexProjects is called', async () => {
    const id = await idOf('zlobek-w-lodzi');
    // What a bulk importer does: rows written directly, the index told afterwards.
    await database.db
      .updateTable('projects')
      .set({ title: 'Przedszkole integracyjne w Łodzi' })
      .where('id', '=', id)
      .execute();
    await noticeWindow();
    expect(await slugsFor('przedszkole')).toEqual([]);
    await reindexProjects(database.db, [id]);
    expect(await slugsFor('przedszkole')).toEqual(['zlobek-w-lodzi']);
    expect(await slugsFor('tęczą')).toEqual([]);
  });
});

describe('similar projects', () => {
  it('suggests projects of the same place and topics, never the project itself or a draft', async () => {
    const project = await getPublishedProject(database.db, 'hala-targowa');
    const similar = (await findSimilarProjects(database.db, project)).map((summary) => summary.slug);
    expect(similar[0]).toBe('rewitalizacja-rynku-podgorskiego');
    expect(similar).not.toContain('hala-targowa');

    const nursery = await getPublishedProject(database.db, 'zlobek-w-lodzi');
    const forNursery = (await findSimilarProjects(database.db, nursery)).map((summary) => summary.slug);
    expect(forNursery).not.toContain('tajny-szkic');
    expect(forNursery).not.toContain('zlobek-w-lodzi');
  });

  it('ranks projects sharing more (topic and words) first', async () => {
    const project = await getPublishedProject(database.db, 'kwerenda-0');
    const similar = await findSimilarProjects(database.db, project, 20);
    const slugs = similar.map((summary) => summary.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    expect(slugs.every((slug) => slug.startsWith('kwerenda-'))).toBe(true);
  });
});

// The saved facet index is the SQLite provider's: a file next to the database file.
describe.skipIf(testEngine() !== 'sqlite')('the saved facet index', () => {
  const snapshotFile = () => `${database.env.SPOJNIA_DB}.search-snapshot`;

  it('is written after a load and used at the next start, with the changes made meanwhile', async () => {
    const before = await search('', { sort: 'title-asc' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(snapshotFile())).toBe(true);
    await closeSearch(database.db);
    await deleteProject(database.db, await idOf('hala-targowa'));
    const id = await idOf('nowa-hala-sportowa');
    await database.db
      .transaction()
      .execute((trx) =>
        updateProject(trx, id, { ...inputOf('nowa-hala-sportowa'), title: 'Aaa – pierwsza hala w kolejności' }),
      );
    const after = await search('', { sort: 'title-asc' });
    expect(after.total).toBe(before.total - 1);
    expect(after.results[0]?.project.slug).toBe('nowa-hala-sportowa');
    expect(after.results.map((result) => result.project.slug)).not.toContain('hala-targowa');
  });

  it('is ignored when it is damaged', async () => {
    const expected = (await search('park')).total;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await closeSearch(database.db);
    writeFileSync(snapshotFile(), 'SPJSIDX4 not really');
    expect((await search('park')).total).toBe(expected);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../../src/services/auth/create-user.js';
import { updateOrganisation } from '../../src/services/organisations/save-organisation.js';
import { changeEditorialState } from '../../src/services/projects/change-editorial-state.js';
import { deleteProject } from '../../src/services/projects/delete-project.js';
import { createProjectWithRevision, editProject } from '../../src/services/projects/editorial-saves.js';
import { closeSearch } from '../../src/services/search/search-lifecycle.js';
import { type SearchInput, searchProjects } from '../../src/services/search/search-projects.js';
import { findOrganisationById } from '../../src/storage/repositories/organisation-repository.js';
import { buildOrganisationInput, buildProjectInput } from '../factories/project.js';
import type { TestDatabase } from '../helpers/database.js';
import { createSearchRegistry, placeIn } from '../helpers/search-registry.js';

// What the editorial area (/admin) does, through the same services its forms call.
let database: TestDatabase;
let editor: { id: number; email: string };

beforeEach(async () => {
  database = await createSearchRegistry();
  const email = 'redakcja@example.org';
  const id = await createUser(
    database.db,
    { email, name: 'Redakcja', role: 'administrator', password: 'correct horse battery staple', organisationSlugs: [] },
    null,
  );
  editor = { id, email };
});

afterEach(async () => {
  await closeSearch(database.db);
  await database.cleanup();
});

async function search(q: string, more: Partial<SearchInput> = {}) {
  return searchProjects(database.db, { q, filters: {}, pageSize: 50, facetLimit: 50, ...more });
}

async function slugsFor(q: string): Promise<string[]> {
  return (await search(q)).results.map((result) => result.project.slug);
}

function countOf(outcome: Awaited<ReturnType<typeof search>>, facet: string, key: string): number {
  const values = outcome.facets.find((counts) => counts.facet === facet)?.values ?? [];
  return values.find((value) => value.key === key)?.count ?? 0;
}

const GDYNIA = placeIn('Gdynia', 'pomorskie', '2262011');

const newProject = buildProjectInput({
  slug: 'molo-w-gdyni',
  title: 'Odbudowa mola spacerowego w Gdyni',
  summary: 'Nowe molo z przystanią.',
  status: 'in_progress',
  places: [GDYNIA],
});

describe('search follows the editorial area', () => {
  it('never shows a new draft, in results or in facet counts, until it is published', async () => {
    const before = await search('');
    const created = await createProjectWithRevision(database.db, newProject, editor);

    const asDraft = await search('');
    expect(await slugsFor('spacerowego')).toEqual([]);
    expect(asDraft.total).toBe(before.total);
    expect(countOf(asDraft, 'voivodeship', 'pomorskie')).toBe(countOf(before, 'voivodeship', 'pomorskie'));
    expect(countOf(asDraft, 'status', 'in_progress')).toBe(countOf(before, 'status', 'in_progress'));

    await changeEditorialState(database.db, created.id, 'published', editor);
    const published = await search('');
    expect(await slugsFor('gdyni molo')).toEqual(['molo-w-gdyni']);
    expect(published.total).toBe(before.total + 1);
    expect(countOf(published, 'voivodeship', 'pomorskie')).toBe(countOf(before, 'voivodeship', 'pomorskie') + 1);
  });

  it('finds a saved project by its new words only, and drops it once archived or taken back to draft', async () => {
    const created = await createProjectWithRevision(database.db, newProject, editor);
    await changeEditorialState(database.db, created.id, 'published', editor);
    const renamed = { ...newProject, title: 'Budowa przystani jachtowej w Gdyni' };
    await editProject(database.db, created.id, renamed, editor, null);
    expect(await slugsFor('przystani jachtowej')).toEqual(['molo-w-gdyni']);
    expect(await slugsFor('"mola spacerowego"')).toEqual([]);

    await changeEditorialState(database.db, created.id, 'archived', editor);
    expect(await slugsFor('jachtowej')).toEqual([]);
    await changeEditorialState(database.db, created.id, 'published', editor);
    expect(await slugsFor('jachtowej')).toEqual(['molo-w-gdyni']);
    await changeEditorialState(database.db, created.id, 'draft', editor);
    expect(await slugsFor('jachtowej')).toEqual([]);
  });

  it('forgets a deleted project with its counts', async () => {
    const created = await createProjectWithRevision(database.db, newProject, editor);
    await changeEditorialState(database.db, created.id, 'published', editor);
    const withIt = await search('');
    await deleteProject(database.db, created.id, editor);
    const without = await search('');
    expect(await slugsFor('spacerowego')).toEqual([]);
    expect(without.total).toBe(withIt.total - 1);
    expect(countOf(without, 'voivodeship', 'pomorskie')).toBe(countOf(withIt, 'voivodeship', 'pomorskie') - 1);
  });

  it('finds projects by the new name of a renamed organisation', async () => {
    const row = await database.db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', 'miasto-lodz')
      .executeTakeFirstOrThrow();
    const organisation = await findOrganisationById(database.db, row.id);
    if (!organisation) throw new Error('no organisation');
    expect(await slugsFor('bursztynowe')).toEqual([]);
    await updateOrganisation(
      database.db,
      row.id,
      buildOrganisationInput({ ...organisation, name: 'Bursztynowe Miasto Łódź', slug: organisation.slug }),
      editor,
    );
    expect(await slugsFor('bursztynowe')).toEqual(['zlobek-w-lodzi']);
  });
});

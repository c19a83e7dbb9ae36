import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.js';
import { createProject } from '../../src/services/projects/create-project.js';
import { updateProject } from '../../src/services/projects/update-project.js';
import { listProjectSummaries } from '../../src/storage/repositories/project-list.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { buildProjectInput } from '../factories/project.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;

beforeEach(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  await database.cleanup();
});

const translated = buildProjectInput({
  slug: 'zielone-podworka',
  title: 'Zielone podwórka',
  summary: 'Podwórka w centrum miasta',
  description: '<p>Opis po polsku</p>',
  goal: 'Cel po polsku',
  results: '<p>Efekty po polsku</p>',
  translations: {
    en: {
      title: 'Green courtyards',
      summary: '  Courtyards in the city centre  ',
      description: '<p onclick="alert(1)">English description</p><script>alert(2)</script>',
      goal: '   ',
      results: null,
    },
  },
  updates: [
    {
      date: '2024-05-01',
      datePrecision: 'day',
      title: 'Ruszyły prace',
      body: 'Pierwsze nasadzenia.',
      translations: { en: { title: 'Work has started' } },
    },
  ],
});

describe('English texts of a project', () => {
  it('are stored and read back; blank ones count as untranslated, rich text is sanitised', async () => {
    await createProject(database.db, translated);
    const project = await findProjectBySlug(database.db, 'zielone-podworka');
    expect(project?.title).toBe('Zielone podwórka');
    expect(project?.translations.en).toEqual({
      title: 'Green courtyards',
      summary: 'Courtyards in the city centre',
      description: '<p>English description</p>',
      goal: null,
      results: null,
    });
    expect(project?.updates[0]?.translations?.en).toEqual({ title: 'Work has started', body: null });
  });

  it('are optional: a project without them reads back with every English text null', async () => {
    await createProject(database.db, buildProjectInput({ slug: 'tylko-po-polsku' }));
    const project = await findProjectBySlug(database.db, 'tylko-po-polsku');
    expect(project?.translations.en).toEqual({
      title: null,
      summary: null,
      description: null,
      goal: null,
      results: null,
    });
  });

  it('go with the project into lists', async () => {
    await createProject(database.db, translated);
    const page = await listProjectSummaries(database.db, {}, { page: 1, pageSize: 10 });
    expect(page.items[0]?.translations?.en).toEqual({
      title: 'Green courtyards',
      summary: 'Courtyards in the city centre',
    });
  });

  it('change and disappear with an update', async () => {
    const { id } = await createProject(database.db, translated);
    await updateProject(database.db, id, {
      ...translated,
      translations: { en: { title: 'Green yards', goal: 'English goal' } },
      updates: [],
    });
    const project = await findProjectBySlug(database.db, 'zielone-podworka');
    expect(project?.translations.en).toMatchObject({ title: 'Green yards', summary: null, goal: 'English goal' });
    await updateProject(database.db, id, { ...translated, translations: undefined });
    expect((await findProjectBySlug(database.db, 'zielone-podworka'))?.translations.en?.title).toBeNull();
  });

  it('refuse an English title longer than the limit, naming the field', async () => {
    const tooLong = { ...translated, translations: { en: { title: 'x'.repeat(1001) } } };
    const error = await createProject(database.db, tooLong).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).problems.map((problem) => problem.path)).toEqual(['translations.en.title']);
    expect(await findProjectBySlug(database.db, 'zielone-podworka')).toBeNull();
  });
});

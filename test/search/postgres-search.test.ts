import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/services/projects/create-project.js';
import { closeSearch } from '../../src/services/search/search-lifecycle.js';
import { type SearchInput, searchProjects } from '../../src/services/search/search-projects.js';
import { searchSetupAdvice } from '../../src/services/search/set-up-search.js';
import { postgresSearchMode } from '../../src/storage/search/postgres/search-setup.js';
import { runCli } from '../cli/run-cli.js';
import { buildProjectInput } from '../factories/project.js';
import type { TestDatabase } from '../helpers/database.js';
import { createSearchRegistry } from '../helpers/search-registry.js';
import { testEngine } from '../helpers/test-engine.js';

// PostgreSQL's own search: the tsvector index before and after `spojnia db setup-search`.
// What both engines share (folding, prefixes, phrases, facets, paging) is in full-text.test.ts.

let database: TestDatabase;

/** Projects whose words appear only inflected, or only in one field, for what SQLite cannot show. */
const PROJECTS = [
  buildProjectInput({
    slug: 'festiwal-swiatla',
    title: 'Festiwal światła w Łodzi',
    summary: 'Instalacje świetlne na Piotrkowskiej.',
  }),
  buildProjectInput({
    slug: 'wyprawka-dla-zlobka',
    title: 'Wyprawka dla miejskiego żłobka',
    summary: 'Zabawki i meble dla najmłodszych.',
  }),
  buildProjectInput({
    slug: 'obserwatorium-ptakow',
    title: 'Obserwatorium ptaków nad Wartą',
    summary: 'Wieża widokowa dla szkół.',
  }),
  buildProjectInput({
    slug: 'sciezka-nad-warta',
    title: 'Ścieżka przyrodnicza nad Wartą',
    summary: 'Tablice o ptakach.',
    description: '<p>Na końcu ścieżki stoi stare obserwatorium meteorologiczne.</p>',
  }),
  buildProjectInput({
    slug: 'latarnia-rozewie',
    title: 'Modernizacja latarni morskiej',
    summary: 'Rozewie odzyskuje blask.',
  }),
];

async function slugsFor(q: string, more: Partial<SearchInput> = {}): Promise<string[]> {
  const outcome = await searchProjects(database.db, { q, filters: {}, pageSize: 50, facetLimit: 0, ...more });
  return outcome.results.map((result) => result.project.slug);
}

/** What must hold whether setup-search ran or not. */
function sharedBehaviour(): void {
  it.each(['lodz', 'Łódź', 'ŁÓDŹ', 'łodz'])('%s finds Łódź and Lodz', async (q) => {
    const slugs = await slugsFor(q);
    expect(slugs).toContain('zlobek-w-lodzi');
    expect(slugs).toContain('lodz-tampere');
    expect(slugs).toContain('festiwal-swiatla');
  });

  it('zlobek finds żłobek and Żłobek finds it too', async () => {
    expect(await slugsFor('zlobek')).toContain('zlobek-w-lodzi');
    expect(await slugsFor('ŻŁOBEK')).toContain('zlobek-w-lodzi');
  });

  it('a word finds longer words it begins', async () => {
    expect(await slugsFor('rewital')).toContain('rewitalizacja-rynku-podgorskiego');
    expect(await slugsFor('obserwat')).toEqual(expect.arrayContaining(['obserwatorium-ptakow', 'sciezka-nad-warta']));
  });

  it('a quoted phrase finds its words in a row, never across two fields', async () => {
    expect(await slugsFor('"nowa hala"')).toContain('nowa-hala-sportowa');
    expect(await slugsFor('"nowa hala"')).not.toContain('hala-targowa');
    expect(await slugsFor('"latarni morskiej"')).toEqual(['latarnia-rozewie']);
    expect(await slugsFor('"morskiej rozewie"')).toEqual([]);
  });

  it('-word leaves out what has it', async () => {
    const slugs = await slugsFor('hala -targowa');
    expect(slugs).toContain('nowa-hala-sportowa');
    expect(slugs).not.toContain('hala-targowa');
    expect(await slugsFor('obserwatorium -meteorologiczne')).toEqual(['obserwatorium-ptakow']);
  });

  it('ranks a project with the word in its title before one with it in the description', async () => {
    expect(await slugsFor('obserwatorium')).toEqual(['obserwatorium-ptakow', 'sciezka-nad-warta']);
    expect(await slugsFor('obserwatorium warta')).toEqual(['obserwatorium-ptakow', 'sciezka-nad-warta']);
  });

  it.each([
    '"',
    '-',
    "'",
    ':*',
    '!!',
    'a & b | !c',
    '<-> <2>',
    '(łódź',
    "o'reilly\\",
    '-"',
    'ł'.repeat(10_000),
    `${'"a" '.repeat(30)}`,
  ])('a strange query (%s) never fails', async (q) => {
    const outcome = await searchProjects(database.db, { q, filters: {}, pageSize: 10, facetLimit: 5 });
    expect(Array.isArray(outcome.results)).toBe(true);
  });
}

describe.skipIf(testEngine() !== 'postgres')('search on PostgreSQL', () => {
  beforeAll(async () => {
    database = await createSearchRegistry();
    for (const project of PROJECTS) await createProject(database.db, project);
  });

  afterAll(async () => {
    await closeSearch(database.db);
    await database.cleanup();
  });

  describe('before `spojnia db setup-search`: folding only', () => {
    it('is in folding mode, and the server log says how to enable stemming', async () => {
      expect(await postgresSearchMode(database.db)).toBe('folding');
      expect(await searchSetupAdvice(database.db)).toMatch(/spojnia db setup-search/);
    });

    sharedBehaviour();

    it('knows no inflected forms', async () => {
      expect(await slugsFor('żłobek')).not.toContain('wyprawka-dla-zlobka');
      expect(await slugsFor('"łódź"')).not.toContain('festiwal-swiatla');
    });
  });

  describe('after `spojnia db setup-search`', () => {
    let mode = '';
    beforeAll(async () => {
      const run = await runCli(['db', 'setup-search'], database.env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Reindexed \d+ projects/);
      mode = await postgresSearchMode(database.db);
      if (mode === 'polish') expect(run.stdout).toMatch(/Polish dictionary/);
      else console.warn(`No Polish dictionary (install hunspell-pl): ${run.stdout.trim()}`);
    }, 120_000);

    it('folds accents with unaccent, at least', () => {
      expect(['unaccent', 'polish']).toContain(mode);
    });

    sharedBehaviour();

    it('with the Polish dictionary, finds inflected forms: łódź finds "Łodzi", żłobek finds "żłobka"', async (context) => {
      if (mode !== 'polish') {
        context.skip('hunspell-pl is not installed where PostgreSQL runs: stemming not tested');
        return;
      }
      expect(await slugsFor('żłobek')).toEqual(expect.arrayContaining(['zlobek-w-lodzi', 'wyprawka-dla-zlobka']));
      expect(await slugsFor('"łódź"')).toContain('festiwal-swiatla');
      expect(await slugsFor('"łódź" -"żłobek"')).not.toContain('zlobek-w-lodzi');
      expect(await slugsFor('rewitalizacji')).toContain('rewitalizacja-rynku-podgorskiego');
      expect(await searchSetupAdvice(database.db)).toBeNull();
    });

    it('stays safe to run again', async () => {
      const run = await runCli(['db', 'setup-search'], database.env);
      expect(run.code).toBe(0);
      expect(await slugsFor('zlobek')).toContain('zlobek-w-lodzi');
    }, 120_000);
  });
});

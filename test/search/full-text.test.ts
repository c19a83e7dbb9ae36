import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SearchInput, searchProjects } from '../../src/services/search/search-projects.js';
import type { TestDatabase } from '../helpers/database.js';
import { createSearchRegistry } from '../helpers/search-registry.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createSearchRegistry();
});

afterAll(async () => {
  await database.cleanup();
});

async function search(q: string, more: Partial<SearchInput> = {}) {
  return searchProjects(database.db, { q, filters: {}, pageSize: 50, facetLimit: 0, ...more });
}

async function slugsFor(q: string, more: Partial<SearchInput> = {}): Promise<string[]> {
  return (await search(q, more)).results.map((result) => result.project.slug);
}

describe('diacritics fold both ways, ł included', () => {
  it.each(['lodz', 'Łódź', 'ŁÓDŹ', 'łodz', 'LODZ'])(
    '%s finds the nursery in Łódź and the project about Lodz',
    async (q) => {
      const slugs = await slugsFor(q);
      expect(slugs).toContain('zlobek-w-lodzi');
      expect(slugs).toContain('lodz-tampere');
    },
  );

  it('zlobek finds żłobek, and Żłobek finds it too', async () => {
    expect(await slugsFor('zlobek')).toEqual(['zlobek-w-lodzi']);
    expect(await slugsFor('Żłobek')).toEqual(['zlobek-w-lodzi']);
  });

  it('finds words with ś, ó and ń in any spelling', async () => {
    expect(await slugsFor('srem')).toContain('remont-parku-srem');
    expect(await slugsFor('podgorskiego')).toEqual(['rewitalizacja-rynku-podgorskiego']);
    expect(await slugsFor('szczecinskie')).toEqual(['kwerenda-7']);
  });
});

describe('prefixes, phrases and exclusions', () => {
  it('matches the start of a word: rewital finds rewitalizacja and rewitalizacji', async () => {
    expect((await slugsFor('rewital')).sort()).toEqual(['hajnowka-odnowa', 'rewitalizacja-rynku-podgorskiego']);
    // The whole word is still a prefix, but no longer of "rewitalizacji" (Hajnówka's title).
    expect(await slugsFor('rewitalizacja')).toEqual(['rewitalizacja-rynku-podgorskiego']);
  });

  it('needs every word to match', async () => {
    expect(await slugsFor('park szczecin')).toEqual(['park-kieszonkowy-szczecin']);
    expect(await slugsFor('park sopot')).toEqual([]);
  });

  it('does not treat one or two letters as a prefix', async () => {
    const withW = await search('hala w');
    expect(withW.results.map((result) => result.project.slug).sort()).toEqual(['hala-targowa', 'nowa-hala-sportowa']);
  });

  it('matches a quoted phrase only with its words together and in order', async () => {
    expect(await slugsFor('"nowa hala"')).toEqual(['nowa-hala-sportowa']);
    expect((await slugsFor('nowa hala')).sort()).toEqual(['hala-targowa', 'nowa-hala-sportowa']);
    expect(await slugsFor('„Pod Tęczą”')).toEqual(['zlobek-w-lodzi']);
  });

  it('excludes words written with a minus', async () => {
    expect((await slugsFor('park')).sort()).toEqual(['park-kieszonkowy-szczecin', 'remont-parku-srem']);
    expect(await slugsFor('park -remont')).toEqual(['park-kieszonkowy-szczecin']);
    expect(await slugsFor('park -"parku miejskiego"')).toEqual(['park-kieszonkowy-szczecin']);
  });

  it('with only excluded words, finds every published project without them', async () => {
    const all = await search('');
    const withoutKwerenda = await search('-kwerenda');
    expect(withoutKwerenda.total).toBe(all.total - 9);
    expect(withoutKwerenda.results.map((result) => result.project.slug)).not.toContain('kwerenda-0');
  });
});

describe('what is searched', () => {
  it('searches descriptions, beneficiary and partner names and places', async () => {
    expect(await slugsFor('kamienicy parteru')).toEqual(['zlobek-w-lodzi']);
    expect(await slugsFor('Miasto Łódź')).toContain('zlobek-w-lodzi');
    expect(await slugsFor('Tampereen')).toEqual(['lodz-tampere']);
    expect((await slugsFor('Kraków')).sort()).toEqual(
      expect.arrayContaining(['hala-targowa', 'rewitalizacja-rynku-podgorskiego']),
    );
  });

  it('never finds a draft, by any of its words', async () => {
    for (const q of ['szkic', 'wersja robocza', 'niepublikowana']) expect(await slugsFor(q)).toEqual([]);
    expect(await slugsFor('zlobek lodz')).toEqual(['zlobek-w-lodzi']);
  });
});

describe('ranking and highlighting', () => {
  it('ranks a title match above a match in the text', async () => {
    const slugs = await slugsFor('hala');
    expect(slugs[0]).toBe('nowa-hala-sportowa');
  });

  it('marks the matched words in the title and the text, in their original spelling', async () => {
    const [result] = (await search('lodz zlobek')).results;
    expect(result?.title).toEqual([
      { text: 'Żłobek', isMatch: true },
      { text: ' „Pod Tęczą” w ', isMatch: false },
      { text: 'Łodzi', isMatch: true },
    ]);
    expect(result?.snippet.filter((segment) => segment.isMatch).map((segment) => segment.text)).toEqual(['Łodzi']);
  });

  it('shows a passage of the description when only the description matches', async () => {
    const [result] = (await search('parteru')).results;
    expect(result?.snippet.some((segment) => segment.isMatch && segment.text === 'parteru')).toBe(true);
  });
});

describe('Polish alphabetical order', () => {
  const POLISH_ORDER = [
    'Lubelskie archiwum cyfrowe',
    'Lwowskie zbiory w bibliotece',
    'Łódzkie kino studyjne',
    'Sopockie molo w fotografii',
    'Szczecińskie stocznie – historia mówiona',
    'Śremskie rzemiosło',
    'Zakopiańskie zdobnictwo',
    'Źródła do dziejów Mazur',
    'Żyrardowskie zakłady lniarskie',
  ];

  it('sorts ł after l, ś after s, and ź, ż after z', async () => {
    const titles = (await search('kwerenda', { sort: 'title-asc' })).results.map((result) => result.project.title);
    expect(titles).toEqual(POLISH_ORDER);
  });

  it('sorts from Ż to A too', async () => {
    const titles = (await search('kwerenda', { sort: 'title-desc' })).results.map((result) => result.project.title);
    expect(titles).toEqual([...POLISH_ORDER].reverse());
  });

  it('sorts by value with unknown values last in both directions', async () => {
    const descending = (await search('kwerenda', { sort: 'value-desc' })).results.map((r) => r.project);
    const ascending = (await search('kwerenda', { sort: 'value-asc' })).results.map((r) => r.project);
    expect(descending.map((project) => project.totalValue?.amount ?? null)).toEqual([
      900_000_00,
      800_000_00,
      700_000_00,
      600_000_00,
      400_000_00,
      300_000_00,
      200_000_00,
      100_000_00,
      null,
    ]);
    expect(ascending.map((project) => project.totalValue?.amount ?? null)).toEqual([
      100_000_00,
      200_000_00,
      300_000_00,
      400_000_00,
      600_000_00,
      700_000_00,
      800_000_00,
      900_000_00,
      null,
    ]);
  });

  it('sorts by start date, newest or oldest first', async () => {
    const newest = (await search('kwerenda', { sort: 'start-desc' })).results.map((r) => r.project.startDate);
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = (await search('kwerenda', { sort: 'start-asc' })).results.map((r) => r.project.startDate);
    expect(oldest).toEqual([...newest].reverse());
  });
});

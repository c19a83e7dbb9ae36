import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { TestDatabase } from '../helpers/database.js';
import { createSearchRegistry } from '../helpers/search-registry.js';
import { cardLinks, cardTitles, decodeEntities, textOf, textsOf } from './html.js';

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createSearchRegistry();
  app = await buildApp({ db: database.db });
});

afterAll(async () => {
  await app.close();
  await database.cleanup();
});

async function get(url: string) {
  const response = await app.inject(url);
  return { status: response.statusCode, html: response.body, text: textOf(response.body) };
}

/** The notes a search page shows about what it ignored. */
function notesOf(html: string): string[] {
  const block = /<div class="notice search-notes"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
  return textsOf(block, 'li');
}

describe('the search box', () => {
  it.each(['/', '/projekty', '/projekty/zlobek-w-lodzi', '/programy', '/o-portalu', '/organizacje/miasto-lodz'])(
    '%s has a search form in its header that works without JavaScript',
    async (url) => {
      const page = await get(url);
      expect(page.status).toBe(200);
      const header = /<header class="site-header">[\s\S]*?<\/header>/.exec(page.html)?.[0] ?? '';
      expect(header).toMatch(/<form class="site-search" role="search" method="get" action="\/projekty"/);
      expect(header).toContain('<label for="site-search-q" class="visually-hidden">Szukaj projektów</label>');
      expect(header).toContain('<input id="site-search-q" type="search" name="q"');
    },
  );
});

describe('searching at /projekty?q=…', () => {
  it('finds Łódź by lodz, names the query in the heading and marks the matched words', async () => {
    const page = await get('/projekty?q=lodz');
    expect(textsOf(page.html, 'h1')).toEqual(['Projekty: „lodz”']);
    expect(cardTitles(page.html)).toEqual(
      expect.arrayContaining(['Żłobek „Pod Tęczą” w Łodzi', 'Smart city partnership of Lodz and Tampere']),
    );
    expect(page.html).toContain('<mark>Łodzi</mark>');
    expect(page.html).toContain('<mark>Lodz</mark>');
    expect(page.html).toContain('<input id="search-q" type="search" name="q" value="lodz"');
  });

  it('keeps the words when a facet is chosen, and the facet when the words change', async () => {
    const page = await get('/projekty?q=park');
    const link = /<a href="([^"]+)" class="facet__value"[^>]*>(?:(?!<\/a>)[\s\S])*?zachodniopomorskie/.exec(
      page.html,
    )?.[1];
    expect(decodeEntities(link ?? '')).toBe('/projekty?q=park&wojewodztwo=zachodniopomorskie');
    const narrowed = await get(decodeEntities(link ?? ''));
    expect(cardLinks(narrowed.html)).toEqual(['/projekty/park-kieszonkowy-szczecin']);
    expect(narrowed.html).toContain('<input type="hidden" name="wojewodztwo" value="zachodniopomorskie"/>');
  });

  it('sorts by title in Polish order when asked', async () => {
    const page = await get('/projekty?q=kwerenda&sortuj=title-asc');
    expect(cardTitles(page.html).slice(0, 3)).toEqual([
      'Lubelskie archiwum cyfrowe',
      'Lwowskie zbiory w bibliotece',
      'Łódzkie kino studyjne',
    ]);
    expect(page.html).toContain('<option value="title-asc" selected>');
  });

  it('pages through every result with plain next-page links, each result once', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/projekty?q=kwerenda&sortuj=value-desc';
    let pages = 0;
    while (url) {
      const page = await get(url);
      expect(page.status).toBe(200);
      seen.push(...cardLinks(page.html));
      pages += 1;
      const next = /<a href="([^"]+)" rel="next">/.exec(page.html)?.[1];
      url = next ? decodeEntities(next) : undefined;
      if (pages > 20) throw new Error('no end to the pages');
    }
    expect(pages).toBe(1);
    expect(new Set(seen).size).toBe(9);
    const all = await get('/projekty');
    const everyProject: string[] = [];
    let next: string | undefined = '/projekty';
    while (next) {
      const page = await get(next);
      everyProject.push(...cardLinks(page.html));
      const link = /<a href="([^"]+)" rel="next">/.exec(page.html)?.[1];
      next = link ? decodeEntities(link) : undefined;
    }
    expect(all.text).toContain(`Znaleziono: ${everyProject.length} projekt`);
    expect(new Set(everyProject).size).toBe(everyProject.length);
  });

  it('never shows a draft', async () => {
    const page = await get('/projekty?q=szkic');
    expect(page.text).toContain('Znaleziono: 0 projektów');
    expect(page.html).not.toContain('tajny-szkic');
  });
});

describe('strange queries are cleaned and the page says what was ignored', () => {
  it.each([
    [
      'an unbalanced quote',
      '/projekty?q=%22nowa+hala',
      ['cudzysłów nie miał pary – potraktowaliśmy go jak zwykły odstęp;'],
      'nowa-hala-sportowa',
    ],
    [
      'lone operators',
      '/projekty?q=park+-+AND',
      [
        '„-” to nie słowo – pominęliśmy je (szukamy wszystkich słów naraz, a -słowo wyklucza wyniki);',
        '„AND” to nie słowo – pominęliśmy je (szukamy wszystkich słów naraz, a -słowo wyklucza wyniki);',
      ],
      'park-kieszonkowy-szczecin',
    ],
    [
      'a 10 000-character query',
      `/projekty?q=park+${'Szczecin+'.repeat(1_100)}`,
      ['zapytanie było za długie – uwzględniliśmy pierwsze 200 znaków;'],
      'park-kieszonkowy-szczecin',
    ],
    [
      'unknown facet values',
      '/projekty?q=park&status=bogus&wojewodztwo=atlantyda',
      [
        'nie znamy wartości „bogus” filtra „Status” – pominęliśmy ją;',
        'nie znamy wartości „atlantyda” filtra „Województwo” – pominęliśmy ją;',
      ],
      'park-kieszonkowy-szczecin',
    ],
    [
      'a forged cursor',
      '/projekty?q=park&po=sfałszowany',
      ['odnośnik do dalszej strony wyników był nieprawidłowy – pokazujemy pierwszą stronę;'],
      'park-kieszonkowy-szczecin',
    ],
    [
      'only symbols',
      '/projekty?q=***',
      ['„***” to nie słowo – pominęliśmy je (szukamy wszystkich słów naraz, a -słowo wyklucza wyniki);'],
      'zlobek-w-lodzi',
    ],
  ])('%s', async (_name, url, notes, expectedSlug) => {
    const page = await get(url);
    expect(page.status).toBe(200);
    expect(notesOf(page.html)).toEqual(notes);
    expect(cardLinks(page.html)).toContain(`/projekty/${expectedSlug}`);
    expect(page.text).not.toMatch(/Error|at .*\.ts|stack/);
  });

  it('drops what it ignored from the links it offers', async () => {
    const page = await get('/projekty?q=park&status=bogus&status=completed');
    const links = [...page.html.matchAll(/href="(\/projekty\?[^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link).not.toContain('bogus');
    expect(links).toContain('/projekty?q=park');
  });
});

describe('the project page', () => {
  it('is sent gzipped to a browser that accepts it, the same page once unpacked', async () => {
    const plain = await app.inject('/projekty/park-kieszonkowy-szczecin');
    const packed = await app.inject({
      url: '/projekty/park-kieszonkowy-szczecin',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers.vary).toContain('accept-encoding');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(packed.rawPayload).toString('utf8')).toBe(plain.body);
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });

  it('shows what was just written, even when it was served from memory before', async () => {
    const before = await get('/projekty/park-kieszonkowy-szczecin');
    expect(textsOf(before.html, 'h1')).toEqual(['Park kieszonkowy w Szczecinie']);
    // A write through another connection, as another process (an import, the admin) would make.
    const other = database.open();
    try {
      await other
        .updateTable('projects')
        .set({ title: 'Park kieszonkowy przy Wałach' })
        .where('slug', '=', 'park-kieszonkowy-szczecin')
        .execute();
    } finally {
      await other.destroy();
    }
    // Another process's commit is noticed within 20 ms.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const after = await get('/projekty/park-kieszonkowy-szczecin');
    expect(textsOf(after.html, 'h1')).toEqual(['Park kieszonkowy przy Wałach']);
  });

  it('shows similar projects, linked, after every fact of the project', async () => {
    const page = await get('/projekty/hala-targowa');
    const section = /<section id="podobne"[\s\S]*?<\/section>/.exec(page.html)?.[0] ?? '';
    expect(textsOf(section, 'h2')).toEqual(['Podobne projekty']);
    expect(cardLinks(section)).toContain('/projekty/rewitalizacja-rynku-podgorskiego');
    expect(cardLinks(section)).not.toContain('/projekty/hala-targowa');
    expect(page.html).toContain('<a href="#podobne">Podobne projekty</a>');
  });
});

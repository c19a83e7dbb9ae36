import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { browseProjects } from '../../src/services/projects/browse-projects.js';
import { createDemoDatabase, type TestDatabase } from '../helpers/database.js';
import { cardLinks, cardTitles, decodeEntities, sectionById, textOf, textsOf } from './html.js';

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createDemoDatabase(12);
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

/** The href of the language switch and of the hreflang links in the head. */
function languageLinks(html: string) {
  const switchTo = /<nav class="lang-switch"[^>]*><a href="([^"]*)" hreflang="(\w+)" lang="(\w+)"/.exec(html);
  const alternates = Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]*)"\/>/g)].map((m) => [
      m[1],
      decodeEntities(m[2] ?? ''),
    ]),
  );
  return { switchHref: decodeEntities(switchTo?.[1] ?? ''), switchLang: switchTo?.[2], alternates };
}

const PAIRS: readonly [string, string, string, string][] = [
  [
    '/',
    '/en/',
    'Projekty z funduszy europejskich – w jednym, otwartym rejestrze',
    'EU-funded projects – in one open registry',
  ],
  ['/projekty', '/en/projects', 'Projekty', 'Projects'],
  ['/projekty/urb-inclusion', '/en/projects/urb-inclusion', 'URB-INCLUSION', 'URB-INCLUSION'],
  [
    '/organizacje/owop-bialystok',
    '/en/organisations/owop-bialystok',
    'Ośrodek Wspierania Organizacji Pozarządowych',
    'Ośrodek Wspierania Organizacji Pozarządowych',
  ],
  ['/programy', '/en/programmes', 'Programy', 'Programmes'],
  [
    '/programy/power-2014-2020',
    '/en/programmes/power-2014-2020',
    'Program Operacyjny Wiedza Edukacja Rozwój 2014-2020',
    'Knowledge Education Development Operational Programme 2014-2020',
  ],
  ['/o-portalu', '/en/about', 'O portalu Spójnia', 'About Spójnia'],
];

describe('every public page in both languages', () => {
  it.each(PAIRS)(
    '%s and %s are the same page, each in its language, linked to the other',
    async (plUrl, enUrl, plH1, enH1) => {
      const polish = await get(plUrl);
      const english = await get(enUrl);
      expect(polish.status).toBe(200);
      expect(english.status).toBe(200);
      expect(polish.html.startsWith('<!doctype html><html lang="pl">')).toBe(true);
      expect(english.html.startsWith('<!doctype html><html lang="en">')).toBe(true);
      expect(textsOf(polish.html, 'h1')).toEqual([plH1]);
      expect(textsOf(english.html, 'h1')).toEqual([enH1]);

      const fromPolish = languageLinks(polish.html);
      expect(fromPolish.switchHref).toBe(enUrl);
      expect(fromPolish.switchLang).toBe('en');
      const fromEnglish = languageLinks(english.html);
      expect(fromEnglish.switchHref).toBe(plUrl);
      expect(fromEnglish.switchLang).toBe('pl');
      for (const links of [fromPolish.alternates, fromEnglish.alternates]) {
        // Absolute, on the request's host (no PUBLIC_URL in tests).
        const absolute = (path: string) => `http://localhost${path}`;
        expect(links).toEqual({ pl: absolute(plUrl), en: absolute(enUrl), 'x-default': absolute(plUrl) });
      }
      expect(english.html).not.toMatch(/<script(?! type="application\/ld\+json")|\sstyle=|<style/);
    },
  );

  it('keeps the query string when switching language', async () => {
    const english = await get('/en/projects?q=park&status=completed&sortuj=title-asc');
    expect(languageLinks(english.html).switchHref).toBe('/projekty?q=park&status=completed&sortuj=title-asc');
    // What the search ignored is not carried over.
    const cleaned = await get('/en/projects?q=park&status=bogus&strona=1');
    expect(languageLinks(cleaned.html).switchHref).toBe('/projekty?q=park');
    const polish = await get('/projekty?program=urbact-iii');
    expect(languageLinks(polish.html).switchHref).toBe('/en/projects?program=urbact-iii');
  });

  it('English navigation, cards and pagination stay in English', async () => {
    const page = await get('/en/projects');
    for (const href of ['/en/projects', '/en/programmes', '/en/about', '/en/']) {
      expect(page.html).toContain(`href="${href}"`);
    }
    for (const link of cardLinks(page.html)) expect(link).toMatch(/^\/en\/projects\//);
    expect(page.html).toMatch(/<form method="get" action="\/en\/projects"/);
  });
});

describe('English texts of a project', () => {
  it('shows the translated title, summary, goal and news of a seed project', async () => {
    const page = await get('/en/projects/urb-inclusion');
    expect(page.text).toContain('Kraków develops ways to fight urban poverty and social exclusion');
    expect(textOf(sectionById(page.html, 'cel'))).toContain('To work out, together with the partners');
    expect(textOf(sectionById(page.html, 'opis'))).toContain('International (among the partners)');
    expect(textsOf(sectionById(page.html, 'aktualnosci'), 'h3')).toEqual([
      'Second phase approved',
      'Application for the second phase submitted',
      'The preparatory phase has ended',
    ]);
    // Similar projects further down may be untranslated, and are marked as such; this project's texts are not.
    const ownTexts = page.html.slice(0, page.html.indexOf('id="podobne"'));
    expect(ownTexts).not.toContain('class="lang-note"');
  });

  it('shows an untranslated text in Polish, marked visibly and with lang="pl"', async () => {
    const page = await get('/en/projects/hajnowka-odnowa');
    expect(textsOf(page.html, 'h1')).toEqual([
      'Hajnówka OdNowa. Cooperation in revitalisation – experience from Reggio Emilia',
    ]);
    const description = sectionById(page.html, 'opis');
    expect(textsOf(description, 'h2')).toEqual(['Description (in Polish)']);
    expect(description).toContain('<div lang="pl"><div class="rich-text"><p>Ośrodek Wspierania Organizacji');
    // Translated sections carry no mark.
    expect(textsOf(sectionById(page.html, 'cel'), 'h2')).toEqual(['Goal of the project']);
  });

  it('marks the Polish title of an untranslated project in lists', async () => {
    const page = await get('/en/projects');
    const titles = cardTitles(page.html);
    expect(titles).toContain('URB-INCLUSION');
    const untranslated = titles.filter((title) => title.endsWith('(in Polish)'));
    expect(untranslated.length).toBeGreaterThan(0);
    expect(page.html).toMatch(/<h3 class="card__title"><a href="\/en\/projects\/[^"]+" lang="pl">/);
  });

  it('never marks anything on Polish pages', async () => {
    const page = await get('/projekty/hajnowka-odnowa');
    expect(page.html).not.toContain('lang-note');
    expect(page.html.slice(page.html.indexOf('<body'))).not.toContain('lang="pl"');
  });
});

describe('numbers, money, dates and plurals per language', () => {
  it('formats the money and dates of a project in en-GB', async () => {
    const page = await get('/en/projects/hajnowka-odnowa');
    expect(page.text).toContain('Total value PLN 1,015,798.80');
    expect(page.text).toContain('Co-financing rate 96.46%');
    expect(page.text).toContain('Starts 1 July 2018');
    const polish = await get('/projekty/hajnowka-odnowa');
    expect(polish.text).toContain('1 015 798,80 zł');
    expect(polish.text).toContain('96,46 %');
    expect(polish.text).toContain('1 lipca 2018');
  });

  it('counts projects with the plural forms of each language', async () => {
    const total = (await browseProjects(database.db, {}, { page: 1, pageSize: 1 })).total;
    expect((await get('/en/projects')).text).toContain(`Found: ${total} projects`);
    expect((await get('/en/projects?program=urbact-iii')).text).toMatch(/Found: \d+ projects?\b/);
    expect((await get('/en/projects?q=niemaTakiegoSlowa')).text).toContain('Found: 0 projects');
    expect((await get('/projekty?q=niemaTakiegoSlowa')).text).toContain('Znaleziono: 0 projektów');
  });
});

describe('English error pages', () => {
  it.each(['/en/projects/no-such-project', '/en/organisations/none', '/en/no/such/page'])(
    '%s answers 404 in English',
    async (url) => {
      const page = await get(url);
      expect(page.status).toBe(404);
      expect(page.html.startsWith('<!doctype html><html lang="en">')).toBe(true);
      expect(textsOf(page.html, 'h1')).toEqual(['We could not find this page']);
      expect(page.html).toContain('href="/en/projects"');
      expect(page.html).toContain('<meta name="robots" content="noindex"/>');
    },
  );

  it('answers a bad query with a readable English 400', async () => {
    // The search page cleans whatever it is given; a programme's list still refuses a bad page number.
    const page = await get('/en/programmes/urbact-iii?strona=abc');
    expect(page.status).toBe(400);
    expect(textsOf(page.html, 'h1')).toEqual(['We do not understand this address']);
    expect(page.text).toContain('The page number (“strona”) must be a whole number');
  });

  it('keeps Polish error pages Polish', async () => {
    const page = await get('/nie-ma/takiej/strony');
    expect(page.html.startsWith('<!doctype html><html lang="pl">')).toBe(true);
    expect(languageLinks(page.html).switchHref).toBe('/en/');
  });
});

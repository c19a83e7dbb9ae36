import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { updateProject } from '../../src/services/projects/update-project.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { buildProjectInput } from '../factories/project.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { seedNewsRegistry } from './feed-fixtures.js';

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedNewsRegistry(database.db);
  app = await buildApp({ db: database.db, publicUrl: 'https://projekty.example.gov.pl' });
});

afterAll(async () => {
  await app.close();
  await database.cleanup();
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link'].includes(name),
});

type Attributed = { '#text': string; '@xml:lang'?: string; '@type'?: string };
interface AtomEntry {
  id: string;
  title: Attributed;
  content: Attributed;
  updated: string;
  published: string;
  link: { '@rel': string; '@href': string }[];
  author?: { name: string };
}

async function feed(url: string) {
  const response = await app.inject(url);
  expect(response.statusCode, url).toBe(200);
  expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(XMLValidator.validate(response.body), url).toBe(true);
  const document = parser.parse(response.body).feed;
  return { response, document, entries: (document.entry ?? []) as AtomEntry[] };
}

describe('Atom feeds of project news', () => {
  it('the portal feed is valid Atom with every news item of published projects, newest first, no drafts', async () => {
    const { document, entries, response } = await feed('/aktualnosci.atom');
    expect(document['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(document['@xml:lang']).toBe('pl');
    expect(document.id).toBe('tag:projekty.example.gov.pl,2025:spojnia/news/pl');
    expect(document.author.name).toBe('Spójnia');
    expect(document.updated).toBe('2024-06-15T00:00:00Z');
    const links = Object.fromEntries(
      (document.link as { '@rel': string; '@href': string; '@type': string }[])
        .filter((link) => link['@rel'] !== 'alternate' || link['@type'] === 'text/html')
        .map((link) => [link['@rel'], link['@href']]),
    );
    expect(links).toEqual({
      self: 'https://projekty.example.gov.pl/aktualnosci.atom',
      alternate: 'https://projekty.example.gov.pl/',
      license: 'https://projekty.example.gov.pl/licencja',
    });
    expect(document.rights['#text']).toContain('CC BY 4.0');
    expect(response.headers.link).toBe('<https://projekty.example.gov.pl/licencja>; rel="license"');
    expect(entries.map((entry) => entry.title['#text'])).toEqual([
      'Nowa pracownia',
      'Otwarcie parku',
      'Przetarg </title><script>alert(1)</script> & "cudzysłów"',
    ]);
    expect(response.body).not.toContain('Tajna');
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:projekty\.example\.gov\.pl,2025:spojnia\/project\/\d+\/update\/[0-9a-f]{20}\/pl$/);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
    expect(entries[1]?.link[0]?.['@href']).toBe('https://projekty.example.gov.pl/projekty/park-a#aktualnosci');
    expect(entries[1]?.author?.name).toBe('Gmina A');
  });

  it('escapes every text and sends the body as sanitised HTML', async () => {
    const { entries, response } = await feed('/projekty/park-a/aktualnosci.atom');
    expect(response.body).not.toContain('<script>');
    const hostile = entries.find((entry) => entry.title['#text'].startsWith('Przetarg'));
    expect(hostile?.content['@type']).toBe('html');
    // Plain text stays text: the HTML of the content shows the tags as characters, as the page does.
    expect(hostile?.content['#text']).toContain('<p>Tekst &lt;b&gt;nie&lt;/b&gt; jest HTML-em</p>');
    const opening = entries.find((entry) => entry.title['#text'] === 'Otwarcie parku');
    expect(opening?.content['#text']).toMatch(
      /^<p>Park jest otwarty\.<\/p><p>Zapraszamy!<\/p><p>Projekt: <a href="https:\/\/projekty\.example\.gov\.pl\/projekty\/park-a"/,
    );
  });

  it('in English: translated texts marked en, untranslated ones pl', async () => {
    const { document, entries } = await feed('/en/projects/park-a/news.atom');
    expect(document['@xml:lang']).toBe('en');
    expect(document.title['#text']).toBe('News of the project: Park w Gminie A');
    const [opening, tender] = entries;
    expect(opening?.title).toMatchObject({ '#text': 'The park opens', '@xml:lang': 'en' });
    expect(opening?.content['@xml:lang']).toBe('en');
    expect(tender?.title['@xml:lang']).toBe('pl');
    expect(tender?.content['@xml:lang']).toBe('pl');
    expect(opening?.id).toMatch(/\/en$/);
  });

  it('the organisation feed has the news of projects it leads and of those it is a partner in', async () => {
    const { entries } = await feed('/organizacje/gmina-a/aktualnosci.atom');
    expect(entries.map((entry) => entry.title['#text'])).toEqual([
      'Nowa pracownia',
      'Otwarcie parku',
      'Przetarg </title><script>alert(1)</script> & "cudzysłów"',
    ]);
    const partnerOnly = await feed('/en/organisations/fundacja-b/news.atom');
    expect(partnerOnly.entries.map((entry) => entry.title['#text'])).toEqual(['Nowa pracownia']);
  });

  it('keeps entry ids when the project is saved again, and a draft has no feed', async () => {
    const before = (await feed('/projekty/park-a/aktualnosci.atom')).entries.map((entry) => entry.id);
    const stored = await findProjectBySlug(database.db, 'park-a');
    if (!stored) throw new Error('park-a is missing');
    // A save rewrites every news row; a body edit must not make readers see a new item.
    await updateProject(
      database.db,
      stored.id,
      buildProjectInput({
        slug: 'park-a',
        title: 'Park w Gminie A (nowy tytuł)',
        beneficiarySlug: 'gmina-a',
        updates: stored.updates.map((item) => ({ ...item, body: `${item.body} Poprawione.` })),
      }),
    );
    const after = (await feed('/projekty/park-a/aktualnosci.atom')).entries.map((entry) => entry.id);
    expect(after).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
    expect((await app.inject('/projekty/szkic/aktualnosci.atom')).statusCode).toBe(404);
    expect((await app.inject('/organizacje/nie-ma/aktualnosci.atom')).statusCode).toBe(404);
  });

  it('pages announce their feeds in the head and link them visibly', async () => {
    const project = (await app.inject('/projekty/park-a')).body;
    expect(project).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Aktualności projektu: Park w Gminie A (nowy tytuł)" href="https://projekty.example.gov.pl/projekty/park-a/aktualnosci.atom"/>',
    );
    expect(project).toContain('<a href="/projekty/park-a/aktualnosci.atom" type="application/atom+xml">');
    const organisation = (await app.inject('/en/organisations/gmina-a')).body;
    expect(organisation).toContain('href="https://projekty.example.gov.pl/en/organisations/gmina-a/news.atom"');
    expect(organisation).toContain('<a href="/en/organisations/gmina-a/news.atom" type="application/atom+xml">');
    const home = (await app.inject('/en/')).body;
    expect(home).toContain('<a href="/en/news.atom" type="application/atom+xml">');
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { browseProjects } from '../../src/services/projects/browse-projects.js';
import { createDemoDatabase, type TestDatabase } from '../helpers/database.js';
import { sectionById, textOf, textsOf } from './html.js';

const DEMO_BADGE = 'Dane demonstracyjne – projekt wymyślony do pokazu';

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

async function page(url: string): Promise<{ html: string; text: string }> {
  const response = await app.inject(url);
  expect(response.statusCode, url).toBe(200);
  return { html: response.body, text: textOf(response.body) };
}

describe('the URB-INCLUSION page (seed page 000)', () => {
  let html: string;
  let text: string;
  beforeAll(async () => {
    ({ html, text } = await page('/projekty/urb-inclusion'));
  });

  it('shows the title as the one h1, the money and the derived rate and own contribution', () => {
    expect(textsOf(html, 'h1')).toEqual(['URB-INCLUSION']);
    const money = textOf(sectionById(html, 'finansowanie'));
    expect(money).toContain('Wartość projektu 33 500,00 zł');
    expect(money).toContain('Dofinansowanie 28 475,00 zł');
    expect(money).toContain('Poziom dofinansowania 85 %');
    expect(money).toContain('Wkład własny 5 025,00 zł');
    // Polish groups digits with a non-breaking space, 4-digit amounts too.
    expect(html).toContain('5\u00a0025,00\u00a0zł');
    expect(html).toContain('33\u00a0500,00\u00a0zł');
  });

  it('shows programme, period, topics, category, status and dates', () => {
    const facts = textOf(sectionById(html, 'program'));
    expect(facts).toContain('URBACT III');
    expect(facts).toContain('Okres programowy 2014-2020');
    expect(facts).toContain('Rewitalizacja');
    expect(facts).toContain('Sprawy społeczne');
    expect(facts).toContain('Kategoria nieinwestycyjny');
    expect(facts).toContain('w trakcie realizacji');
    expect(facts).toContain('Realizacja od 10 września 2016');
    expect(facts).toContain('Realizacja do 31 marca 2017');
    expect(html).toContain('href="/programy/urbact-iii"');
  });

  it('says the status may be out of date, since the end date has passed', () => {
    expect(text).toContain('Planowana data zakończenia minęła – status może być nieaktualny');
  });

  it('shows both phases: the 6-month preparatory one and the 24-month one', () => {
    const phases = textOf(sectionById(html, 'etapy'));
    expect(phases).toContain('Faza przygotowawcza');
    expect(phases).toContain('10 września 2016 – 31 marca 2017');
    expect(phases).toContain('6 miesięcy');
    expect(phases).toContain('Druga faza realizacji');
    expect(phases).toContain('24 miesiące');
    expect(phases).toContain('zakończony');
    expect(phases).toContain('planowany');
  });

  it('lists Kraków as beneficiary and all eight partner cities with their countries', () => {
    const people = textOf(sectionById(html, 'realizatorzy'));
    expect(people).toContain('Beneficjent Gmina Miejska Kraków – Kraków, Polska');
    expect(people).toContain('Partnerzy ponadnarodowi');
    for (const [city, country] of [
      ['Barcelona', 'Hiszpania'],
      ['Kopenhaga', 'Dania'],
      ['Trikala', 'Grecja'],
      ['Lyon', 'Francja'],
      ['Neapol', 'Włochy'],
      ['Turyn', 'Włochy'],
      ['Timișoara', 'Rumunia'],
      ['Glasgow', 'Wielka Brytania'],
    ]) {
      expect(people).toContain(`${city}, ${country}`);
    }
    expect(html).toContain('href="/organizacje/gmina-miejska-krakow"');
  });

  it('shows the Local Support Group with its members', () => {
    const groups = textOf(sectionById(html, 'grupy'));
    expect(groups).toContain('Lokalna Grupa Wsparcia');
    expect(groups).toContain('Urząd Miasta Krakowa (UMK)');
    expect(groups).toContain('Miejski Ośrodek Pomocy Społecznej (MOPS)');
    expect(groups).toContain('Zarząd Budynków Komunalnych (ZBK)');
    expect(groups).toContain('przedstawiciele mieszkańców');
  });

  it('shows the place down to the Azory estate, with TERYT code and coordinates', () => {
    const place = textOf(sectionById(html, 'miejsce'));
    expect(place).toContain('osiedle Azory');
    expect(place).toContain('Województwo małopolskie');
    expect(place).toContain('Kod TERYT gminy 1261011');
    expect(place).toContain('50,0876° N, 19,9051° E');
  });

  it('says it continues the USER project', () => {
    expect(textOf(sectionById(html, 'powiazane'))).toContain('kontynuacja projektu USER');
  });

  it('shows the dated updates newest first, each as precisely as it is known', () => {
    const updates = textOf(sectionById(html, 'aktualnosci'));
    expect(updates).toContain('Druga faza zatwierdzona 6 czerwca 2017');
    expect(updates).toContain('Wniosek na drugą fazę złożony kwiecień 2017');
    expect(updates.indexOf('6 czerwca 2017')).toBeLessThan(updates.indexOf('kwiecień 2017'));
    expect(updates.indexOf('kwiecień 2017')).toBeLessThan(updates.indexOf('31 marca 2017'));
  });

  it('shows the description with both levels of the project and the logo placeholder', () => {
    const description = sectionById(html, 'opis');
    expect(textsOf(description, 'h3')).toEqual([
      'Na szczeblu międzynarodowym (partnerskim)',
      'Na szczeblu lokalnym (w Krakowie)',
    ]);
    expect(textOf(description)).toContain('Kopenhagą, Trikalą, Lyonem, Neapolem, Turynem, Timisoarą i Glasgow');
    expect(html).toMatch(/<img class="project-header__logo" src="\/static\/logo-placeholder.svg" alt="[^"]+"/);
  });

  it('is not marked as demo data', () => {
    expect(text).not.toContain(DEMO_BADGE);
  });
});

describe('the Hajnówka OdNowa page (seed page 001)', () => {
  let html: string;
  let text: string;
  beforeAll(async () => {
    ({ html, text } = await page('/projekty/hajnowka-odnowa'));
  });

  it('shows the full title and the money exactly as published', () => {
    expect(textsOf(html, 'h1')).toEqual([
      'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
    ]);
    const money = textOf(sectionById(html, 'finansowanie'));
    expect(money).toContain('Wartość projektu 1 015 798,80 zł');
    expect(money).toContain('Dofinansowanie 979 798,80 zł');
    expect(money).toContain('Poziom dofinansowania 96,46 %');
    expect(money).toContain('Wkład własny 36 000,00 zł');
    expect(html).toContain('1\u00a0015\u00a0798,80\u00a0zł');
  });

  it('breaks the co-financing down into the EU and state-budget parts in a table', () => {
    const table = sectionById(html, 'finansowanie');
    expect(table).toContain('<caption>');
    expect(table).toContain('<th scope="col">');
    const rows = textOf(table);
    expect(rows).toContain('Unia Europejska 957 796,69 zł');
    expect(rows).toContain('Dotacja celowa z budżetu państwa 22 002,11 zł');
    expect(rows).toContain('Dofinansowanie razem 979 798,80 zł');
    expect(rows).toContain('36 000,00 zł');
    // The split of the total value is drawn as SVG rectangles, not inline styles, and said in words.
    expect(table).toMatch(/<rect class="funding-bar__part funding-bar__part--eu" x="0.000" y="0" width="94.290"/);
    expect(rows).toContain('Unia Europejska 94,29 % (957 796,69 zł)');
    expect(rows).toContain('Dotacja celowa z budżetu państwa 2,17 % (22 002,11 zł)');
    expect(rows).toContain('Wkład własny 3,54 % (36 000,00 zł)');
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('shows the programme with its priority axis and measure', () => {
    const facts = textOf(sectionById(html, 'program'));
    expect(facts).toContain('POWER');
    expect(facts).toContain('Oś priorytetowa IV');
    expect(facts).toContain('Innowacje społeczne i współpraca ponadnarodowa');
    expect(facts).toContain('Działanie 4.3');
    expect(facts).toContain('Współpraca ponadnarodowa');
    expect(facts).toContain('Realizacja od 1 lipca 2018');
    expect(facts).toContain('Realizacja do 28 września 2021');
  });

  it('shows the goal, and the three components and five principles as list items', () => {
    expect(textOf(sectionById(html, 'cel'))).toContain(
      'Celem projektu jest rozwój funkcji społeczno-gospodarczych Miasta Hajnówka',
    );
    const description = sectionById(html, 'opis');
    const ordered = /<ol>([\s\S]*?)<\/ol>/.exec(description)?.[1] ?? '';
    expect(textsOf(ordered, 'li')).toEqual([
      'Modelu zlecania usług konsorcjom PES,',
      'Modelu zarządzania Konsorcjum PES oraz',
      'Modelu usług społecznych świadczonych przez konsorcjum PES.',
    ]);
    const bullets = /<ul>([\s\S]*?)<\/ul>/.exec(description)?.[1] ?? '';
    const principles = textsOf(bullets, 'li');
    expect(principles).toHaveLength(5);
    expect(principles[0]).toContain('pozwolą na wypracowanie trwałych rozwiązań');
    expect(principles[4]).toContain('uwzględnią lokalny potencjał oraz zasoby');
  });

  it('shows the beneficiary, the partners by role and the university with its faculty', () => {
    const people = textOf(sectionById(html, 'realizatorzy'));
    expect(people).toContain('Beneficjent Ośrodek Wspierania Organizacji Pozarządowych – Białystok, Polska');
    expect(people).toContain('Partnerzy Gmina Miejska Hajnówka');
    expect(people).toContain('Partnerzy ponadnarodowi La Polveriera – Reggio Emilia, Włochy');
    expect(people).toContain('Politechnika Białostocka');
    expect(people).toContain('Wydział Wzornictwa Przemysłowego');
    expect(html).toContain('href="/organizacje/owop-bialystok"');
    expect(html).toContain('href="/organizacje/la-polveriera"');
  });

  it('shows the place in podlaskie and the contact', () => {
    const place = textOf(sectionById(html, 'miejsce'));
    expect(place).toContain('Hajnówka');
    expect(place).toContain('Województwo podlaskie');
    expect(place).toContain('Kod TERYT gminy 2005011');
    const contact = textOf(sectionById(html, 'kontakt'));
    expect(contact).toContain('Jeśli jesteś zainteresowany informacjami o projekcie prosimy o kontakt');
    expect(contact).toContain('Ośrodek Wspierania Organizacji Pozarządowych');
  });

  it('is not marked as demo data', () => {
    expect(text).not.toContain(DEMO_BADGE);
  });
});

describe('demo projects', () => {
  it('carry the demo badge on their page and in lists', async () => {
    const { items } = await browseProjects(database.db, {}, { page: 1, pageSize: 100 });
    const demo = items.filter((item) => item.isDemo);
    expect(demo.length).toBeGreaterThan(0);
    for (const project of demo.slice(0, 3)) {
      const { text } = await page(`/projekty/${project.slug}`);
      expect(text).toContain(DEMO_BADGE);
    }
    const list = await page('/projekty');
    expect(list.text).toContain('dane demonstracyjne');
  });
});

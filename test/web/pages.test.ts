import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { browseProjects } from '../../src/services/projects/browse-projects.js';
import { createProject } from '../../src/services/projects/create-project.js';
import { buildProjectInput } from '../factories/project.js';
import { createDemoDatabase, createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { cardLinks, cardTitles, decodeEntities, textOf, textsOf } from './html.js';

const GENERATED = 30;

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createDemoDatabase(GENERATED);
  app = await buildApp({ db: database.db });
});

afterAll(async () => {
  await app.close();
  await database.cleanup();
});

async function get(url: string) {
  const response = await app.inject(url);
  return {
    status: response.statusCode,
    type: response.headers['content-type'],
    html: response.body,
    text: textOf(response.body),
  };
}

async function total(filters: Parameters<typeof browseProjects>[1] = {}): Promise<number> {
  return (await browseProjects(database.db, filters, { page: 1, pageSize: 1 })).total;
}

describe('every public page', () => {
  it.each([
    ['/', 'Projekty z funduszy europejskich – w jednym, otwartym rejestrze'],
    ['/projekty', 'Projekty'],
    ['/projekty/hajnowka-odnowa', 'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia'],
    ['/organizacje/owop-bialystok', 'Ośrodek Wspierania Organizacji Pozarządowych'],
    ['/programy', 'Programy'],
    ['/programy/power-2014-2020', 'Program Operacyjny Wiedza Edukacja Rozwój 2014-2020'],
    ['/o-portalu', 'O portalu Spójnia'],
  ])('%s answers 200 with one h1, landmarks and a skip link', async (url, heading) => {
    const page = await get(url);
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.html.startsWith('<!doctype html><html lang="pl">')).toBe(true);
    expect(textsOf(page.html, 'h1')).toEqual([heading]);
    for (const landmark of ['<header class="site-header">', '<nav class="site-nav"', '<main id="main"', '<footer']) {
      expect(page.html).toContain(landmark);
    }
    expect(page.html).toContain('<a class="skip-link" href="#main">');
    // The CSP allows no inline scripts or styles.
    expect(page.html).not.toMatch(/<script(?! type="application\/ld\+json")|\sstyle=|<style/);
  });

  it.each(['/', '/projekty/hajnowka-odnowa', '/no-such-page'])(
    '%s is served with a strict content security policy and the other security headers',
    async (url) => {
      const { headers } = await app.inject(url);
      const policy = String(headers['content-security-policy']).split(';');
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'self'",
      ]) {
        expect(policy).toContain(directive);
      }
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      // Visitors are never given a cookie.
      expect(headers['set-cookie']).toBeUndefined();
    },
  );

  it('serve the stylesheet and the logo placeholder from /static/', async () => {
    const css = await app.inject('/static/site.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.body).toContain('prefers-reduced-motion');
    const logo = await app.inject('/static/logo-placeholder.svg');
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toContain('image/svg+xml');
  });
});

describe('the home page', () => {
  it('says what the portal is, with totals per currency and the latest projects', async () => {
    const page = await get('/');
    expect(page.text).toContain('Spójnia zbiera projekty współfinansowane przez Unię Europejską');
    expect(page.text).toContain(`Liczba projektów ${await total()}`);
    expect(page.text).toMatch(/Łączna wartość [\d ]+,\d\d zł/);
    expect(page.text).toMatch(/Łączne dofinansowanie [\d ]+,\d\d zł/);
    expect(cardTitles(page.html).length).toBeGreaterThan(0);
    expect(page.html).toContain('href="/projekty"');
    expect(page.html).toContain('href="/programy"');
  });
});

describe('the project list', () => {
  it('shows the count and 20 projects per page, the rest behind the next-page link', async () => {
    const all = await total();
    expect(all).toBe(GENERATED + 2);
    const first = await get('/projekty');
    expect(first.text).toContain(`Znaleziono: ${all} projekt`);
    const firstLinks = cardLinks(first.html);
    expect(firstLinks).toHaveLength(20);
    const next = /<a href="([^"]+)" rel="next">/.exec(first.html)?.[1];
    expect(next).toMatch(/^\/projekty\?po=/);

    const second = await get(decodeEntities(next ?? ''));
    expect(second.status).toBe(200);
    const secondLinks = cardLinks(second.html);
    expect(secondLinks).toHaveLength(all - 20);
    expect(secondLinks.some((link) => firstLinks.includes(link))).toBe(false);
    expect(second.html).not.toContain('rel="next"');
    expect(second.text).toContain('Pierwsza strona wyników');
  });

  it('shows each result with its programme, beneficiary, status, dates and money', async () => {
    const page = await get('/projekty?temat=ekonomia-spoleczna');
    const card = /<article class="card">(?:(?!<\/article>)[\s\S])*?hajnowka-odnowa[\s\S]*?<\/article>/.exec(
      page.html,
    )?.[0];
    expect(card).toBeDefined();
    const text = textOf(card ?? '');
    expect(text).toContain('POWER');
    expect(text).toContain('Beneficjent Ośrodek Wspierania Organizacji Pozarządowych (Białystok)');
    expect(text).toContain('w trakcie realizacji');
    expect(text).toContain('1 lipca 2018 – 28 września 2021');
    expect(text).toContain('Wartość projektu 1 015 798,80 zł');
    expect(text).toContain('Dofinansowanie 979 798,80 zł');
  });

  it('filters by status and shows the chosen value as chosen', async () => {
    const expected = await total({ status: 'completed' });
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(await total());
    const page = await get('/projekty?status=completed');
    expect(page.text).toContain(`Znaleziono: ${expected} projekt`);
    expect(page.html).toMatch(
      /class="facet__value facet__value--selected"[^>]*><span class="visually-hidden">wybrano: <\/span><span class="facet__label">zakończony/,
    );
    const badges = [...page.html.matchAll(/<span class="badge badge--status badge--([a-z-]+)">/g)].map((m) => m[1]);
    expect(badges.length).toBe(Math.min(expected, 20));
    expect(new Set(badges)).toEqual(new Set(['completed']));
  });

  it('filters by programme', async () => {
    const expected = await total({ programmeSlug: 'urbact-iii' });
    const page = await get('/projekty?program=urbact-iii');
    expect(page.text).toContain(`Znaleziono: ${expected} projekt`);
    expect(cardTitles(page.html)).toContain('URB-INCLUSION');
    expect(cardTitles(page.html)).not.toContain(
      'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
    );
  });

  it('filters by topic', async () => {
    const expected = await total({ topicSlug: 'ekonomia-spoleczna' });
    const page = await get('/projekty?temat=ekonomia-spoleczna');
    expect(page.text).toContain(`Znaleziono: ${expected} projekt`);
    expect(cardTitles(page.html)).toContain(
      'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
    );
    expect(cardTitles(page.html)).not.toContain('URB-INCLUSION');
  });

  it('combines filters, lists them with links that remove each, and treats empty fields as "any"', async () => {
    const page = await get('/projekty?program=urbact-iii&temat=rewitalizacja&status=');
    expect(cardTitles(page.html)).toContain('URB-INCLUSION');
    expect(page.text).toContain('Wybrane filtry: Usuń filtr: Program: URBACT III');
    expect(page.text).toContain('Usuń filtr: Temat: Rewitalizacja');
    expect(page.html).toContain('href="/projekty?temat=rewitalizacja"');
    expect(page.html).toContain('href="/projekty?program=urbact-iii"');
  });

  it('offers two programmes at once as alternatives', async () => {
    const both = (await total({ programmeSlug: 'urbact-iii' })) + (await total({ programmeSlug: 'power-2014-2020' }));
    const page = await get('/projekty?program=power-2014-2020&program=urbact-iii');
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Znaleziono: ${both} projekt`);
  });

  it('ignores an unknown programme or topic, says so, and shows every project', async () => {
    const page = await get('/projekty?program=nie-ma-takiego&temat=ani-takiego');
    expect(page.status).toBe(200);
    expect(page.text).toContain('nie znamy wartości „nie-ma-takiego” filtra „Program” – pominęliśmy ją');
    expect(page.text).toContain('nie znamy wartości „ani-takiego” filtra „Temat”');
    expect(page.text).toContain(`Znaleziono: ${await total()} projekt`);
  });

  it('labels every form control and sends every form with GET to /projekty', async () => {
    const { html } = await get('/projekty');
    const ids = [...html.matchAll(/<(?:select|input) id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['site-search-q', 'search-q', 'search-sort']);
    for (const id of ids) expect(html).toMatch(new RegExp(`<label for="${id}"`));
    const forms = [...html.matchAll(/<form [^>]*>/g)].map((match) => match[0]);
    expect(forms.length).toBe(3);
    for (const form of forms) expect(form).toMatch(/method="get" action="\/projekty"/);
  });

  it('/programy/power-2014-2020?strona=-1 answers 400 with a readable Polish message', async () => {
    const page = await get('/programy/power-2014-2020?strona=-1');
    expect(page.status).toBe(400);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(textsOf(page.html, 'h1')).toEqual(['Nie rozumiemy tego adresu']);
    expect(page.text).toContain('Numer strony („strona”) musi być liczbą całkowitą');
  });
});

describe('organisation and programme pages', () => {
  it('an organisation shows its facts and its projects as beneficiary and as partner, with totals', async () => {
    const owop = await get('/organizacje/owop-bialystok');
    expect(owop.text).toContain('Nazwa skrócona OWOP');
    expect(owop.text).toContain('Rodzaj organizacja pozarządowa');
    expect(owop.text).toContain('Kraj Polska');
    expect(owop.text).toContain('Projekty, w których jest beneficjentem (1)');
    expect(owop.text).toContain('Łączna wartość 1 015 798,80 zł');
    expect(cardTitles(owop.html)).toEqual([
      'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
    ]);
    expect(owop.text).toContain('Projekty, w których jest partnerem (0)');

    const polveriera = await get('/organizacje/la-polveriera');
    expect(polveriera.text).toContain('Kraj Włochy');
    expect(polveriera.text).toContain('Projekty, w których jest beneficjentem (0)');
    expect(polveriera.text).toContain('Projekty, w których jest partnerem (1)');
  });

  it('the programme list shows every programme with its project count', async () => {
    const page = await get('/programy');
    expect(page.html).toContain('<caption>');
    expect(page.html).toContain('<th scope="col">');
    expect(page.html).toContain('href="/programy/urbact-iii"');
    const urbact = await total({ programmeSlug: 'urbact-iii' });
    expect(page.text).toMatch(new RegExp(`URBACT III URBACT III 2014-2020 EFRR ${urbact}`));
  });

  it('a programme page shows its facts, totals and projects, paged', async () => {
    const page = await get('/programy/power-2014-2020');
    expect(page.text).toContain('Kod CCI 2014PL05M9OP001');
    expect(page.text).toContain('Instytucja zarządzająca Ministerstwo Funduszy i Polityki Regionalnej');
    expect(page.text).toContain('Europejski Fundusz Społeczny (EFS)');
    const count = await total({ programmeSlug: 'power-2014-2020' });
    expect(page.text).toContain(`Projekty w programie (${count})`);
    expect(cardTitles(page.html).length).toBe(Math.min(count, 20));
    expect(page.html).toContain('href="/projekty?program=power-2014-2020"');
    const beyond = await get('/programy/power-2014-2020?strona=50');
    expect(beyond.status).toBe(200);
    expect(cardTitles(beyond.html)).toEqual([]);
  });

  it('the about page states the licences and the privacy rules', async () => {
    const page = await get('/o-portalu');
    expect(page.text).toContain('CC BY 4.0');
    expect(page.text).toContain('AGPL-3.0-or-later');
    expect(page.text).toContain('nie zapisujemy żadnych plików cookie');
  });
});

describe('pages that do not exist', () => {
  it.each([
    '/projekty/nie-ma-takiego',
    '/organizacje/nie-ma-takiej',
    '/programy/nie-ma-takiego',
    '/nie-ma/takiej/strony',
  ])('%s answers with a 404 page and no internals', async (url) => {
    const page = await get(url);
    expect(page.status).toBe(404);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(textsOf(page.html, 'h1')).toEqual(['Nie znaleźliśmy tej strony']);
    expect(page.html).toContain('href="/projekty"');
    expect(page.text).not.toMatch(/Error|at .*\.ts|was not found|stack/);
  });
});

describe('escaping', () => {
  let own: TestDatabase;
  let ownApp: FastifyInstance;
  beforeAll(async () => {
    own = await createTestDatabase();
    await createProject(
      own.db,
      buildProjectInput({
        slug: 'proba-xss',
        title: '<script>alert("tytuł")</script> Projekt & <b>pogrubiony</b>',
        summary: '"><img src=x onerror=alert(1)>',
        description:
          '<p onclick="alert(2)">Opis</p><script>alert(3)</script><a href="javascript:alert(4)">link</a><ul><li>punkt</li></ul>',
        goal: '<iframe src="https://example.com"></iframe>',
      }),
    );
    ownApp = await buildApp({ db: own.db });
  });
  afterAll(async () => {
    await ownApp.close();
    await own.cleanup();
  });

  it('escapes text and sanitises rich text, on the project page and in the list', async () => {
    for (const url of ['/projekty/proba-xss', '/projekty']) {
      const response = await ownApp.inject(url);
      expect(response.statusCode).toBe(200);
      const html = response.body;
      // No element or attribute of the input survives as markup; it shows as text only.
      for (const markup of [
        '<script>alert',
        '<img src=x',
        '<iframe',
        '<b>pogrubiony',
        'onclick="alert',
        'javascript:',
      ]) {
        expect(html).not.toContain(markup);
      }
      expect(html).toContain('&lt;script>alert(&quot;tytuł&quot;)&lt;/script> Projekt &amp; &lt;b>pogrubiony&lt;/b>');
      expect(textOf(html)).toContain('<script>alert("tytuł")</script> Projekt & <b>pogrubiony</b>');
    }
    const page = (await ownApp.inject('/projekty/proba-xss')).body;
    expect(page).toContain('<p>Opis</p>');
    expect(page).toContain('<ul><li>punkt</li></ul>');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectById } from '../../src/services/revisions/record-revision.js';
import { type AdminTestApp, addUser, type Browser, signedIn, startAdminTestApp } from '../helpers/admin.js';
import { seedSmallRegistry } from '../helpers/registry.js';
import { textOf } from '../web/html.js';

let env: AdminTestApp;
let editor: Browser;

beforeAll(async () => {
  env = await startAdminTestApp();
  await seedSmallRegistry(env.database.db);
  await addUser(env, 'ala@gmina-a.pl', 'editor', ['gmina-a']);
  editor = await signedIn(env, 'ala@gmina-a.pl');
});
afterAll(async () => env.close());

/** A form filled in the way a person fills it: every field of the model, Polish number formats. */
const FULL_FORM: Record<string, string | string[]> = {
  _action: 'save',
  title: 'Park nad Wisłą',
  slug: 'park-nad-wisla',
  summary: 'Nowy park dla mieszkańców',
  status: 'in_progress',
  startDate: '2024-03-01',
  endDate: '2025-12-31',
  category: 'investment',
  goal: 'Zieleń blisko domu.',
  description: 'Co zrobimy:\n- alejki\n- plac zabaw\n\nDrugi akapit.',
  results: '<p>Wyniki <strong>mierzalne</strong></p>',
  programmeSlug: 'feng-2021-2027',
  period: '2021-2027',
  'priorityAxis.code': 'II',
  'priorityAxis.name': 'Środowisko',
  'measure.code': '2.1',
  'measure.name': 'Zieleń miejska',
  'subMeasure.code': '',
  'subMeasure.name': '',
  funds: ['ERDF', 'CF'],
  topicSlugs: ['rewitalizacja'],
  currency: 'PLN',
  totalValue: '1 015 798,80',
  eligibleExpenditure: '1 000 000',
  cofinancing: '979 798,80',
  'funding.0.source': 'eu',
  'funding.0.amount': '957 796,69',
  'funding.1.source': 'state_budget',
  'funding.1.amount': '22 002,11',
  'funding.2.source': '',
  'funding.2.amount': '',
  beneficiarySlug: 'gmina-a',
  'partners.0.organisationSlug': 'partner-c',
  'partners.0.role': 'transnational_partner',
  'partners.0.note': 'Wydział wzornictwa',
  'places.0.label': 'Kraków, osiedle Azory',
  'places.0.country': 'pl',
  'places.0.teryt': '1261011',
  'places.0.city': 'Kraków',
  'places.0.areaName': 'osiedle Azory',
  'places.0.latitude': '50,0876',
  'places.0.longitude': '19,9051',
  'phases.0.name': 'Przygotowanie',
  'phases.0.startDate': '2024-03-01',
  'phases.0.endDate': '2024-09-30',
  'phases.0.durationMonths': '6',
  'phases.0.status': 'completed',
  'phases.0.description': 'Projekt techniczny',
  'updates.0.date': '2024-06-06',
  'updates.0.datePrecision': 'day',
  'updates.0.title': 'Umowa podpisana',
  'updates.0.body': 'Podpisaliśmy umowę.',
  'updates.0.titleEn': 'Contract signed',
  'translations.en.title': 'Park on the Vistula',
  'translations.en.description': 'What we do:\n- paths',
  'indicators.0.kind': 'output',
  'indicators.0.name': 'Powierzchnia zieleni',
  'indicators.0.unit': 'ha',
  'indicators.0.baseline': '0',
  'indicators.0.target': '2,5',
  'indicators.0.achieved': '',
  'links.0.kind': 'document',
  'links.0.title': 'Regulamin',
  'links.0.url': 'https://example.org/regulamin.pdf',
  'relations.0.kind': 'continues',
  'relations.0.targetSlug': '',
  'relations.0.targetTitle': 'Zielony Kraków (2015)',
  'relations.0.note': '',
  'groups.0.name': 'Lokalna Grupa Wsparcia',
  'groups.0.description': 'Mieszkańcy i urzędnicy',
  'groups.0.members': 'Rada dzielnicy\nMOPS\n\nZBK',
  'contact.name': 'Anna Nowak',
  'contact.email': 'anna@gmina-a.pl',
  'contact.phone': '+48 12 345 67 89',
  'contact.note': 'W dni robocze',
  website: 'https://park.example.org',
  contractNumber: 'FENG.02.10-IP.01-0005/23',
  'externalIds.kohesio': 'PL123',
  'externalIds.officialList': 'WL-7',
  'externalIds.keepEu': '',
};

async function createFull(overrides: Record<string, string | string[]> = {}) {
  await editor.get('/admin/projekty/nowy');
  return editor.post('/admin/projekty/nowy', { ...FULL_FORM, ...overrides });
}

describe('the project form', () => {
  it('saves every field of the model as typed, as a draft', async () => {
    const page = await createFull();
    expect(page.status).toBe(303);
    const id = Number(/\/admin\/projekty\/(\d+)\?ok=created$/.exec(page.location ?? '')?.[1]);
    const project = await loadProjectById(env.database.db, id);
    expect(project).toMatchObject({
      title: 'Park nad Wisłą',
      slug: 'park-nad-wisla',
      editorialState: 'draft',
      status: 'in_progress',
      category: 'investment',
      description: '<p>Co zrobimy:</p><ul><li>alejki</li><li>plac zabaw</li></ul><p>Drugi akapit.</p>',
      results: '<p>Wyniki <strong>mierzalne</strong></p>',
      programme: { slug: 'feng-2021-2027' },
      priorityAxis: { code: 'II', name: 'Środowisko' },
      measure: { code: '2.1', name: 'Zieleń miejska' },
      subMeasure: null,
      funds: ['CF', 'ERDF'],
      totalValue: { amount: 101579880, currency: 'PLN' },
      eligibleExpenditure: { amount: 100000000, currency: 'PLN' },
      cofinancing: { amount: 97979880, currency: 'PLN' },
      funding: [
        { source: 'eu', amount: { amount: 95779669, currency: 'PLN' } },
        { source: 'state_budget', amount: { amount: 2200211, currency: 'PLN' } },
      ],
      beneficiary: { slug: 'gmina-a' },
      partners: [{ organisation: { slug: 'partner-c' }, role: 'transnational_partner', note: 'Wydział wzornictwa' }],
      places: [
        {
          label: 'Kraków, osiedle Azory',
          country: 'PL',
          teryt: '1261011',
          city: 'Kraków',
          areaName: 'osiedle Azory',
          latitude: 50.0876,
          longitude: 19.9051,
        },
      ],
      phases: [{ name: 'Przygotowanie', durationMonths: 6, status: 'completed', description: 'Projekt techniczny' }],
      updates: [{ date: '2024-06-06', datePrecision: 'day', title: 'Umowa podpisana', body: 'Podpisaliśmy umowę.' }],
      indicators: [
        { kind: 'output', name: 'Powierzchnia zieleni', unit: 'ha', baseline: 0, target: 2.5, achieved: null },
      ],
      links: [{ kind: 'document', title: 'Regulamin', url: 'https://example.org/regulamin.pdf' }],
      relations: [{ kind: 'continues', targetSlug: null, targetTitle: 'Zielony Kraków (2015)', note: null }],
      groups: [{ name: 'Lokalna Grupa Wsparcia', members: ['Rada dzielnicy', 'MOPS', 'ZBK'] }],
      contact: { name: 'Anna Nowak', email: 'anna@gmina-a.pl', phone: '+48 12 345 67 89', note: 'W dni robocze' },
      website: 'https://park.example.org',
      contractNumber: 'FENG.02.10-IP.01-0005/23',
      externalIds: { kohesio: 'PL123', officialList: 'WL-7', keepEu: null },
      provenance: { source: 'manual' },
    });
    expect(project.topics.map((topic) => topic.slug)).toEqual(['rewitalizacja']);
    expect(project.translations.en).toMatchObject({
      title: 'Park on the Vistula',
      description: '<p>What we do:</p><ul><li>paths</li></ul>',
      goal: null,
    });
    expect(project.updates[0]?.translations?.en).toEqual({ title: 'Contract signed', body: null });

    // The edit form shows it all again, with one empty row per group to add more.
    const form = await editor.get(`/admin/projekty/${id}`);
    expect(form.html).toContain('value="1 015 798,80"');
    expect(form.html).toContain('name="partners.1.organisationSlug"');
    expect(form.html).toContain('>Rada dzielnicy\nMOPS\nZBK</textarea>');
  });

  it('shows every problem next to its field, in Polish, and keeps everything typed', async () => {
    const page = await createFull({
      title: '',
      slug: 'Zły Adres!',
      totalValue: 'milion',
      cofinancing: '-5',
      eligibleExpenditure: '99999999999999999999',
      endDate: '2023-01-01',
      'places.0.teryt': '12',
      'phases.0.durationMonths': 'pół roku',
      'links.0.url': 'javascript:alert(1)',
      'partners.0.role': 'boss',
    });
    expect(page.status).toBe(400);
    const errorOf = (path: string) =>
      textOf(new RegExp(`<p class="field__error" id="f-${path}-error">([\\s\\S]*?)</p>`).exec(page.html)?.[1] ?? '');
    expect(errorOf('title')).toBe('Błąd: To pole jest wymagane.');
    expect(errorOf('totalValue')).toContain('To nie jest kwota');
    expect(errorOf('cofinancing')).toContain('Kwota nie może być ujemna.');
    expect(errorOf('eligibleExpenditure')).toContain('To nie jest kwota');
    expect(errorOf('phases-0-durationMonths')).toContain('Wpisz liczbę całkowitą.');
    expect(errorOf('partners-0-role')).toContain('Wybierz wartość z listy.');
    // The rules of the domain are checked in the same round, not after the reading problems are fixed.
    expect(errorOf('slug')).toContain('Adres może zawierać tylko małe litery');
    expect(errorOf('endDate')).toContain('Data zakończenia jest wcześniejsza niż data rozpoczęcia.');
    expect(errorOf('places-0-teryt')).toContain('Kod TERYT gminy ma 7 cyfr.');
    expect(errorOf('links-0-url')).toContain('Adres musi zaczynać się od http:// lub https://.');
    // Each control points at its message; the summary links to the field.
    expect(page.html).toMatch(/id="f-totalValue"[^>]*aria-invalid="true"[^>]*aria-describedby="f-totalValue-error/);
    expect(page.html).toContain('<a href="#f-totalValue">Wartość projektu: To nie jest kwota');
    // What was typed is all there.
    expect(page.html).toContain('value="milion"');
    expect(page.html).toContain('value="Zły Adres!"');
    expect(page.html).toContain('value="pół roku"');
    expect(page.html).toContain('value="Kraków, osiedle Azory"');
    expect(page.html).toContain('<option value="boss" selected>boss</option>');
    expect(await env.database.db.selectFrom('projects').select('id').execute()).toHaveLength(1);
  });

  it('reports the rules of the domain (slug, dates, TERYT, links) once the form reads well', async () => {
    const page = await createFull({
      slug: 'Zły Adres!',
      endDate: '2023-01-01',
      'places.0.teryt': '12',
      'links.0.url': 'javascript:alert(1)',
    });
    expect(page.status).toBe(400);
    const text = textOf(page.html);
    expect(text).toContain('Data zakończenia jest wcześniejsza niż data rozpoczęcia.');
    expect(text).toContain('Kod TERYT gminy ma 7 cyfr.');
    expect(text).toContain('Adres musi zaczynać się od http:// lub https://.');
    expect(text).toContain('Adres może zawierać tylko małe litery');
    expect(page.html).toContain('id="f-links-0-url-error"');
  });

  it('refuses amounts above the registry limit and co-financing above the total', async () => {
    const page = await createFull({ slug: 'za-duzo', totalValue: '20 000 000 000 000', cofinancing: '979 798,80' });
    expect(page.status).toBe(400);
    expect(textOf(page.html)).toContain('Kwota musi być nieujemna i mniejsza niż 10 bilionów.');
    const above = await createFull({
      slug: 'za-duzo',
      totalValue: '100',
      cofinancing: '200',
      eligibleExpenditure: '',
      'funding.0.amount': '1',
      'funding.1.amount': '1',
    });
    expect(textOf(above.html)).toContain('Dofinansowanie jest wyższe niż wartość projektu.');
  });

  it('refuses a tampered form with fields it does not have, saving nothing', async () => {
    const page = await createFull({
      slug: 'podstep',
      editorialState: 'published',
      isDemo: '1',
      'partners.0.organisationId': '2',
    });
    expect(page.status).toBe(400);
    expect(textOf(page.html)).toContain(
      'Formularz zawiera pola, których nie znamy (editorialState, isDemo, partners.0.organisationId)',
    );
    expect(page.html).toContain('value="Park nad Wisłą"');
    expect(
      await env.database.db.selectFrom('projects').select('id').where('slug', '=', 'podstep').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('adds an empty row without JavaScript and without saving, keeping what was typed', async () => {
    const page = await createFull({ slug: 'wiersze', _action: 'add:partners' });
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Dodano pusty wiersz. Nic jeszcze nie zostało zapisane.');
    expect(page.html).toContain('name="partners.2.organisationSlug"');
    expect(page.html).toContain('value="Wydział wzornictwa"');
    expect(
      await env.database.db.selectFrom('projects').select('id').where('slug', '=', 'wiersze').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('drops rows ticked for removal and renumbers the rest', async () => {
    const page = await createFull({
      slug: 'bez-wiersza',
      contractNumber: '',
      'links.1.kind': 'link',
      'links.1.title': 'Strona gminy',
      'links.1.url': 'https://gmina-a.pl',
      'links.0._remove': '1',
    });
    expect(page.status).toBe(303);
    const row = await env.database.db
      .selectFrom('projects')
      .select('id')
      .where('slug', '=', 'bez-wiersza')
      .executeTakeFirstOrThrow();
    const project = await loadProjectById(env.database.db, row.id);
    expect(project.links).toEqual([{ kind: 'link', title: 'Strona gminy', url: 'https://gmina-a.pl' }]);
  });

  it('tells the person when someone else saved the project since the form was opened', async () => {
    const row = await env.database.db
      .selectFrom('projects')
      .select(['id', 'updated_at'])
      .where('slug', '=', 'bez-wiersza')
      .executeTakeFirstOrThrow();
    const form = await editor.get(`/admin/projekty/${row.id}`);
    expect(form.html).toContain(`name="_version" value="${row.updated_at}"`);
    const stale = await editor.post(`/admin/projekty/${row.id}`, {
      ...FULL_FORM,
      slug: 'bez-wiersza',
      contractNumber: '',
      title: 'Moja wersja',
      _version: '2000-01-01T00:00:00.000Z',
    });
    expect(stale.status).toBe(409);
    expect(textOf(stale.html)).toContain('Ktoś inny zapisał ten projekt');
    expect(stale.html).toContain('value="Moja wersja"');
  });
});

describe('rich text and stored XSS through the real form', () => {
  it('keeps no script, event handler or javascript: link, on the public page or in the editorial area', async () => {
    const attack = {
      title: 'Atak <script>alert("t")</script>',
      slug: 'atak',
      contractNumber: '',
      description:
        '<p onclick="alert(1)">Tekst</p><script>alert(2)</script><img src=x onerror=alert(3)><a href="javascript:alert(4)">klik</a><a href="https://example.org" onmouseover="alert(5)">ok</a><iframe src="https://evil.example"></iframe>',
      results: '<svg><script>alert(6)</script></svg><style>body{display:none}</style><p>Efekt</p>',
      summary: '"><script>alert(7)</script>',
      'groups.0.members': '<script>alert(8)</script>',
    };
    const page = await createFull(attack);
    expect(page.status).toBe(303);
    const row = await env.database.db
      .selectFrom('projects')
      .selectAll()
      .where('slug', '=', 'atak')
      .executeTakeFirstOrThrow();
    expect(row.description).toBe('<p>Tekst</p>klik<a href="https://example.org" rel="noopener nofollow">ok</a>');
    expect(row.results).toBe('<p>Efekt</p>');
    const admin = await addUser(env, 'admin-xss@example.org', 'administrator').then(() =>
      signedIn(env, 'admin-xss@example.org'),
    );
    await admin.get(`/admin/projekty/${row.id}`);
    await admin.post(`/admin/projekty/${row.id}/stan`, { to: 'published' });
    for (const html of [
      (await env.app.inject('/projekty/atak')).body,
      (await admin.get(`/admin/projekty/${row.id}`)).html,
      (await admin.get(`/admin/projekty/${row.id}/historia/1`)).html,
      (await admin.get('/admin/projekty')).html,
    ]) {
      expect(
        /.{80}(<script(?! type="application\/ld\+json">)|onerror=|onclick=|onmouseover=|javascript:|<iframe|<style).{40}/i.exec(
          html,
        )?.[0] ?? null,
      ).toBeNull();
      // The one script element allowed is the page's JSON-LD data block, which nothing can end early.
      expect(html).not.toMatch(
        /<script(?! type="application\/ld\+json">)|onerror=|onclick=|onmouseover=|javascript:|<iframe|<style/i,
      );
    }
    expect(textOf((await env.app.inject('/projekty/atak')).body)).toContain('Atak <script>alert("t")</script>');
  });
});

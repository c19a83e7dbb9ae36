import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AdminTestApp,
  addUser,
  Browser,
  type Browser as BrowserType,
  signedIn,
  startAdminTestApp,
} from '../helpers/admin.js';
import { seedSmallRegistry } from '../helpers/registry.js';
import { textOf } from '../web/html.js';

let env: AdminTestApp;
let admin: BrowserType;

beforeAll(async () => {
  env = await startAdminTestApp();
  await seedSmallRegistry(env.database.db);
  await addUser(env, 'admin@example.org', 'administrator');
  admin = await signedIn(env, 'admin@example.org');
});
afterAll(async () => env.close());

describe('organisations, programmes and topics', () => {
  it('creates and updates an organisation, with problems next to fields', async () => {
    await admin.get('/admin/organizacje/nowa');
    const bad = await admin.post('/admin/organizacje/nowa', {
      name: 'La Polveriera',
      slug: 'gmina-a',
      kind: 'ngo',
      country: 'Italia',
      website: 'ftp://x',
      'identifiers.nip': '123',
    });
    expect(bad.status).toBe(400);
    const text = textOf(bad.html);
    expect(text).toContain('Ten adres jest już zajęty');
    expect(text).toContain('Kraj to dwuliterowy kod ISO');
    expect(text).toContain('Adres musi zaczynać się od http:// lub https://.');
    expect(text).toContain('NIP ma 10 cyfr.');
    expect(bad.html).toContain('value="La Polveriera"');
    const good = await admin.post('/admin/organizacje/nowa', {
      name: 'La Polveriera',
      slug: 'la-polveriera',
      kind: 'ngo',
      country: 'it',
      city: 'Reggio Emilia',
      website: 'https://polveriera.example',
      'identifiers.pic': '912345678',
    });
    expect(good.status).toBe(303);
    const id = Number(/organizacje\/(\d+)/.exec(good.location ?? '')?.[1]);
    const saved = await admin.post(`/admin/organizacje/${id}`, {
      name: 'La Polveriera soc. coop.',
      slug: 'la-polveriera',
      kind: 'company',
      country: 'IT',
    });
    expect(saved.status).toBe(303);
    const publicPage = await env.app.inject('/organizacje/la-polveriera');
    expect(publicPage.statusCode).toBe(200);
    expect(textOf(publicPage.body)).toContain('La Polveriera soc. coop.');
  });

  it('creates and updates programmes and topics, refusing duplicates', async () => {
    await admin.get('/admin/programy/nowy');
    const programme = await admin.post('/admin/programy/nowy', {
      name: 'Program Operacyjny Wiedza Edukacja Rozwój',
      shortName: 'POWER',
      slug: 'power',
      code: '2014PL05M9OP001',
      period: '2014-2020',
      funds: ['ESF', 'YEI'],
    });
    expect(programme.status).toBe(303);
    const duplicate = await admin.post('/admin/programy/nowy', {
      name: 'Kopia',
      shortName: 'KOPIA',
      slug: 'kopia',
      code: '2014PL05M9OP001',
      period: '2014-2020',
    });
    expect(textOf(duplicate.html)).toContain('Inny program ma już ten kod CCI.');
    const id = Number(/programy\/(\d+)/.exec(programme.location ?? '')?.[1]);
    const edit = await admin.get(`/admin/programy/${id}`);
    expect(edit.html).toMatch(/value="ESF" checked/);
    expect(
      (
        await admin.post(`/admin/programy/${id}`, {
          name: 'POWER 2014-2020',
          shortName: 'POWER',
          slug: 'power',
          period: '2014-2020',
          funds: 'ESF',
        })
      ).status,
    ).toBe(303);
    expect(textOf((await env.app.inject('/programy')).body)).toContain('POWER 2014-2020');

    const topic = await admin.post('/admin/tematy/nowy', { namePl: 'Sport', nameEn: 'Sport', slug: 'sport' });
    expect(topic.status).toBe(303);
    const again = await admin.post('/admin/tematy/nowy', { namePl: 'Sport 2', nameEn: 'Sport 2', slug: 'sport' });
    expect(again.status).toBe(400);
    expect(textOf(again.html)).toContain('Ten adres jest już zajęty');
  });
});

describe('users', () => {
  it('creates an editor with organisations and shows a generated password once', async () => {
    await admin.get('/admin/uzytkownicy/nowy');
    const page = await admin.post('/admin/uzytkownicy/nowy', {
      email: 'Nowy@Gmina-A.pl',
      name: 'Nowy Redaktor',
      role: 'editor',
      organisationSlugs: ['gmina-a'],
      password: '',
    });
    expect(page.status).toBe(201);
    const password = /<code class="generated-password">([^<]+)<\/code>/.exec(page.html)?.[1] as string;
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const user = new Browser(env.app);
    expect((await user.signIn('nowy@gmina-a.pl', password)).status).toBe(303);
    const shown = await admin.get('/admin/uzytkownicy');
    expect(shown.html).not.toContain(password);
    expect(textOf(shown.html)).toContain('nowy@gmina-a.pl Nowy Redaktor redaktor gmina-a tak');
  });

  it('refuses a bad e-mail, a taken e-mail, a short password and an unknown organisation', async () => {
    const page = await admin.post('/admin/uzytkownicy/nowy', {
      email: 'nie-email',
      role: 'editor',
      password: 'krótkie',
      organisationSlugs: 'nie-ma',
    });
    expect(page.status).toBe(400);
    const text = textOf(page.html);
    expect(text).toContain('To nie jest poprawny adres e-mail.');
    expect(text).toContain('Hasło musi mieć co najmniej 12 znaków.');
    expect(text).toContain('Nie ma takiej organizacji w rejestrze.');
    const taken = await admin.post('/admin/uzytkownicy/nowy', {
      email: 'admin@example.org',
      role: 'viewer',
      password: 'long enough password',
    });
    expect(textOf(taken.html)).toContain('Konto z tym adresem e-mail już istnieje.');
  });

  it('changes a role and organisations, records both, and the change applies at once', async () => {
    const row = await env.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'nowy@gmina-a.pl')
      .executeTakeFirstOrThrow();
    const editor = await signedIn(env, 'nowy@gmina-a.pl', await resetAndRead(row.id));
    expect((await editor.get('/admin/projekty/nowy')).status).toBe(200);
    const saved = await admin.post(`/admin/uzytkownicy/${row.id}`, {
      name: 'Nowy',
      role: 'viewer',
      organisationSlugs: ['fundacja-b'],
      isActive: '1',
    });
    expect(saved.status).toBe(303);
    expect((await editor.get('/admin/projekty/nowy')).status).toBe(403);
    const log = textOf((await admin.get('/admin/dziennik')).html);
    expect(log).toContain('zmiana roli nowy@gmina-a.pl from: editor; to: viewer');
    expect(log).toContain('zmiana organizacji konta nowy@gmina-a.pl from: gmina-a; to: fundacja-b');
    const off = await admin.post(`/admin/uzytkownicy/${row.id}`, { name: 'Nowy', role: 'viewer' });
    expect(off.status).toBe(303);
    expect((await editor.get('/admin/projekty')).status).toBe(303);
  });

  it('never lets the last administrator lose the role', async () => {
    const page = await admin.post('/admin/uzytkownicy/1', { name: 'Admin', role: 'editor', isActive: '1' });
    expect(page.status).toBe(400);
    expect(textOf(page.html)).toContain('To ostatni aktywny administrator');
  });
});

async function resetAndRead(userId: number): Promise<string> {
  const page = await admin.post(`/admin/uzytkownicy/${userId}/haslo`, {});
  return /<code class="generated-password">([^<]+)<\/code>/.exec(page.html)?.[1] as string;
}

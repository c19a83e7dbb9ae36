import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { MAX_FAILED_SIGN_INS } from '../../src/services/auth/sign-in.js';
import { type AdminTestApp, addUser, Browser, PASSWORD, signedIn, startAdminTestApp } from '../helpers/admin.js';
import { seedSmallRegistry } from '../helpers/registry.js';
import { textOf } from '../web/html.js';

let env: AdminTestApp;

beforeAll(async () => {
  env = await startAdminTestApp();
  await seedSmallRegistry(env.database.db);
  await addUser(env, 'admin@example.org', 'administrator');
  await addUser(env, 'ala@gmina-a.pl', 'editor', ['gmina-a']);
  await addUser(env, 'locked@example.org', 'viewer');
});
afterAll(async () => env.close());

async function auditActions(): Promise<string[]> {
  const rows = await env.database.db.selectFrom('audit_events').select('action').orderBy('id').execute();
  return rows.map((row) => row.action);
}

describe('signing in', () => {
  it('sends a visitor of any editorial page to the sign-in form, and back there after signing in', async () => {
    const browser = new Browser(env.app);
    const page = await browser.get('/admin/projekty?stan=draft');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/admin/logowanie?next=%2Fadmin%2Fprojekty%3Fstan%3Ddraft');
    const form = await browser.get(page.location as string);
    expect(form.status).toBe(200);
    expect(form.html).toContain('<label for="f-email">Adres e-mail');
    const signedInPage = await browser.post('/admin/logowanie', {
      email: 'ALA@gmina-a.pl ',
      password: PASSWORD,
      next: '/admin/projekty?stan=draft',
    });
    expect(signedInPage.status).toBe(303);
    expect(signedInPage.location).toBe('/admin/projekty?stan=draft');
    const list = await browser.get('/admin/projekty');
    expect(textOf(list.html)).toContain('Zalogowano jako ala@gmina-a.pl (redaktor)');
  });

  it('never sends anyone to another site after signing in', async () => {
    const browser = new Browser(env.app);
    await browser.get('/admin/logowanie');
    const page = await browser.post('/admin/logowanie', {
      email: 'ala@gmina-a.pl',
      password: PASSWORD,
      next: '//evil.example/admin',
    });
    expect(page.location).toBe('/admin/projekty');
  });

  it('sets an HttpOnly, SameSite=Lax session cookie, Secure only over HTTPS, and stores only a hash of it', async () => {
    const browser = new Browser(env.app);
    await browser.get('/admin/logowanie');
    const page = await browser.post('/admin/logowanie', { email: 'ala@gmina-a.pl', password: PASSWORD });
    const cookie = String(page.response.headers['set-cookie']);
    expect(cookie).toMatch(/spojnia_session=[\w-]{40,}/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const token = browser.cookie('spojnia_session') as string;
    const stored = await env.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it('marks the cookie Secure behind an HTTPS proxy only when the proxy is trusted', async () => {
    for (const trustProxy of [true, false]) {
      const app = await buildApp({ db: env.database.db, trustProxy, admin: { mediaFolder: env.mediaFolder } });
      const browser = new Browser(app);
      await browser.get('/admin/logowanie');
      const response = await app.inject({
        method: 'POST',
        url: '/admin/logowanie',
        headers: {
          'x-forwarded-proto': 'https',
          cookie: `spojnia_signin=${browser.cookie('spojnia_signin')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({ _csrf: browser.csrf, email: 'ala@gmina-a.pl', password: PASSWORD }).toString(),
      });
      expect(response.statusCode).toBe(303);
      expect(String(response.headers['set-cookie']).includes('Secure')).toBe(trustProxy);
      await app.close();
    }
  });

  it('refuses a wrong password and an unknown account with the same words, keeping the e-mail typed', async () => {
    for (const email of ['ala@gmina-a.pl', 'nobody@example.org']) {
      const browser = new Browser(env.app);
      await browser.get('/admin/logowanie');
      const page = await browser.post('/admin/logowanie', { email, password: 'wrong password!' });
      expect(page.status).toBe(401);
      expect(textOf(page.html)).toContain('Nieprawidłowy e-mail lub hasło.');
      expect(page.html).toContain(`value="${email}"`);
      expect(browser.cookie('spojnia_session')).toBeUndefined();
    }
    const events = await env.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'sign_in_failed')
      .execute();
    expect(events.map((event) => JSON.parse(event.details).reason)).toEqual(
      expect.arrayContaining(['wrong_password', 'unknown_account']),
    );
  });

  it('locks an account after repeated failures, even for the right password, and the lock survives a restart', async () => {
    const browser = new Browser(env.app);
    await browser.get('/admin/logowanie');
    for (let attempt = 1; attempt < MAX_FAILED_SIGN_INS; attempt += 1) {
      expect(
        (await browser.post('/admin/logowanie', { email: 'locked@example.org', password: 'nope nope nope' })).status,
      ).toBe(401);
    }
    const locking = await browser.post('/admin/logowanie', { email: 'locked@example.org', password: 'nope nope nope' });
    expect(locking.status).toBe(423);
    expect(textOf(locking.html)).toContain('Konto jest zablokowane do');
    expect(await auditActions()).toContain('account_locked');

    const restarted = await buildApp({ db: env.database.db, admin: { mediaFolder: env.mediaFolder } });
    const again = new Browser(restarted);
    await again.get('/admin/logowanie');
    const right = await again.post('/admin/logowanie', { email: 'locked@example.org', password: PASSWORD });
    expect(right.status).toBe(423);
    expect(again.cookie('spojnia_session')).toBeUndefined();
    await restarted.close();
  });

  it('limits the rate of sign-in attempts per address and records it', async () => {
    const limited = await startAdminTestApp({ signInAttemptsPerMinute: 3 });
    const browser = new Browser(limited.app);
    await browser.get('/admin/logowanie');
    const statuses = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      statuses.push(
        (await browser.post('/admin/logowanie', { email: 'x@example.org', password: 'whatever it is' })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // The English form shares the counter: switching language does not buy more attempts.
    const english = new Browser(limited.app);
    await english.get('/en/admin/sign-in');
    expect(
      (await english.post('/en/admin/sign-in', { email: 'x@example.org', password: 'whatever it is' })).status,
    ).toBe(429);
    const page = await browser.post('/admin/logowanie', { email: 'x@example.org', password: 'whatever it is' });
    expect(textOf(page.html)).toContain('Zbyt wiele prób logowania z tego adresu');
    const throttled = await limited.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'sign_in_throttled')
      .execute();
    expect(throttled).toHaveLength(1);
    await limited.close();
  });
});

describe('CSRF protection', () => {
  it('refuses a sign-in form without the token of its own cookie', async () => {
    const browser = new Browser(env.app);
    await browser.get('/admin/logowanie');
    const page = await browser.post('/admin/logowanie', {
      _csrf: 'forged-token',
      email: 'ala@gmina-a.pl',
      password: PASSWORD,
    });
    expect(page.status).toBe(403);
    expect(browser.cookie('spojnia_session')).toBeUndefined();
  });

  it('refuses a change with no token, a wrong token or the token of another session, and changes nothing', async () => {
    const admin = await signedIn(env, 'admin@example.org');
    const other = await signedIn(env, 'ala@gmina-a.pl');
    const create = (csrf: string | null) =>
      admin.post(
        '/admin/tematy/nowy',
        { ...(csrf === null ? {} : { _csrf: csrf }), slug: 'sport', namePl: 'Sport', nameEn: 'Sport' },
        { withCsrf: false },
      );
    for (const token of [null, '', 'x'.repeat(43), other.csrf]) {
      const page = await create(token);
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain('Formularz wygasł');
    }
    expect(
      await env.database.db.selectFrom('topics').select('slug').where('slug', '=', 'sport').executeTakeFirst(),
    ).toBeUndefined();
    expect((await create(admin.csrf)).status).toBe(303);
  });

  it('refuses a multipart upload without the token before storing anything', async () => {
    const admin = await signedIn(env, 'admin@example.org');
    const response = await admin.upload('/admin/organizacje/1/logo', { _csrf: 'forged' }, null);
    expect(response.status).toBe(403);
  });
});

describe('signing out and changing the password', () => {
  it('ends the session on the server: the old cookie no longer opens anything', async () => {
    const browser = await signedIn(env, 'ala@gmina-a.pl');
    const token = browser.cookie('spojnia_session') as string;
    const out = await browser.post('/admin/wyloguj', {});
    expect(out.status).toBe(303);
    expect(out.location).toBe('/admin/logowanie?ok=signed-out');
    const replay = await env.app.inject({ url: '/admin/projekty', headers: { cookie: `spojnia_session=${token}` } });
    expect(replay.statusCode).toBe(303);
    expect(await auditActions()).toContain('sign_out');
  });

  it('changes the password after checking the current one, and signs out other sessions', async () => {
    await addUser(env, 'haslo@example.org', 'viewer');
    const first = await signedIn(env, 'haslo@example.org');
    const second = await signedIn(env, 'haslo@example.org');
    await first.get('/admin/haslo');
    const wrong = await first.post('/admin/haslo', { current: 'not it at all', next: 'short', repeated: 'other' });
    expect(wrong.status).toBe(400);
    const text = textOf(wrong.html);
    expect(text).toContain('Obecne hasło jest nieprawidłowe.');
    expect(text).toContain('Hasło musi mieć co najmniej 12 znaków.');
    expect(text).toContain('Nowe hasło i jego powtórzenie się różnią.');
    expect(wrong.html).toMatch(/aria-describedby="f-next-error"/);
    const ok = await first.post('/admin/haslo', {
      current: PASSWORD,
      next: 'a brand new passphrase',
      repeated: 'a brand new passphrase',
    });
    expect(ok.status).toBe(303);
    expect((await first.get('/admin/projekty')).status).toBe(200);
    expect((await second.get('/admin/projekty')).status).toBe(303);
    const fresh = new Browser(env.app);
    expect((await fresh.signIn('haslo@example.org', 'a brand new passphrase')).status).toBe(303);
  });
});

describe('the English editorial area', () => {
  it('serves the same pages under /en/admin, in English, with a link to the Polish version', async () => {
    const browser = await signedIn(env, 'admin@example.org');
    const page = await browser.get('/en/admin/projects');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="en">');
    expect(textOf(page.html)).toContain('Signed in as admin@example.org (administrator)');
    expect(page.html).toContain('href="/admin/projekty"');
    const signIn = await new Browser(env.app).get('/en/admin/sign-in');
    expect(textOf(signIn.html)).toContain('Sign in to the editorial area');
    await browser.get('/en/admin/projects/new');
    const refused = await browser.post('/en/admin/projects/new', {
      _action: 'save',
      title: '',
      slug: 'x',
      totalValue: 'lots',
    });
    expect(refused.status).toBe(400);
    expect(textOf(refused.html)).toContain('Total value: This is not an amount');
    expect(refused.html).toContain('action="/en/admin/projects/new"');
  });
});

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SHARED_SESSIONS, type SharedSession, sessionFile } from './support/e2e-data.js';
import { expect, test } from './support/fixtures.js';

/**
 * Signs in once per run as each shared account, without JavaScript, and keeps the cookies:
 * tests that only read, or change things of their own, start signed in from them. Tests that
 * sign out or change a password sign in by themselves, since that ends their session.
 */
for (const name of Object.keys(SHARED_SESSIONS) as SharedSession[]) {
  test(`sign in as the shared ${name}`, async ({ openPage }) => {
    const account = SHARED_SESSIONS[name];
    const page = await openPage({ javaScript: false });
    await page.goto('/admin/logowanie');
    await page.getByLabel('Adres e-mail').fill(account.email);
    await page.getByLabel('Hasło').fill(account.password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Projekty' })).toBeVisible();
    await expect(page.getByText(`Zalogowano jako ${account.email}`)).toBeVisible();
    mkdirSync(dirname(sessionFile(name)), { recursive: true });
    await page.context().storageState({ path: sessionFile(name) });
  });
}

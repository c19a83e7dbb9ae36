import { field, notice, signIn } from './support/admin.js';
import { E2E_EDITOR, E2E_PASSWORD_OWNER } from './support/e2e-data.js';
import { expect, test } from './support/fixtures.js';

/** Signing in and out and changing one's password, in a browser with JavaScript switched off. */

test('without JavaScript: a refused sign-in keeps the e-mail, sign-in leads back, sign-out ends the session', async ({
  openPage,
}) => {
  const page = await openPage({ javaScript: false });
  await page.goto('/en/admin/projects?stan=draft');
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);
  await expect(page.getByRole('alert')).toHaveText('Sign in to go on.');

  await field(page, 'E-mail address (required)').fill(E2E_EDITOR.email);
  await field(page, 'Password (required)').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong e-mail or password.');
  await expect(field(page, 'E-mail address (required)')).toHaveValue(E2E_EDITOR.email);
  await expect(field(page, 'Password (required)')).toHaveValue('');

  await field(page, 'Password (required)').fill(E2E_EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Back where the person was going, with the filter they had chosen.
  await expect(page).toHaveURL(/\/en\/admin\/projects\?stan=draft$/);
  await expect(page.getByText(`Signed in as ${E2E_EDITOR.email} (editor)`)).toBeVisible();
  await expect(page.getByLabel('Publication state')).toHaveValue('draft');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?ok=signed-out$/);
  await expect(notice(page)).toHaveText('You have signed out.');
  await page.goto('/en/admin/projects');
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);
});

test('without JavaScript: a refused password change says why; the new password works, the old one no longer', async ({
  openPage,
}) => {
  const page = await openPage({ javaScript: false });
  await signIn(page, E2E_PASSWORD_OWNER);
  await page.getByRole('link', { name: 'Zmiana hasła' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zmiana hasła' })).toBeVisible();

  const current = field(page, 'Obecne hasło (wymagane)');
  const next = field(page, 'Nowe hasło (wymagane)');
  const repeated = field(page, 'Powtórz nowe hasło (wymagane)');
  await current.fill('to nie jest moje hasło');
  await next.fill('krótkie');
  await repeated.fill('inne');
  await page.getByRole('button', { name: 'Zmień hasło' }).click();
  await expect(page.getByRole('heading', { name: 'Formularz zawiera błędy' })).toBeVisible();
  await expect(current).toHaveAccessibleDescription(/Obecne hasło jest nieprawidłowe/);
  await expect(next).toHaveAccessibleDescription(/co najmniej 12 znaków/);
  await expect(repeated).toHaveAccessibleDescription(/różnią/);

  const newPassword = 'nowe hasło do panelu redakcji';
  await current.fill(E2E_PASSWORD_OWNER.password);
  await next.fill(newPassword);
  await repeated.fill(newPassword);
  await page.getByRole('button', { name: 'Zmień hasło' }).click();
  await expect(notice(page)).toHaveText('Hasło zostało zmienione.');

  await page.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(notice(page)).toHaveText('Wylogowano.');
  await field(page, 'Adres e-mail (wymagane)').fill(E2E_PASSWORD_OWNER.email);
  await field(page, 'Hasło (wymagane)').fill(E2E_PASSWORD_OWNER.password);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(page.getByRole('alert')).toHaveText('Nieprawidłowy e-mail lub hasło.');
  await signIn(page, { email: E2E_PASSWORD_OWNER.email, password: newPassword });
  await expect(page.getByText(`Zalogowano jako ${E2E_PASSWORD_OWNER.email} (czytelnik)`)).toBeVisible();
});

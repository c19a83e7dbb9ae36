import { field, notice, signIn } from './support/admin.js';
import { expect, test } from './support/fixtures.js';

/** Accounts: an administrator adds one, gives it organisations, changes its role; the audit log shows it. */

test('without JavaScript: add a user, assign organisations, change the role, a new password, switch the account off; the audit log filter finds it', async ({
  openPage,
}) => {
  test.setTimeout(120_000);
  const email = 'nowa.redaktorka@e2e.example';
  const page = await openPage({ as: 'administrator', javaScript: false });
  await page.goto('/admin/uzytkownicy');
  await page.getByRole('link', { name: 'Nowy użytkownik' }).click();
  await field(page, 'E-mail (wymagane)').fill('nowa.redaktorka');
  await field(page, 'Imię i nazwisko').fill('Nowa Redaktorka');
  await field(page, 'Rola (wymagane)').selectOption('editor');
  await field(page, 'Ośrodek Wspierania Organizacji Pozarządowych').check();
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(field(page, 'E-mail (wymagane)')).toHaveAccessibleDescription(/To nie jest poprawny adres e-mail/);
  await expect(field(page, 'Imię i nazwisko')).toHaveValue('Nowa Redaktorka');
  await expect(field(page, 'Ośrodek Wspierania Organizacji Pozarządowych')).toBeChecked();

  // An empty password field: a password is generated and shown this once.
  await field(page, 'E-mail (wymagane)').fill(email);
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Konto: ${email}`);
  const generated = page.locator('code.generated-password');
  await expect(generated).toHaveText(/^\S{12,}$/);
  const firstPassword = (await generated.textContent()) ?? '';

  await field(page, 'Rola (wymagane)').selectOption('viewer');
  await field(page, 'Ośrodek Wspierania Organizacji Pozarządowych').uncheck();
  await field(page, 'Gmina Miejska Hajnówka').check();
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(notice(page)).toHaveText('Zapisano zmiany.');
  await expect(field(page, 'Rola (wymagane)')).toHaveValue('viewer');
  await page.getByRole('link', { name: 'Użytkownicy' }).click();
  const listed = page.getByRole('row', { name: new RegExp(email) });
  await expect(listed).toContainText('czytelnik');
  await expect(listed).toContainText('gmina-miejska-hajnowka');
  await expect(listed).not.toContainText('owop-bialystok');

  await listed.getByRole('link', { name: email }).click();
  await page.getByRole('button', { name: 'Wygeneruj nowe hasło' }).click();
  await expect(generated).toHaveText(/^\S{12,}$/);
  const password = (await generated.textContent()) ?? '';
  expect(password).not.toBe(firstPassword);

  // The person signs in with the new password and may read, not create.
  const person = await openPage({ javaScript: false });
  await signIn(person, { email, password });
  await expect(person.getByText(`Zalogowano jako ${email} (czytelnik)`)).toBeVisible();
  await expect(person.getByRole('link', { name: 'Nowy projekt' })).toHaveCount(0);

  // Switching the account off ends its session at once.
  await field(page, 'Konto aktywne').uncheck();
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(notice(page)).toHaveText('Zapisano zmiany.');
  await person.reload();
  await expect(person).toHaveURL(/\/admin\/logowanie\?next=/);

  await page.getByRole('link', { name: 'Dziennik zdarzeń' }).click();
  await page.getByLabel('Rodzaj zdarzenia').selectOption({ label: 'zmiana roli' });
  await page.getByRole('button', { name: 'Filtruj' }).click();
  await expect(page).toHaveURL(/zdarzenie=role_changed/);
  const events = page.getByRole('table', { name: 'Zdarzenia od najnowszego' }).locator('tbody tr');
  await expect(events.filter({ hasText: email })).toHaveCount(1);
  for (const event of await events.all()) await expect(event).toContainText('zmiana roli');
  await expect(page.getByLabel('Rodzaj zdarzenia')).toHaveValue('role_changed');

  await page.getByLabel('Rodzaj zdarzenia').selectOption({ label: 'wyłączenie konta' });
  await page.getByRole('button', { name: 'Filtruj' }).click();
  await expect(events.filter({ hasText: email })).toHaveCount(1);
});

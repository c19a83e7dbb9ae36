import type { Page } from '@playwright/test';
import { axeFindings } from './support/axe.js';
import { E2E_EDITOR } from './support/editor-account.js';
import { expect, test } from './support/fixtures.js';

/**
 * The editorial area in a real browser with JavaScript switched off: everything an editor
 * does must work with plain forms. axe-core checks the sign-in page, the project list and the
 * project form showing validation errors.
 */
async function signIn(page: Page): Promise<Page> {
  await page.goto('/admin/logowanie');
  await page.getByLabel('Adres e-mail').fill(E2E_EDITOR.email);
  await page.getByLabel('Hasło').fill(E2E_EDITOR.password);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekty' })).toBeVisible();
  return page;
}

test('sign-in page: no WCAG 2.1 A/AA violations', async ({ freshPage: page }, testInfo) => {
  await page.goto('/admin/logowanie');
  const findings = await axeFindings(page, testInfo, 'admin-sign-in');
  expect(findings.wcag).toEqual([]);
  expect(findings.bestPractice).toEqual([]);
});

/** Sends the new-project form with an empty title, a bad address and "milion" as the amount. */
async function submitBadForm(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Nowy projekt' }).click();
  await page.locator('#f-title').fill('');
  await page.getByLabel('Adres (slug)').fill('Zły adres');
  await page.getByLabel('Wartość projektu').fill('milion');
  await page.getByRole('button', { name: 'Zapisz' }).first().click();
  await expect(page.getByRole('heading', { name: 'Formularz zawiera błędy' })).toBeVisible();
}

// axe-core runs as a script in the page, so these checks keep JavaScript on.
test('project list and the refused project form: no WCAG 2.1 A/AA violations', async ({ freshPage }, testInfo) => {
  test.setTimeout(180_000);
  const page = await signIn(freshPage);
  const list = await axeFindings(page, testInfo, 'admin-project-list');
  expect(list.wcag).toEqual([]);
  await submitBadForm(page);
  const withErrors = await axeFindings(page, testInfo, 'admin-project-form-errors');
  expect(withErrors.wcag).toEqual([]);
});

test('without JavaScript: a refused form keeps everything, add a row, save, publish', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await signIn(await context.newPage());
  await submitBadForm(page);
  await expect(page.getByLabel('Wartość projektu')).toHaveValue('milion');
  await expect(page.getByLabel('Wartość projektu')).toHaveAccessibleDescription(/To nie jest kwota/);

  await page.getByRole('button', { name: 'Dodaj wiersz: Partnerzy' }).click();
  await expect(page.getByRole('group', { name: 'Partner 2' })).toBeVisible();
  await expect(page.getByLabel('Wartość projektu')).toHaveValue('milion');

  await page.locator('#f-title').fill('Warsztaty w Hajnówce');
  await page.getByLabel('Adres (slug)').fill('warsztaty-w-hajnowce');
  await page.getByLabel('Wartość projektu').fill('12 500,50');
  await page.locator('#f-beneficiarySlug').selectOption('owop-bialystok');
  await page.locator('#f-description').fill('Program:\n- spotkania\n- szkolenia');
  await page.getByRole('button', { name: 'Zapisz' }).first().click();
  await expect(page.getByRole('status')).toHaveText('Zapisano.');

  await page.getByRole('button', { name: 'Opublikuj' }).click();
  await expect(page.getByRole('status')).toHaveText('Opublikowano projekt.');
  await page.goto('/projekty/warsztaty-w-hajnowce');
  await expect(page.getByRole('heading', { level: 1, name: 'Warsztaty w Hajnówce' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'szkolenia' })).toBeVisible();
  await context.close();
});

import { createDraftProject, field, notice, row, saveProjectForm } from './support/admin.js';
import { expect, test } from './support/fixtures.js';

/** A project's life in the editorial area, in a browser without JavaScript: edits, history, states, deletion. */

test('without JavaScript: an edit shows in the history as a field-by-field comparison; restoring a version brings it back', async ({
  openPage,
}) => {
  test.setTimeout(120_000);
  const page = await openPage({ as: 'administrator', javaScript: false });
  const form = await createDraftProject(page, {
    title: 'Ogród społeczny przy bibliotece',
    slug: 'ogrod-przy-bibliotece',
  });

  await field(page, 'Krótki opis').fill('Grządki dla sąsiadów i zajęcia dla dzieci.');
  await field(row(page, 'Partner 1'), 'Organizacja').selectOption('gmina-miejska-hajnowka');
  await field(row(page, 'Partner 1'), 'Rola').selectOption('partner');
  await saveProjectForm(page);
  await expect(notice(page)).toHaveText('Zapisano zmiany.');
  await expect(field(page, 'Krótki opis')).toHaveValue('Grządki dla sąsiadów i zajęcia dla dzieci.');

  // A row ticked for removal goes on saving.
  await field(row(page, 'Partner 1'), 'Usuń ten wiersz przy zapisie').check();
  await saveProjectForm(page);
  await expect(notice(page)).toHaveText('Zapisano zmiany.');
  await expect(field(row(page, 'Partner 1'), 'Organizacja')).toHaveValue('');
  await expect(row(page, 'Partner 2')).toHaveCount(0);

  await page.getByRole('link', { name: 'Historia zmian' }).click();
  const versions = page.getByRole('table', { name: 'Zapisy projektu, od najnowszego' }).locator('tbody tr');
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText('edycja');
  await expect(versions.nth(0)).toContainText('Partner 1');
  await expect(versions.nth(1)).toContainText('Krótki opis');
  await expect(versions.nth(2)).toContainText('utworzenie');

  await page.getByRole('link', { name: 'Pokaż zmiany w wersji 2' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wersja 2: Ogród społeczny przy bibliotece');
  const summaryChange = page.getByRole('row', { name: /^Krótki opis/ });
  await expect(summaryChange.getByRole('cell').nth(0)).toHaveText('(puste)');
  await expect(summaryChange.getByRole('cell').nth(1)).toHaveText('Grządki dla sąsiadów i zajęcia dla dzieci.');
  await expect(page.getByRole('row', { name: /^Partner 1 – Organizacja/ })).toContainText('gmina-miejska-hajnowka');

  await page.getByRole('button', { name: 'Przywróć wersję 2' }).click();
  await expect(notice(page)).toHaveText('Zapisano zmiany.');
  await expect(versions).toHaveCount(4);
  await expect(versions.nth(0)).toContainText('przywrócenie wersji (przywrócono wersję 2)');

  await page.goto(form);
  await expect(field(page, 'Krótki opis')).toHaveValue('Grządki dla sąsiadów i zajęcia dla dzieci.');
  await expect(field(row(page, 'Partner 1'), 'Organizacja')).toHaveValue('gmina-miejska-hajnowka');
});

test('without JavaScript: publish, take back to draft, archive and delete after a confirmation; the public page follows', async ({
  openPage,
}) => {
  test.setTimeout(120_000);
  const page = await openPage({ as: 'administrator', javaScript: false });
  const title = 'Kino plenerowe w parku miejskim';
  const form = await createDraftProject(page, { title, slug: 'kino-plenerowe' });
  const visitor = await openPage({ javaScript: false });
  const publicStatus = async () => (await visitor.goto('/projekty/kino-plenerowe'))?.status();

  await page.getByRole('button', { name: 'Opublikuj' }).click();
  await expect(notice(page)).toHaveText('Opublikowano projekt.');
  await expect(page.getByText('Stan publikacji: opublikowany')).toBeVisible();
  expect(await publicStatus()).toBe(200);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.getByRole('button', { name: 'Wycofaj do szkicu' }).click();
  await expect(notice(page)).toHaveText('Projekt jest znowu szkicem.');
  expect(await publicStatus()).toBe(404);

  await page.getByRole('button', { name: 'Przenieś do archiwum' }).click();
  await expect(notice(page)).toHaveText('Projekt przeniesiono do archiwum.');
  await expect(page.getByText('Stan publikacji: w archiwum')).toBeVisible();
  expect(await publicStatus()).toBe(404);
  await page.getByRole('button', { name: 'Opublikuj' }).click();
  await expect(notice(page)).toHaveText('Opublikowano projekt.');
  expect(await publicStatus()).toBe(200);

  // Deleting asks first; cancelling keeps the project.
  await page.getByRole('link', { name: 'Usuń projekt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Usunąć projekt „${title}”?`);
  await page.getByRole('link', { name: 'Anuluj' }).click();
  await expect(page).toHaveURL(new RegExp(`${form}$`));
  await page.getByRole('link', { name: 'Usuń projekt' }).click();
  await page.getByRole('button', { name: 'Tak, usuń projekt na zawsze' }).click();
  await expect(notice(page)).toHaveText('Usunięto projekt.');

  await page.getByLabel('Tytuł lub adres zawiera').fill('kino-plenerowe');
  await page.getByRole('button', { name: 'Filtruj' }).click();
  await expect(page).toHaveURL(/[?&]q=kino-plenerowe/);
  await expect(page.getByText('Wyników: 0')).toBeVisible();
  expect(await publicStatus()).toBe(404);
  expect((await page.goto(form))?.status()).toBe(404);
});

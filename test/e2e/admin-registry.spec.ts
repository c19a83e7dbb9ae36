import { createDraftProject, field, notice, pdfNamedPng, pngLogo, saveProjectForm } from './support/admin.js';
import { expect, test } from './support/fixtures.js';

/** Organisations, programmes and topics: the administrator's forms, in a browser without JavaScript. */

test('without JavaScript: an organisation — a refused form keeps what was typed, save, edit, its logo; the public page', async ({
  openPage,
}) => {
  test.setTimeout(120_000);
  const page = await openPage({ as: 'administrator', javaScript: false });
  await page.goto('/admin/organizacje');
  await page.getByRole('link', { name: 'Nowa organizacja' }).click();
  await field(page, 'Nazwa (wymagane)').fill('Stowarzyszenie Zielona Hajnówka');
  await field(page, 'Adres (slug) (wymagane)').fill('Zielona Hajnówka');
  await field(page, 'Kraj (kod ISO, np. PL)').fill('PL');
  await field(page, 'Miejscowość').fill('Hajnówka');
  await field(page, 'NIP').fill('603-00');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Formularz zawiera błędy' })).toBeVisible();
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveCount(3);
  await expect(field(page, 'Adres (slug) (wymagane)')).toHaveAccessibleDescription(/tylko małe litery/);
  await expect(field(page, 'Rodzaj (wymagane)')).toHaveAccessibleDescription(/To pole jest wymagane/);
  await expect(field(page, 'NIP')).toHaveAccessibleDescription(/NIP ma 10 cyfr/);
  await expect(field(page, 'Nazwa (wymagane)')).toHaveValue('Stowarzyszenie Zielona Hajnówka');
  await expect(field(page, 'Miejscowość')).toHaveValue('Hajnówka');
  await expect(field(page, 'NIP')).toHaveValue('603-00');

  await field(page, 'Adres (slug) (wymagane)').fill('zielona-hajnowka');
  await field(page, 'Rodzaj (wymagane)').selectOption('ngo');
  await field(page, 'NIP').fill('6030012345');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(notice(page)).toHaveText('Zapisano.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Edycja organizacji: Stowarzyszenie Zielona Hajnówka',
  );
  await field(page, 'Nazwa skrócona').fill('Zielona Hajnówka');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(notice(page)).toHaveText('Zapisano zmiany.');
  await expect(field(page, 'Nazwa skrócona')).toHaveValue('Zielona Hajnówka');

  const logo = page.getByRole('region', { name: 'Logo organizacji' });
  await expect(logo.getByText('Organizacja nie ma logo.')).toBeVisible();
  await logo.getByLabel('Plik obrazu').setInputFiles(pdfNamedPng());
  await field(logo, 'Tekst alternatywny (wymagane)').fill('Zielony liść i napis Zielona Hajnówka');
  await field(logo, 'Autor lub źródło zdjęcia (wymagane)').fill('Stowarzyszenie');
  await logo.getByRole('button', { name: 'Prześlij logo' }).click();
  await expect(page.getByRole('alert')).toContainText('Plik obrazu: Ten plik nie jest obrazem');
  await expect(logo.getByLabel('Plik obrazu')).toHaveAccessibleDescription(/Ten plik nie jest obrazem/);
  await expect(field(logo, 'Tekst alternatywny (wymagane)')).toHaveValue('Zielony liść i napis Zielona Hajnówka');
  await expect(field(logo, 'Autor lub źródło zdjęcia (wymagane)')).toHaveValue('Stowarzyszenie');

  await logo.getByLabel('Plik obrazu').setInputFiles(await pngLogo());
  await logo.getByRole('button', { name: 'Prześlij logo' }).click();
  await expect(notice(page)).toHaveText('Przesłano obraz.');
  const current = logo.getByRole('img', { name: 'Obecne logo' });
  await expect(current).toBeVisible();
  await expect.poll(() => current.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

  const visitor = await openPage({ javaScript: false });
  await visitor.goto('/organizacje/zielona-hajnowka');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Stowarzyszenie Zielona Hajnówka');
  await expect(visitor.getByRole('main')).toContainText('Zielona Hajnówka');
  await expect(visitor.getByRole('main')).toContainText('6030012345');

  await logo.getByRole('button', { name: 'Usuń logo' }).click();
  await expect(notice(page)).toHaveText('Usunięto obraz.');
  await expect(logo.getByText('Organizacja nie ma logo.')).toBeVisible();
});

test('without JavaScript: a programme — refused, saved, edited; the public page in both languages', async ({
  openPage,
}) => {
  const page = await openPage({ as: 'administrator', javaScript: false });
  await page.goto('/admin/programy');
  await page.getByRole('link', { name: 'Nowy program' }).click();
  await field(page, 'Nazwa (wymagane)').fill('Program Regionalny Fundusze Europejskie dla Podlaskiego');
  await field(page, 'Nazwa po angielsku').fill('European Funds for Podlaskie');
  await field(page, 'Adres (slug) (wymagane)').fill('fepd-2021-2027');
  await field(page, 'Kod CCI').fill('CCI Podlasie');
  await field(page, 'Okres programowy (wymagane)').selectOption('2021-2027');
  await field(page, 'Europejski Fundusz Rozwoju Regionalnego (EFRR)').check();
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(field(page, 'Nazwa skrócona (wymagane)')).toHaveAccessibleDescription(/To pole jest wymagane/);
  await expect(field(page, 'Kod CCI')).toHaveAccessibleDescription(/Kod CCI wygląda tak/);
  await expect(field(page, 'Nazwa po angielsku')).toHaveValue('European Funds for Podlaskie');
  await expect(field(page, 'Okres programowy (wymagane)')).toHaveValue('2021-2027');
  await expect(field(page, 'Europejski Fundusz Rozwoju Regionalnego (EFRR)')).toBeChecked();

  await field(page, 'Nazwa skrócona (wymagane)').fill('FEPD');
  await field(page, 'Kod CCI').fill('2021PL16FFPR010');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(notice(page)).toHaveText('Zapisano.');
  await field(page, 'Instytucja zarządzająca').fill('Zarząd Województwa Podlaskiego');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(notice(page)).toHaveText('Zapisano zmiany.');

  const visitor = await openPage({ javaScript: false });
  await visitor.goto('/programy/fepd-2021-2027');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
    'Program Regionalny Fundusze Europejskie dla Podlaskiego',
  );
  await expect(visitor.getByRole('main')).toContainText('2021PL16FFPR010');
  await expect(visitor.getByRole('main')).toContainText('Zarząd Województwa Podlaskiego');
  await visitor.goto('/en/programmes/fepd-2021-2027');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('European Funds for Podlaskie');
});

test('without JavaScript: a topic — refused, saved, renamed; a published project shows it in both languages', async ({
  openPage,
}) => {
  test.setTimeout(120_000);
  const page = await openPage({ as: 'administrator', javaScript: false });
  await page.goto('/admin/tematy');
  await page.getByRole('link', { name: 'Nowy temat' }).click();
  await field(page, 'Nazwa po polsku (wymagane)').fill('Zieleń miejska');
  await field(page, 'Adres (slug) (wymagane)').fill('zielen-miejska');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(field(page, 'Nazwa po angielsku (wymagane)')).toHaveAccessibleDescription(/To pole jest wymagane/);
  await expect(field(page, 'Nazwa po polsku (wymagane)')).toHaveValue('Zieleń miejska');
  await field(page, 'Nazwa po angielsku (wymagane)').fill('City greenery');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(notice(page)).toHaveText('Zapisano.');
  await field(page, 'Nazwa po angielsku (wymagane)').fill('Urban green spaces');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(notice(page)).toHaveText('Zapisano zmiany.');
  await page.getByRole('link', { name: 'Tematy' }).click();
  await expect(page.getByRole('row', { name: /Zieleń miejska/ })).toContainText('Urban green spaces');

  await createDraftProject(page, { title: 'Łąka kwietna zamiast trawnika', slug: 'laka-kwietna' });
  await field(page, 'Zieleń miejska').check();
  await saveProjectForm(page);
  await expect(notice(page)).toHaveText('Zapisano zmiany.');
  await page.getByRole('button', { name: 'Opublikuj' }).click();
  await expect(notice(page)).toHaveText('Opublikowano projekt.');
  const visitor = await openPage({ javaScript: false });
  await visitor.goto('/projekty/laka-kwietna');
  await expect(visitor.getByRole('link', { name: 'Zieleń miejska' })).toBeVisible();
  await visitor.goto('/en/projects/laka-kwietna');
  await expect(visitor.getByRole('link', { name: 'Urban green spaces' })).toBeVisible();
});

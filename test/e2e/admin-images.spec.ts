import type { Locator } from '@playwright/test';
import { createDraftProject, field, jpegPhoto, notice, pdfNamedPng, pngLogo } from './support/admin.js';
import { expect, test } from './support/fixtures.js';

/** The picture has arrived in the browser and decoded (the media route serves it). */
async function expectShown(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
}

test('without JavaScript: a project logo and a photo with alt text and credit; a PDF named .png is refused, the words kept', async ({
  openPage,
}) => {
  test.setTimeout(120_000);
  const page = await openPage({ as: 'administrator', javaScript: false });
  const title = 'Mural na osiedlu Mazury';
  const form = await createDraftProject(page, { title, slug: 'mural-na-mazurach' });
  await page.getByRole('link', { name: 'Logo i zdjęcia' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Logo i zdjęcia: ${title}`);
  const logo = page.getByRole('region', { name: 'Logo', exact: true });
  const photos = page.getByRole('region', { name: 'Zdjęcia', exact: true });

  await logo.getByLabel('Plik obrazu').setInputFiles(pdfNamedPng());
  await field(logo, 'Tekst alternatywny (wymagane)').fill('Logo projektu: ptak na tle bloku');
  await field(logo, 'Autor lub źródło zdjęcia (wymagane)').fill('Pracownia Mural');
  await logo.getByRole('button', { name: 'Prześlij logo' }).click();
  await expect(page.getByRole('heading', { name: 'Formularz zawiera błędy' })).toBeVisible();
  await expect(logo.getByLabel('Plik obrazu')).toHaveAccessibleDescription(/Ten plik nie jest obrazem/);
  await expect(field(logo, 'Tekst alternatywny (wymagane)')).toHaveValue('Logo projektu: ptak na tle bloku');
  await expect(field(logo, 'Autor lub źródło zdjęcia (wymagane)')).toHaveValue('Pracownia Mural');
  await expect(logo.getByText('Projekt nie ma logo.')).toBeVisible();

  await logo.getByLabel('Plik obrazu').setInputFiles(await pngLogo());
  await logo.getByRole('button', { name: 'Prześlij logo' }).click();
  await expect(notice(page)).toHaveText('Przesłano obraz.');
  await expectShown(logo.getByRole('img', { name: 'Logo projektu: ptak na tle bloku' }));

  // A photo without its alt text is refused; the credit typed stays.
  await photos.getByLabel('Plik obrazu').setInputFiles(await jpegPhoto());
  await field(photos, 'Autor lub źródło zdjęcia (wymagane)').fill('Jan Malarz');
  await photos.getByRole('button', { name: 'Prześlij zdjęcie' }).click();
  await expect(field(photos, 'Tekst alternatywny (wymagane)')).toHaveAccessibleDescription(/To pole jest wymagane/);
  await expect(field(photos, 'Autor lub źródło zdjęcia (wymagane)')).toHaveValue('Jan Malarz');

  await photos.getByLabel('Plik obrazu').setInputFiles(await jpegPhoto());
  await field(photos, 'Tekst alternatywny (wymagane)').fill('Mural z ptakami na ścianie bloku');
  await photos.getByRole('button', { name: 'Prześlij zdjęcie' }).click();
  await expect(notice(page)).toHaveText('Przesłano obraz.');
  const photo = photos.getByRole('figure');
  await expectShown(photo.getByRole('img', { name: 'Mural z ptakami na ścianie bloku' }));
  await expect(photo.getByText('Fot. Jan Malarz')).toBeVisible();

  // New words without the alt text are refused at that photo; the credit typed stays.
  await field(photo, 'Tekst alternatywny').fill('');
  await field(photo, 'Autor lub źródło zdjęcia').fill('Jan Malarz, Fundacja Mural');
  await photo.getByRole('button', { name: 'Zapisz opis zdjęcia' }).click();
  await expect(field(photo, 'Tekst alternatywny')).toHaveAccessibleDescription(/To pole jest wymagane/);
  await expect(field(photo, 'Autor lub źródło zdjęcia')).toHaveValue('Jan Malarz, Fundacja Mural');
  await field(photo, 'Tekst alternatywny').fill('Mural z żurawiami na szczytowej ścianie bloku');
  await photo.getByRole('button', { name: 'Zapisz opis zdjęcia' }).click();
  await expect(notice(page)).toHaveText('Zapisano opis zdjęcia.');

  await page.goto(form);
  await page.getByRole('button', { name: 'Opublikuj' }).click();
  await expect(notice(page)).toHaveText('Opublikowano projekt.');
  const visitor = await openPage({ javaScript: false });
  await visitor.goto('/projekty/mural-na-mazurach');
  await expectShown(visitor.getByRole('img', { name: `Logo projektu ${title}` }));
  const published = visitor.locator('#zdjecia figure');
  await expectShown(published.getByRole('img', { name: 'Mural z żurawiami na szczytowej ścianie bloku' }));
  await expect(published).toContainText('Jan Malarz, Fundacja Mural');

  await page.getByRole('link', { name: 'Logo i zdjęcia' }).click();
  await photo.getByRole('button', { name: 'Usuń zdjęcie' }).click();
  await expect(notice(page)).toHaveText('Usunięto obraz.');
  await expect(photos.getByText('Projekt nie ma jeszcze zdjęć.')).toBeVisible();
  await logo.getByRole('button', { name: 'Usuń logo' }).click();
  await expect(notice(page)).toHaveText('Usunięto obraz.');
  await expect(logo.getByText('Projekt nie ma logo.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.locator('#zdjecia')).toHaveCount(0);
});

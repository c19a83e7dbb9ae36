import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import type { E2eAccount } from './e2e-data.js';
import { expect } from './fixtures.js';

/** A control by its whole label, as a person reads it (required ones end in "(wymagane)"). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true });
}

/** One row of a repeatable group of the project form, by its legend ("Partner 2"). */
export function row(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/** The one-line message a page shows after a redirect ("Zapisano."). */
export function notice(page: Page): Locator {
  return page.locator('main p[role="status"]').first();
}

/** Signs in through the Polish sign-in form and lands on the project list. */
export async function signIn(page: Page, account: Pick<E2eAccount, 'email' | 'password'>): Promise<void> {
  await page.goto('/admin/logowanie');
  await field(page, 'Adres e-mail (wymagane)').fill(account.email);
  await field(page, 'Hasło (wymagane)').fill(account.password);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekty' })).toBeVisible();
}

/** Presses the project form's first "Zapisz" (the one Enter would press). */
export async function saveProjectForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Zapisz', exact: true }).first().click();
}

/**
 * Creates a draft project of the editor's organisation through the form and stays on its
 * editing page; returns that page's address.
 */
export async function createDraftProject(page: Page, project: { title: string; slug: string }): Promise<string> {
  await page.goto('/admin/projekty/nowy');
  await field(page, 'Tytuł (wymagane)').fill(project.title);
  await field(page, 'Adres (slug) (wymagane)').fill(project.slug);
  await field(page, 'Beneficjent').selectOption('owop-bialystok');
  await saveProjectForm(page);
  await expect(notice(page)).toHaveText('Zapisano.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edycja: ${project.title}`);
  return new URL(page.url()).pathname;
}

/** A file for an `<input type="file">`, made in memory. */
export interface UploadFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** A real PNG: a small two-colour logo. */
export async function pngLogo(): Promise<UploadFile> {
  const buffer = await sharp({ create: { width: 240, height: 120, channels: 4, background: '#1d5c8a' } })
    .composite([
      { input: { create: { width: 80, height: 80, channels: 4, background: '#f2c200' } }, top: 20, left: 20 },
    ])
    .png()
    .toBuffer();
  return { name: 'logo.png', mimeType: 'image/png', buffer };
}

/** A real JPEG photo, a gradient like a sky, as a camera would send it. */
export async function jpegPhoto(): Promise<UploadFile> {
  const width = 640;
  const height = 400;
  const pixels = Buffer.alloc(width * height * 3);
  for (let at = 0; at < pixels.length; at += 3) {
    const y = Math.floor(at / 3 / width);
    pixels[at] = 90;
    pixels[at + 1] = 140 + Math.floor((y * 80) / height);
    pixels[at + 2] = 220;
  }
  const buffer = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg()
    .toBuffer();
  return { name: 'podworko.jpg', mimeType: 'image/jpeg', buffer };
}

/** A PDF renamed to .png: the type is told from the content, so it must be refused. */
export function pdfNamedPng(): UploadFile {
  const buffer = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  return { name: 'plakat.png', mimeType: 'image/png', buffer };
}

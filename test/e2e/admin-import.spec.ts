import type { Page, TestInfo } from '@playwright/test';
import { OFFICIAL_2014_HEADERS, official2014Rows } from '../import/official-lists.js';
import { field } from './support/admin.js';
import { axeFindings } from './support/axe.js';
import { expect, test } from './support/fixtures.js';

/** The official 2014-2020 list of seven rows (three of them bad) as the ministry's CSV, `;`-separated. */
function officialListCsv(): Buffer {
  const quote = (cell: string | number) => {
    const text = String(cell);
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [OFFICIAL_2014_HEADERS, ...official2014Rows()].map((row) => row.map(quote).join(';'));
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

async function expectNoAxeViolations(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const findings = await axeFindings(page, testInfo, name);
  expect(findings.wcag, `${name}: WCAG 2.1 A/AA violations`).toEqual([]);
  expect(findings.bestPractice, `${name}: axe best-practice violations`).toEqual([]);
}

// One import runs at a time on the shared server: these tests go one after another.
test.describe.configure({ mode: 'serial' });

let reportPath = '';

test('without JavaScript: an administrator uploads the official list as a trial run and reads the report', async ({
  openPage,
}) => {
  test.setTimeout(120_000);
  const page = await openPage({ as: 'administrator', javaScript: false });
  await page.goto('/admin/projekty');
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import pliku');

  // Sent without a file: refused, the choices kept.
  await field(page, 'Układ pliku').selectOption('official-2014-2020');
  await page.getByLabel('Próba: sprawdź wszystkie wiersze i pokaż raport, ale niczego nie zapisuj').check();
  await page.getByRole('button', { name: 'Importuj' }).click();
  await expect(page.getByRole('heading', { name: 'Formularz zawiera błędy' })).toBeVisible();
  await expect(page.getByLabel('Plik do zaimportowania (wymagane)')).toHaveAccessibleDescription(
    /Wybierz plik do zaimportowania\./,
  );
  await expect(field(page, 'Układ pliku')).toHaveValue('official-2014-2020');
  await expect(
    page.getByLabel('Próba: sprawdź wszystkie wiersze i pokaż raport, ale niczego nie zapisuj'),
  ).toBeChecked();

  await page
    .getByLabel('Plik do zaimportowania (wymagane)')
    .setInputFiles({ name: 'lista-e2e.csv', mimeType: 'text/csv', buffer: officialListCsv() });
  await page.getByRole('button', { name: 'Importuj' }).click();
  // The progress page refreshes itself (a meta refresh, as JavaScript is off) until the report is there.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raport importu: lista-e2e.csv', {
    timeout: 60_000,
  });
  await expect(page.getByText('To była próba: rejestr nie został zmieniony.')).toBeVisible();
  const counts = page.getByRole('table', { name: 'Wynik importu' });
  await expect(counts.getByRole('row', { name: /odczytane/ })).toContainText('7');
  await expect(counts.getByRole('row', { name: /nowe projekty/ })).toContainText('4');
  await expect(counts.getByRole('row', { name: /odrzucone/ })).toContainText('3');
  const rejected = page.getByRole('table', { name: 'Wiersze, których nie zaimportowano, z powodami' });
  await expect(rejected.getByRole('row')).toHaveCount(4);
  await expect(rejected.getByRole('row').nth(1)).toContainText('6');
  await expect(rejected.getByRole('row').nth(1)).toContainText('"abc" nie jest liczbą');
  const download = page.getByRole('link', { name: /Pobierz odrzucone wiersze \(CSV\)/ });
  const answer = await page.request.get((await download.getAttribute('href')) ?? '');
  expect(answer.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await answer.text()).split('\r\n').filter((line) => line !== '')).toHaveLength(4);
  reportPath = new URL(page.url()).pathname;
});

test('the upload form and the report pass axe in both languages', async ({ openPage }, testInfo) => {
  expect(reportPath).toMatch(/^\/admin\/import\/[0-9a-f]+$/);
  const page = await openPage({ as: 'administrator', javaScript: true });
  for (const [language, form, report] of [
    ['pl', '/admin/import', reportPath],
    ['en', '/en/admin/import', reportPath.replace(/^\/admin/, '/en/admin')],
  ] as const) {
    await page.goto(form);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoAxeViolations(page, testInfo, `import-form-${language}`);
    await page.goto(report);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      language === 'pl' ? 'Raport importu: lista-e2e.csv' : 'Import report: lista-e2e.csv',
    );
    await expectNoAxeViolations(page, testInfo, `import-report-${language}`);
  }
});

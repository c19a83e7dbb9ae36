import type { Locator, Page } from '@playwright/test';
import { field, notice, row, saveProjectForm } from './support/admin.js';
import { expect, test } from './support/fixtures.js';

/**
 * The whole project form in a browser without JavaScript: a new project refused and then
 * saved; its editing form with every repeatable group filled in, a row added, a refused save
 * that keeps all of it, the save; and the published page that shows every part.
 */

/** One thing a person does in the form: type, choose from a list or tick a box. */
type Entry =
  | (Where & { readonly label: string; readonly type: string })
  | (Where & { readonly label: string; readonly choose: string })
  | { readonly tick: string };

/** Where a field is, when its label alone is not unique: a row of a group or a section of the form. */
interface Where {
  readonly row?: string;
  readonly section?: string;
}

const SLUG = 'zielone-podworka-hajnowki';

/** Everything typed into the stored project, with three mistakes: a 4-digit TERYT code, an address without https://, "170 tys." as an amount. */
const TYPED: readonly Entry[] = [
  { label: 'Krótki opis', type: 'Mieszkańcy zazieleniają cztery podwórka w centrum miasta.' },
  { label: 'Status realizacji (wymagane)', choose: 'in_progress' },
  { label: 'Data rozpoczęcia', type: '2024-03-01' },
  { label: 'Data zakończenia', type: '2026-10-31' },
  { label: 'Kategoria', choose: 'investment' },
  { label: 'Cel projektu', type: 'Więcej zieleni i cienia tuż przy domach.' },
  { label: 'Opis projektu', type: 'Co zrobimy razem z mieszkańcami:\n- posadzimy drzewa\n- zbudujemy ławki' },
  { section: 'Teksty po angielsku', label: 'Tytuł po angielsku', type: 'Green courtyards of Hajnówka' },
  { label: 'Program', choose: 'rpo-podlaskie-2014-2020' },
  { label: 'Okres programowy', choose: '2014-2020' },
  { label: 'Oś priorytetowa – numer', type: '8' },
  { label: 'Oś priorytetowa – nazwa', type: 'Infrastruktura dla usług użyteczności publicznej' },
  { tick: 'Europejski Fundusz Rozwoju Regionalnego (EFRR)' },
  { tick: 'Rewitalizacja' },
  { label: 'Wartość projektu', type: '250 000,00' },
  { label: 'Dofinansowanie', type: '200 000,00' },
  { row: 'Źródło 1', label: 'Źródło', choose: 'eu' },
  { row: 'Źródło 1', label: 'Kwota', type: '170 tys.' },
  { row: 'Partner 1', label: 'Organizacja', choose: 'gmina-miejska-hajnowka' },
  { row: 'Partner 1', label: 'Rola', choose: 'partner' },
  { row: 'Partner 1', label: 'Uwagi', type: 'udostępnia podwórka' },
  { row: 'Miejsce 1', label: 'Opis miejsca', type: 'Podwórka przy ul. Lipowej' },
  { row: 'Miejsce 1', label: 'Kraj (kod, np. PL)', type: 'PL' },
  { row: 'Miejsce 1', label: 'Województwo', type: 'podlaskie' },
  { row: 'Miejsce 1', label: 'Kod TERYT gminy', type: '2005' },
  { row: 'Miejsce 1', label: 'Miejscowość', type: 'Hajnówka' },
  { row: 'Miejsce 1', label: 'Szerokość geograficzna', type: '52,7436' },
  { row: 'Miejsce 1', label: 'Długość geograficzna', type: '23,5816' },
  { row: 'Etap 1', label: 'Nazwa', type: 'Projektowanie z mieszkańcami' },
  { row: 'Etap 1', label: 'Od', type: '2024-03-01' },
  { row: 'Etap 1', label: 'Do', type: '2024-06-30' },
  { row: 'Etap 1', label: 'Stan', choose: 'completed' },
  { row: 'Aktualność 1', label: 'Data', type: '2024-05-12' },
  { row: 'Aktualność 1', label: 'Tytuł', type: 'Pierwsze sadzenie drzew' },
  { row: 'Aktualność 1', label: 'Treść', type: 'Posadziliśmy dwanaście lip.' },
  { row: 'Wskaźnik 1', label: 'Rodzaj', choose: 'output' },
  { row: 'Wskaźnik 1', label: 'Nazwa', type: 'Zazielenione podwórka' },
  { row: 'Wskaźnik 1', label: 'Jednostka', type: 'szt.' },
  { row: 'Wskaźnik 1', label: 'Wartość bazowa', type: '0' },
  { row: 'Wskaźnik 1', label: 'Wartość docelowa', type: '4' },
  { row: 'Wskaźnik 1', label: 'Osiągnięto', type: '1' },
  { row: 'Odnośnik 1', label: 'Rodzaj', choose: 'document' },
  { row: 'Odnośnik 1', label: 'Tytuł', type: 'Regulamin udziału' },
  { row: 'Odnośnik 1', label: 'Adres (https://…)', type: 'hajnowka.pl/regulamin' },
  { row: 'Powiązanie 1', label: 'Rodzaj', choose: 'continues' },
  { row: 'Powiązanie 1', label: 'Projekt w rejestrze', choose: 'hajnowka-odnowa' },
  { row: 'Grupa 1', label: 'Nazwa', type: 'Rada podwórek' },
  { row: 'Grupa 1', label: 'Członkowie (jeden w wierszu)', type: 'Anna Nowak\nJan Kowalski' },
  { label: 'Osoba do kontaktu', type: 'Anna Nowak' },
  { label: 'E-mail kontaktowy', type: 'podworka@example.org' },
  { label: 'Numer umowy', type: 'RPPD.08.01.00-20-0001/24' },
];

/** The second phase, typed into a spare empty row. */
const SECOND_PHASE: readonly Entry[] = [
  { row: 'Etap 2', label: 'Nazwa', type: 'Sadzenie i budowa ławek' },
  { row: 'Etap 2', label: 'Stan', choose: 'in_progress' },
];

function control(page: Page, entry: Entry): Locator {
  if ('tick' in entry) return field(page, entry.tick);
  if (entry.row) return field(row(page, entry.row), entry.label);
  if (entry.section) return field(page.getByRole('region', { name: entry.section }), entry.label);
  return field(page, entry.label);
}

async function enter(page: Page, entries: readonly Entry[]): Promise<void> {
  for (const entry of entries) {
    if ('tick' in entry) await control(page, entry).check();
    else if ('choose' in entry) await control(page, entry).selectOption(entry.choose);
    else await control(page, entry).fill(entry.type);
  }
}

/** Every entry is on the page exactly as the person left it. */
async function expectKept(page: Page, entries: readonly Entry[]): Promise<void> {
  for (const entry of entries) {
    if ('tick' in entry) await expect(control(page, entry)).toBeChecked();
    else await expect(control(page, entry)).toHaveValue('choose' in entry ? entry.choose : entry.type);
  }
}

test('without JavaScript: a new project, then every group of its form — a row added, a refused save keeps all, save, publish, the public page', async ({
  openPage,
}) => {
  test.setTimeout(120_000);
  const page = await openPage({ as: 'administrator', javaScript: false });
  await page.goto('/admin/projekty');
  await page.getByRole('link', { name: 'Nowy projekt' }).click();
  await field(page, 'Tytuł (wymagane)').fill('Zielone podwórka Hajnówki');
  await field(page, 'Adres (slug) (wymagane)').fill('Zielone Podwórka');
  await field(page, 'Beneficjent').selectOption('owop-bialystok');
  await saveProjectForm(page);
  await expect(field(page, 'Adres (slug) (wymagane)')).toHaveAccessibleDescription(/tylko małe litery/);
  await expect(field(page, 'Tytuł (wymagane)')).toHaveValue('Zielone podwórka Hajnówki');
  await expect(field(page, 'Beneficjent')).toHaveValue('owop-bialystok');
  await field(page, 'Adres (slug) (wymagane)').fill(SLUG);
  await saveProjectForm(page);
  await expect(notice(page)).toHaveText('Zapisano.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edycja: Zielone podwórka Hajnówki');

  await enter(page, TYPED);

  await page.getByRole('button', { name: 'Dodaj wiersz: Etapy' }).click();
  await expect(page.getByRole('status')).toHaveText('Dodano pusty wiersz. Nic jeszcze nie zostało zapisane.');
  // The spare empty row was there already; the button brings one more. Empty rows are left out on saving.
  await expect(row(page, 'Etap 3')).toBeVisible();
  await expect(row(page, 'Etap 4')).toHaveCount(0);
  await expectKept(page, TYPED);
  await enter(page, SECOND_PHASE);

  await saveProjectForm(page);
  await expect(page.getByRole('heading', { name: 'Formularz zawiera błędy' })).toBeVisible();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('listitem')).toHaveCount(3);
  await expect(summary).toContainText('Miejsce 1 – Kod TERYT gminy: Kod TERYT gminy ma 7 cyfr.');
  await expectKept(page, [...TYPED, ...SECOND_PHASE]);
  const teryt = field(row(page, 'Miejsce 1'), 'Kod TERYT gminy');
  const url = field(row(page, 'Odnośnik 1'), 'Adres (https://…)');
  const amount = field(row(page, 'Źródło 1'), 'Kwota');
  await expect(teryt).toHaveAccessibleDescription(/Kod TERYT gminy ma 7 cyfr/);
  await expect(url).toHaveAccessibleDescription(/musi zaczynać się od http:\/\/ lub https:\/\//);
  await expect(amount).toHaveAccessibleDescription(/To nie jest kwota/);
  // The summary's links lead to the fields.
  await summary.getByRole('link', { name: /Kod TERYT/ }).click();
  await expect(page).toHaveURL(/#f-places-0-teryt$/);

  await teryt.fill('2005011');
  await url.fill('https://hajnowka.pl/regulamin');
  await amount.fill('170 000,00');
  await saveProjectForm(page);
  await expect(notice(page)).toHaveText('Zapisano zmiany.');
  await expect(page.getByText('Stan publikacji: szkic')).toBeVisible();
  await expect(field(page, 'Wartość projektu')).toHaveValue(/^250\s000,00$/);
  await expect(field(row(page, 'Etap 2'), 'Nazwa')).toHaveValue('Sadzenie i budowa ławek');
  await expect(field(row(page, 'Grupa 1'), 'Członkowie (jeden w wierszu)')).toHaveValue('Anna Nowak\nJan Kowalski');

  // A draft is nowhere public.
  const publicPage = await openPage({ javaScript: false });
  expect((await publicPage.goto(`/projekty/${SLUG}`))?.status()).toBe(404);

  await page.getByRole('button', { name: 'Opublikuj' }).click();
  await expect(notice(page)).toHaveText('Opublikowano projekt.');

  expect((await publicPage.goto(`/projekty/${SLUG}`))?.status()).toBe(200);
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText('Zielone podwórka Hajnówki');
  const section = (id: string) => publicPage.locator(`#${id}`);
  await expect(section('opis').getByRole('listitem')).toHaveText(['posadzimy drzewa', 'zbudujemy ławki']);
  await expect(section('finansowanie')).toContainText(/250\s000,00\szł/);
  await expect(section('finansowanie')).toContainText('Unia Europejska');
  await expect(section('realizatorzy')).toContainText('Ośrodek Wspierania Organizacji Pozarządowych');
  await expect(section('realizatorzy')).toContainText('Gmina Miejska Hajnówka');
  await expect(section('miejsce')).toContainText('Podwórka przy ul. Lipowej');
  await expect(section('etapy')).toContainText('Projektowanie z mieszkańcami');
  await expect(section('etapy')).toContainText('Sadzenie i budowa ławek');
  await expect(section('aktualnosci')).toContainText('Pierwsze sadzenie drzew');
  await expect(section('wskazniki')).toContainText('Zazielenione podwórka');
  await expect(section('dokumenty').getByRole('link', { name: /Regulamin udziału/ })).toHaveAttribute(
    'href',
    'https://hajnowka.pl/regulamin',
  );
  await expect(section('powiazane').locator('a[href="/projekty/hajnowka-odnowa"]')).toBeVisible();
  await expect(section('grupy')).toContainText('Rada podwórek');
  await expect(section('grupy')).toContainText('Jan Kowalski');
  await expect(section('kontakt')).toContainText('podworka@example.org');
  await expect(publicPage.getByRole('link', { name: 'Rewitalizacja' })).toBeVisible();

  await publicPage.goto(`/en/projects/${SLUG}`);
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText('Green courtyards of Hajnówka');
});

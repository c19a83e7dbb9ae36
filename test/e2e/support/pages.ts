import type { APIRequestContext, Page } from '@playwright/test';
import { E2E_PROJECTS, type SharedSession } from './e2e-data.js';

export type Language = 'pl' | 'en';
export const LANGUAGES: readonly Language[] = ['pl', 'en'];

/**
 * One kind of page the suite checks in both languages: axe, screenshots, reflow at 320 px.
 * Add a page type here and every check covers it; pages behind a sign-in or a form
 * submission use `prepare`.
 */
export interface PageType {
  /** Short name, used in test titles and screenshot file names. */
  readonly name: string;
  /** The address in each language; `{demo}` stands for the slug of a rich demo project. */
  readonly paths: Readonly<Record<Language, string>>;
  /** The HTTP status the page answers with; 200 unless said. */
  readonly status?: number;
  /** Brings the page into the state to check after it has loaded (follow links, submit a form…). */
  readonly prepare?: (page: Page, language: Language) => Promise<void>;
  /** Signed in with the run's shared session of this account (editorial pages). */
  readonly session?: SharedSession;
  /** A long page (many links, as a search with every facet): axe and full-page screenshots take longer. */
  readonly slow?: boolean;
}

export const PUBLIC_PAGE_TYPES: readonly PageType[] = [
  { name: 'home', paths: { pl: '/', en: '/en/' } },
  {
    name: 'project-list-filtered',
    paths: {
      pl: '/projekty?temat=rewitalizacja&status=in_progress',
      en: '/en/projects?temat=rewitalizacja&status=in_progress',
    },
    slow: true,
  },
  {
    // Words, two facets, a chosen sort: highlighted snippets, active filters, facet counts.
    name: 'search-results',
    paths: {
      pl: '/projekty?q=projekt&status=completed&fundusz=ERDF&sortuj=value-desc',
      en: '/en/projects?q=projekt&status=completed&fundusz=ERDF&sortuj=value-desc',
    },
    slow: true,
  },
  {
    // No result, and parts of the query that were ignored (a stray quote, an unknown value).
    name: 'search-no-results',
    paths: {
      pl: '/projekty?q=nieistniejacewyrazy+%22&program=nie-ma-takiego',
      en: '/en/projects?q=nieistniejacewyrazy+%22&program=nie-ma-takiego',
    },
  },
  { name: 'project-seed', paths: { pl: '/projekty/hajnowka-odnowa', en: '/en/projects/hajnowka-odnowa' } },
  { name: 'project-seed-phases', paths: { pl: '/projekty/urb-inclusion', en: '/en/projects/urb-inclusion' } },
  { name: 'project-demo', paths: { pl: '/projekty/{demo}', en: '/en/projects/{demo}' } },
  {
    name: 'organisation',
    paths: { pl: '/organizacje/owop-bialystok', en: '/en/organisations/owop-bialystok' },
  },
  { name: 'programme-list', paths: { pl: '/programy', en: '/en/programmes' } },
  { name: 'programme', paths: { pl: '/programy/power-2014-2020', en: '/en/programmes/power-2014-2020' } },
  { name: 'about', paths: { pl: '/o-portalu', en: '/en/about' } },
  { name: 'licence', paths: { pl: '/licencja', en: '/en/licence' } },
  {
    name: 'not-found',
    paths: { pl: '/projekty/nie-ma-takiego-projektu', en: '/en/projects/no-such-project' },
    status: 404,
  },
  {
    name: 'bad-request',
    paths: { pl: '/programy/power-2014-2020?strona=zero', en: '/en/programmes/power-2014-2020?strona=zero' },
    status: 400,
  },
];

/**
 * The editorial area's page types, checked like the public ones. Forms are filled in by field
 * id and links followed by address, so that one `prepare` serves both languages.
 */
export const ADMIN_PAGE_TYPES: readonly PageType[] = [
  { name: 'admin-sign-in', paths: { pl: '/admin/logowanie', en: '/en/admin/sign-in' } },
  { name: 'admin-project-list', paths: { pl: '/admin/projekty', en: '/en/admin/projects' }, session: 'administrator' },
  {
    name: 'admin-project-form-errors',
    paths: { pl: '/admin/projekty/nowy', en: '/en/admin/projects/new' },
    session: 'editor',
    // An empty title, a bad address, "milion" as an amount and a 2-digit TERYT code in a place.
    prepare: async (page) => {
      await page.locator('#f-title').fill('');
      await page.locator('#f-slug').fill('Zły adres');
      await page.locator('#f-totalValue').fill('milion');
      await page.locator('#f-places-0-label').fill('Rynek');
      await page.locator('#f-places-0-teryt').fill('12');
      await page.locator('button[name="_action"][value="save"]').first().click();
      await page.locator('.error-summary').waitFor();
    },
  },
  {
    name: 'admin-history-diff',
    paths: {
      pl: `/admin/projekty?q=${E2E_PROJECTS.history.slug}`,
      en: `/en/admin/projects?q=${E2E_PROJECTS.history.slug}`,
    },
    session: 'administrator',
    // The project → its history → the second version, compared with the first.
    prepare: async (page) => {
      await page.locator('table.data-table tbody a').first().click();
      await page.locator('.toolbar-links a[href*="/histor"]').click();
      await page.locator('table.data-table tbody a[href$="/2"]').click();
      await page.locator('table.diff-table').waitFor();
    },
  },
  {
    name: 'admin-project-images',
    paths: {
      pl: `/admin/projekty?q=${E2E_PROJECTS.history.slug}`,
      en: `/en/admin/projects?q=${E2E_PROJECTS.history.slug}`,
    },
    session: 'editor',
    prepare: async (page) => {
      await page.locator('table.data-table tbody a').first().click();
      await page.locator('.toolbar-links a[href$="/zdjecia"], .toolbar-links a[href$="/images"]').click();
      await page.locator('form.upload-form').first().waitFor();
    },
  },
  { name: 'admin-user-list', paths: { pl: '/admin/uzytkownicy', en: '/en/admin/users' }, session: 'administrator' },
  { name: 'admin-audit-log', paths: { pl: '/admin/dziennik', en: '/en/admin/audit-log' }, session: 'administrator' },
  {
    name: 'admin-organisation-form',
    paths: { pl: '/admin/organizacje', en: '/en/admin/organisations' },
    session: 'administrator',
    prepare: async (page) => {
      await page.getByRole('link', { name: 'Ośrodek Wspierania Organizacji Pozarządowych' }).click();
      await page.locator('#logo-heading').waitFor();
    },
  },
];

let demoSlug: Promise<string> | undefined;

/**
 * The slug of a demo project with the most parts (indicators, links, phases), found through
 * the JSON API, so that the page with every section gets checked too.
 */
export function richDemoProject(request: APIRequestContext): Promise<string> {
  demoSlug ??= (async () => {
    const list = await (await request.get('/api/v1/projects?pageSize=100')).json();
    let best = { slug: '', parts: -1 };
    for (const item of list.data as { slug: string; isDemo: boolean }[]) {
      if (!item.isDemo) continue;
      const project = await (await request.get(`/api/v1/projects/${item.slug}`)).json();
      const parts = ['indicators', 'links', 'phases', 'places', 'partners', 'updates'].filter(
        (key) => project[key].length > 0,
      ).length;
      if (parts > best.parts) best = { slug: item.slug, parts };
      if (parts === 6) break;
    }
    return best.slug;
  })();
  return demoSlug;
}

/** The address of a page type in a language, with `{demo}` resolved. */
export async function pathOf(type: PageType, language: Language, request: APIRequestContext): Promise<string> {
  const path = type.paths[language];
  return path.includes('{demo}') ? path.replace('{demo}', await richDemoProject(request)) : path;
}

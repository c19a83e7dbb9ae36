import type { APIRequestContext, Page } from '@playwright/test';

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
  /** Brings the page into the state to check after it has loaded (sign in, submit a form…). */
  readonly prepare?: (page: Page, language: Language) => Promise<void>;
}

export const PUBLIC_PAGE_TYPES: readonly PageType[] = [
  { name: 'home', paths: { pl: '/', en: '/en/' } },
  {
    name: 'project-list-filtered',
    paths: {
      pl: '/projekty?temat=rewitalizacja&status=in_progress',
      en: '/en/projects?temat=rewitalizacja&status=in_progress',
    },
  },
  {
    name: 'project-list-no-results',
    paths: { pl: '/projekty?program=nie-ma-takiego', en: '/en/projects?program=nie-ma-takiego' },
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
  {
    name: 'not-found',
    paths: { pl: '/projekty/nie-ma-takiego-projektu', en: '/en/projects/no-such-project' },
    status: 404,
  },
  { name: 'bad-request', paths: { pl: '/projekty?strona=zero', en: '/en/projects?strona=zero' }, status: 400 },
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

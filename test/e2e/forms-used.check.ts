import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_PATHS } from '../../src/web/admin/paths.js';
import { ADMIN_ROUTES } from '../../src/web/admin/register.js';
import { expect, NAVIGATIONS_FILE, type RecordedNavigation, test } from './support/fixtures.js';

/**
 * Runs after the whole browser suite (see playwright.config.ts): every form of the editorial
 * area must have been sent at least once by a browser with JavaScript switched off.
 *
 * A form that changes something posts to a POST route, so those come from the route table
 * itself: a new one fails here until a test uses it. Search forms send GET requests with
 * their fields in the query; they are listed below, and a new one in the views fails here too.
 */
const SEARCH_FORMS = [
  { route: 'projects.list', fields: ['stan', 'q'] },
  { route: 'audit.list', fields: ['zdarzenie'] },
] as const;

const VIEWS = join('src', 'web', 'admin', 'views');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function recordedNavigations(outputFolder: string): RecordedNavigation[] {
  return filesUnder(outputFolder)
    .filter((file) => file.endsWith(NAVIGATIONS_FILE))
    .flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as RecordedNavigation[]);
}

interface RoutePattern {
  readonly name: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly parameters: number;
}

/** Each editorial route in both languages, as a pattern a URL path is matched against. */
const ROUTE_PATTERNS: readonly RoutePattern[] = ADMIN_ROUTES.flatMap((route) =>
  (['pl', 'en'] as const).map((lang) => {
    const path = route.path(ADMIN_PATHS[lang]);
    return {
      name: route.name,
      method: route.method,
      pattern: new RegExp(`^${path.replace(/:\w+/g, '[^/]+')}$`),
      parameters: (path.match(/:\w+/g) ?? []).length,
    };
  }),
);

/** The route a request reached: like the router, a fixed path wins over one with parameters. */
function routeOf(method: string, url: URL): string | null {
  const matching = ROUTE_PATTERNS.filter((route) => route.method === method && route.pattern.test(url.pathname));
  matching.sort((a, b) => a.parameters - b.parameters);
  return matching[0]?.name ?? null;
}

test('every editorial form was sent by a browser without JavaScript', async () => {
  const navigations = recordedNavigations(test.info().project.outputDir).map((item) => ({
    method: item.method,
    url: new URL(item.url),
  }));
  const posted = new Set(navigations.map((item) => routeOf(item.method, item.url)));
  const forms = [...new Set(ADMIN_ROUTES.filter((route) => route.method === 'POST').map((route) => route.name))];
  expect(forms.length).toBeGreaterThan(15);
  expect(
    forms.filter((name) => !posted.has(name)),
    'forms no browser test without JavaScript sent',
  ).toEqual([]);

  const searches = SEARCH_FORMS.filter(
    (form) =>
      !navigations.some(
        (item) =>
          routeOf('GET', item.url) === form.route && form.fields.every((field) => item.url.searchParams.has(field)),
      ),
  ).map((form) => form.route);
  expect(searches, 'search forms no browser test without JavaScript sent').toEqual([]);

  const searchFormsInViews = filesUnder(VIEWS)
    .map((file) => (readFileSync(file, 'utf8').match(/<form method="get"/g) ?? []).length)
    .reduce((sum, count) => sum + count, 0);
  expect(searchFormsInViews, 'search forms in the views: list each one in SEARCH_FORMS').toBe(SEARCH_FORMS.length);
});

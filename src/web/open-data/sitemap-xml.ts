import type { SitemapFile, SitemapItem, SitemapKind } from '../../services/open-data/sitemap-contents.js';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.js';
import { PATHS, type Paths } from '../paths.js';
import { emptyElement, textElement, XML_DECLARATION } from './xml.js';

/** At most this many URLs in one sitemap file (sitemaps.org). */
export const MAX_URLS_PER_SITEMAP = 50_000;

export const SITEMAP_INDEX_PATH = '/sitemap.xml';

/** Address of a child sitemap: `/sitemap/projects-0.xml`, `/sitemap/pages.xml`. */
export function childSitemapPath(file: Pick<SitemapFile, 'kind' | 'chunk'> | 'pages'): string {
  return file === 'pages' ? '/sitemap/pages.xml' : `/sitemap/${file.kind}-${file.chunk}.xml`;
}

/** The page of an item of each kind, in one language. */
const PAGE_OF: Readonly<Record<SitemapKind, (paths: Paths, slug: string) => string>> = {
  projects: (paths, slug) => paths.project(slug),
  organisations: (paths, slug) => paths.organisation(slug),
  programmes: (paths, slug) => paths.programme(slug),
};

/** Pages that are not about one item: one of each in every language. */
const STATIC_PAGES: readonly ((paths: Paths) => string)[] = [
  (paths) => paths.home,
  (paths) => paths.projects,
  (paths) => paths.programmes,
  (paths) => paths.about,
  (paths) => paths.licence,
];

/** W3C date-time for <lastmod>, or nothing when unknown or unreadable. */
function lastModified(value: string | null): string | undefined {
  if (value === null) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * One page in every language: a <url> per language, each naming all the others (and the
 * Polish original as x-default) with xhtml:link, as search engines ask of translated pages.
 */
function urlEntries(origin: string, pathIn: (paths: Paths) => string, modified?: string): string {
  const addresses = LOCALES.map((locale) => [locale, `${origin}${pathIn(PATHS[locale])}`] as const);
  const links = [
    ...addresses.map(([locale, href]) => emptyElement('xhtml:link', { rel: 'alternate', hreflang: locale, href })),
    emptyElement('xhtml:link', {
      rel: 'alternate',
      hreflang: 'x-default',
      href: `${origin}${pathIn(PATHS[DEFAULT_LOCALE])}`,
    }),
  ].join('');
  return addresses
    .map(
      ([, href]) =>
        `<url>${textElement('loc', href)}${modified ? textElement('lastmod', modified) : ''}${links}</url>\n`,
    )
    .join('');
}

const URLSET_OPEN =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';

/** The sitemap index: the pages file, then every non-empty chunk of every kind. */
export function renderSitemapIndex(origin: string, files: readonly SitemapFile[]): string {
  const entries = [
    `<sitemap>${textElement('loc', `${origin}${childSitemapPath('pages')}`)}</sitemap>`,
    ...files.map((file) => {
      const modified = lastModified(file.lastModified);
      return `<sitemap>${textElement('loc', `${origin}${childSitemapPath(file)}`)}${modified ? textElement('lastmod', modified) : ''}</sitemap>`;
    }),
  ];
  return `${XML_DECLARATION}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** The pages that list things rather than show one: home, lists, about, licence. */
export function renderPagesSitemap(origin: string): string {
  return `${XML_DECLARATION}${URLSET_OPEN}${STATIC_PAGES.map((page) => urlEntries(origin, page)).join('')}</urlset>\n`;
}

/** A child sitemap written as its items arrive, so a file of 50 000 URLs is never held whole. */
export async function* streamItemSitemap(
  origin: string,
  kind: SitemapKind,
  items: AsyncIterable<SitemapItem>,
): AsyncGenerator<string> {
  yield `${XML_DECLARATION}${URLSET_OPEN}`;
  const pageOf = PAGE_OF[kind];
  let batch = '';
  for await (const item of items) {
    batch += urlEntries(origin, (paths) => pageOf(paths, item.slug), lastModified(item.lastModified));
    if (batch.length > 64 * 1024) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</urlset>\n`;
}

import type { Locale } from './i18n/locales.js';

/** Query parameters of a link: a list repeats its parameter (`?fundusz=ERDF&fundusz=CF`). */
export type QueryRecord = Readonly<Record<string, string | number | readonly string[] | undefined>>;
type Query = QueryRecord;

/**
 * Route patterns of the public pages in one language, as Fastify takes them (`:slug`).
 * Every language has the same keys with the same parameters, which is what lets a page
 * be found again in the other language.
 */
export interface RoutePatterns {
  readonly home: string;
  readonly projects: string;
  readonly project: string;
  readonly organisation: string;
  readonly programmes: string;
  readonly programme: string;
  readonly about: string;
  readonly licence: string;
  readonly feed: string;
  readonly projectFeed: string;
  readonly organisationFeed: string;
}

/** Public URLs of the pages in one language, in one place, so views never spell a path themselves. */
export interface Paths {
  readonly locale: Locale;
  readonly routes: RoutePatterns;
  readonly home: string;
  readonly projects: string;
  project(slug: string): string;
  organisation(slug: string): string;
  readonly programmes: string;
  programme(slug: string): string;
  readonly about: string;
  /** The licence of the data and the code, with how to attribute and where the data comes out. */
  readonly licence: string;
  /** Atom feed of the news of every published project, in this language. */
  readonly feed: string;
  projectFeed(slug: string): string;
  /** Atom feed of the news of the projects an organisation carries out or takes part in. */
  organisationFeed(slug: string): string;
  asset(name: string): string;
  /**
   * The project list with the given query parameters (empty values left out, lists repeated).
   * Parameter names are the same in every language, so a language switch can keep the query as it is.
   */
  projectList(query: Query): string;
  /** Any path with `?strona=` set (left out for the first page). */
  withPage(path: string, query: Query, page: number): string;
}

function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

const segment = (slug: string) => encodeURIComponent(slug);

/** The words of the addresses in one language; the structure is shared. */
interface Words {
  /** Prefix of every page of the language: none for Polish, `/en` for English. */
  readonly prefix: string;
  readonly projects: string;
  readonly organisations: string;
  readonly programmes: string;
  readonly about: string;
  readonly licence: string;
  /** File name of the Atom feeds, e.g. `aktualnosci.atom`. */
  readonly feed: string;
}

function buildPaths(locale: Locale, words: Words): Paths {
  const { prefix } = words;
  const projects = `${prefix}/${words.projects}`;
  const programmes = `${prefix}/${words.programmes}`;
  return {
    locale,
    routes: {
      home: prefix === '' ? '/' : prefix,
      projects,
      project: `${projects}/:slug`,
      organisation: `${prefix}/${words.organisations}/:slug`,
      programmes,
      programme: `${programmes}/:slug`,
      about: `${prefix}/${words.about}`,
      licence: `${prefix}/${words.licence}`,
      feed: `${prefix}/${words.feed}`,
      projectFeed: `${projects}/:slug/${words.feed}`,
      organisationFeed: `${prefix}/${words.organisations}/:slug/${words.feed}`,
    },
    home: `${prefix}/`,
    projects,
    project: (slug) => `${projects}/${segment(slug)}`,
    organisation: (slug) => `${prefix}/${words.organisations}/${segment(slug)}`,
    programmes,
    programme: (slug) => `${programmes}/${segment(slug)}`,
    about: `${prefix}/${words.about}`,
    licence: `${prefix}/${words.licence}`,
    feed: `${prefix}/${words.feed}`,
    projectFeed: (slug) => `${projects}/${segment(slug)}/${words.feed}`,
    organisationFeed: (slug) => `${prefix}/${words.organisations}/${segment(slug)}/${words.feed}`,
    asset: (name) => `/static/${name}`,
    projectList: (query) => withQuery(projects, query),
    withPage: (path, query, page) => withQuery(path, { ...query, strona: page > 1 ? page : undefined }),
  };
}

/** The Polish URLs, the portal's default: `/projekty/hajnowka-odnowa`. */
export const plPaths: Paths = buildPaths('pl', {
  prefix: '',
  projects: 'projekty',
  organisations: 'organizacje',
  programmes: 'programy',
  about: 'o-portalu',
  licence: 'licencja',
  feed: 'aktualnosci.atom',
});

/** The English URLs, under `/en/`: `/en/projects/hajnowka-odnowa`. */
export const enPaths: Paths = buildPaths('en', {
  prefix: '/en',
  projects: 'projects',
  organisations: 'organisations',
  programmes: 'programmes',
  about: 'about',
  licence: 'licence',
  feed: 'news.atom',
});

export const PATHS: Readonly<Record<Locale, Paths>> = { pl: plPaths, en: enPaths };

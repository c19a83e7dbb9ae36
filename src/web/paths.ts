/** Query parameters of a link: a list repeats its parameter (`?fundusz=ERDF&fundusz=CF`). */
export type QueryRecord = Readonly<Record<string, string | number | readonly string[] | undefined>>;

/** Public URLs of the pages, in one place, so views never spell a path themselves. */
export interface Paths {
  readonly home: string;
  readonly projects: string;
  project(slug: string): string;
  organisation(slug: string): string;
  readonly programmes: string;
  programme(slug: string): string;
  readonly about: string;
  asset(name: string): string;
  /** The project list with the given query parameters (empty values left out, lists repeated). */
  projectList(query: QueryRecord): string;
  /** Any path with `?strona=` set (left out for the first page). */
  withPage(path: string, query: Readonly<Record<string, string | number | undefined>>, page: number): string;
}

function withQuery(path: string, query: QueryRecord): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

const segment = (slug: string) => encodeURIComponent(slug);

/** The Polish URLs, the portal's default. */
export const plPaths: Paths = {
  home: '/',
  projects: '/projekty',
  project: (slug) => `/projekty/${segment(slug)}`,
  organisation: (slug) => `/organizacje/${segment(slug)}`,
  programmes: '/programy',
  programme: (slug) => `/programy/${segment(slug)}`,
  about: '/o-portalu',
  asset: (name) => `/static/${name}`,
  projectList: (query) => withQuery('/projekty', query),
  withPage: (path, query, page) => withQuery(path, { ...query, strona: page > 1 ? page : undefined }),
};

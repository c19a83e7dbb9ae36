import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n/locales.js';
import { PATHS, type RoutePatterns } from './paths.js';

const ENGLISH_PREFIX = /^\/en(?=\/|$)/;

/** The language of a page address: English under `/en`, Polish everywhere else. */
export function localeOfUrl(url: string): Locale {
  const path = url.split(/[?#]/, 1)[0] ?? '/';
  return ENGLISH_PREFIX.test(path) ? 'en' : DEFAULT_LOCALE;
}

const PARAMETER = /^:(\w+)$/;

/** The parameters of a path that matches a route pattern, or null when it does not match. */
function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const wanted = pattern.split('/');
  const given = path.split('/');
  if (wanted.length !== given.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of wanted.entries()) {
    const value = given[index] ?? '';
    const parameter = PARAMETER.exec(part);
    if (parameter?.[1]) {
      if (value === '') return null;
      params[parameter[1]] = value;
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

function fillPattern(pattern: string, params: Record<string, string>): string {
  return pattern
    .split('/')
    .map((part) => {
      const parameter = PARAMETER.exec(part);
      return parameter?.[1] ? (params[parameter[1]] ?? part) : part;
    })
    .join('/');
}

/**
 * The same page in another language: the route is recognised by its pattern, and its
 * parameters and query string are carried over as they are (query names do not change with
 * the language). An address that is no known page leads to the other language's home page.
 * @example translateUrl('/projekty/urb-inclusion?x=1', 'en') // '/en/projects/urb-inclusion?x=1'
 */
export function translateUrl(url: string, to: Locale): string {
  const [rawPath = '/', ...rest] = url.split('?');
  const search = rest.length > 0 ? `?${rest.join('?')}` : '';
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
  const from = PATHS[localeOfUrl(path)];
  const target = PATHS[to];
  for (const key of Object.keys(from.routes) as (keyof RoutePatterns)[]) {
    const params = matchPattern(from.routes[key], path === '' ? '/' : path);
    if (!params) continue;
    const translated = key === 'home' ? target.home : fillPattern(target.routes[key], params);
    return `${translated}${search}`;
  }
  return target.home;
}

/** This page's address in every language, for the language switch and the hreflang links. */
export function alternatesOf(url: string): Readonly<Record<Locale, string>> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, translateUrl(url, locale)])) as Record<Locale, string>;
}

import { todayIso } from '../domain/dates.js';
import { alternatesOf } from './alternates.js';
import { createFormatter, type Formatter } from './format.js';
import { type Locale, MESSAGES } from './i18n/locales.js';
import type { Messages } from './i18n/messages.js';
import { PATHS, type Paths } from './paths.js';

/** What every view needs besides its data: words, formatting, URLs and today's date. */
export interface RenderContext {
  readonly locale: Locale;
  readonly t: Messages;
  readonly format: Formatter;
  readonly paths: Paths;
  /** Today as YYYY-MM-DD (UTC), for hints derived from dates. */
  readonly today: string;
  /** This page's address in every language: the language switch and the hreflang links. */
  readonly alternates: Readonly<Record<Locale, string>>;
  /** The portal's public origin (`https://projekty.example.gov.pl`), for absolute links. */
  readonly origin: string;
  /** An absolute URL of a path of this portal (an http(s) URL stays as it is): canonical, Open Graph, hreflang. */
  absolute(path: string): string;
}

const FORMATTERS: Readonly<Record<Locale, Formatter>> = {
  pl: createFormatter(MESSAGES.pl.locale),
  en: createFormatter(MESSAGES.en.locale),
};

export interface ContextOptions {
  /** The address of the page being rendered (path and query), e.g. `request.url`. */
  readonly url?: string;
  readonly now?: Date;
  /** The public origin of the request (see src/public-origin.ts); localhost when rendering without one. */
  readonly origin?: string;
}

/** The context of a page in one language. */
export function createContext(
  locale: Locale,
  { url, now = new Date(), origin = 'http://localhost' }: ContextOptions = {},
): RenderContext {
  const paths = PATHS[locale];
  return {
    locale,
    t: MESSAGES[locale],
    format: FORMATTERS[locale],
    paths,
    today: todayIso(now),
    alternates: alternatesOf(url ?? paths.home),
    origin,
    absolute: (path) => (/^https?:\/\//i.test(path) ? path : `${origin}${path.startsWith('/') ? path : `/${path}`}`),
  };
}

/** The context of a Polish page (the default language). */
export function polishContext(now: Date = new Date(), url?: string): RenderContext {
  return createContext('pl', { now, url });
}

/** The context of an English page. */
export function englishContext(now: Date = new Date(), url?: string): RenderContext {
  return createContext('en', { now, url });
}

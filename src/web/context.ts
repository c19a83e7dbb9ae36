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
}

const FORMATTERS: Readonly<Record<Locale, Formatter>> = {
  pl: createFormatter(MESSAGES.pl.locale),
  en: createFormatter(MESSAGES.en.locale),
};

export interface ContextOptions {
  /** The address of the page being rendered (path and query), e.g. `request.url`. */
  readonly url?: string;
  readonly now?: Date;
}

/** The context of a page in one language. */
export function createContext(locale: Locale, { url, now = new Date() }: ContextOptions = {}): RenderContext {
  const paths = PATHS[locale];
  return {
    locale,
    t: MESSAGES[locale],
    format: FORMATTERS[locale],
    paths,
    today: todayIso(now),
    alternates: alternatesOf(url ?? paths.home),
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

import { en } from './en.js';
import type { Messages } from './messages.js';
import { pl } from './pl.js';

/** The languages of the public pages; Polish is the default and the original of all content. */
export const LOCALES = ['pl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'pl';

export const MESSAGES: Readonly<Record<Locale, Messages>> = { pl, en };

/** The other language of a two-language site: where the language switch leads. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'pl' ? 'en' : 'pl';
}

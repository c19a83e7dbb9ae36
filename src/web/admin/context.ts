import type { ActiveSession } from '../../services/auth/sessions.js';
import { createFormatter, type Formatter } from '../format.js';
import { en } from '../i18n/en.js';
import type { CodeLabels } from '../i18n/messages.js';
import { pl } from '../i18n/pl.js';
import { type Paths, plPaths } from '../paths.js';
import { adminEn } from './i18n/en.js';
import { type AdminMessages, adminPl } from './i18n/pl.js';
import { ADMIN_PATHS, type AdminLanguage, type AdminPaths } from './paths.js';

/** What every editorial view needs: words, code labels, formatting, URLs and who is signed in. */
export interface AdminContext {
  readonly lang: AdminLanguage;
  readonly t: AdminMessages;
  /** Labels of the model's code lists (statuses, funds…), shared with the public pages. */
  readonly codes: CodeLabels;
  readonly format: Formatter;
  readonly paths: AdminPaths;
  /** URLs of the public pages, for "see it on the portal" links. */
  readonly publicPaths: Paths;
  readonly session: ActiveSession | null;
  /** The same page in the other language. */
  readonly alternateUrl: string;
  /** A one-time message after a redirect ("saved"), already worded. */
  readonly notice: string | null;
}

const LANGUAGES = {
  pl: { t: adminPl, codes: pl.codes, format: createFormatter(pl.locale) },
  en: { t: adminEn, codes: en.codes, format: createFormatter(en.locale) },
} as const;

export function otherLanguage(lang: AdminLanguage): AdminLanguage {
  return lang === 'pl' ? 'en' : 'pl';
}

export function adminContext(
  lang: AdminLanguage,
  session: ActiveSession | null,
  alternateUrl: string,
  notice: string | null = null,
): AdminContext {
  const { t, codes, format } = LANGUAGES[lang];
  // The public pages are Polish until the English ones land under /en/; then this picks them.
  return { lang, t, codes, format, paths: ADMIN_PATHS[lang], publicPaths: plPaths, session, alternateUrl, notice };
}

/** The language of an editorial URL: English under /en/admin, Polish otherwise. */
export function languageOfUrl(url: string): AdminLanguage {
  return url.startsWith('/en/admin') ? 'en' : 'pl';
}

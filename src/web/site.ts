import { createContext, type RenderContext } from './context.js';
import { LOCALES, type Locale, MESSAGES } from './i18n/locales.js';
import type { Messages } from './i18n/messages.js';
import { PATHS, type Paths } from './paths.js';

/**
 * The public pages in one language. A route is written once, against a Site, and
 * registered once per language: `app.get(site.paths.routes.project, …)` serves
 * `/projekty/:slug` for Polish and `/en/projects/:slug` for English.
 */
export interface Site {
  readonly locale: Locale;
  readonly t: Messages;
  readonly paths: Paths;
  /** The render context of one request: the language's words and formats, and this page's alternates. */
  context(request: { readonly url: string; readonly publicOrigin?: string }): RenderContext;
}

function siteFor(locale: Locale): Site {
  return {
    locale,
    t: MESSAGES[locale],
    paths: PATHS[locale],
    context: (request) => createContext(locale, { url: request.url, origin: request.publicOrigin }),
  };
}

/** Every language's site, the default (Polish) first. */
export const SITES: readonly Site[] = LOCALES.map(siteFor);

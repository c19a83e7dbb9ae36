import type { ComponentChildren } from 'preact';
import type { RenderContext } from '../context.js';
import { MESSAGES, otherLocale } from '../i18n/locales.js';
import { FeedLinks, JsonLd, type PageFeed, type PreviewImage, SocialMeta } from './head-meta.js';

export type NavSection = 'projects' | 'programmes' | 'about';

export interface Crumb {
  readonly label: string;
  readonly href: string;
}

interface LayoutProps {
  readonly ctx: RenderContext;
  /** The page's own title; the site name is added after it. */
  readonly title: string;
  readonly description?: string;
  readonly section?: NavSection;
  /** Links above the heading, from the home page down; the current page is added last. */
  readonly crumbs?: readonly Crumb[];
  readonly crumbCurrent?: ComponentChildren;
  /**
   * False for pages that are not a place of their own (error pages): they get no hreflang
   * links, but keep the language switch.
   */
  readonly indexable?: boolean;
  /** A picture for link previews (Open Graph, Twitter card). */
  readonly image?: PreviewImage;
  /** `article` for a page about one thing (a project); `website` otherwise. */
  readonly ogType?: 'website' | 'article';
  /** The page's own Atom feed, announced in the head besides the portal's. */
  readonly feed?: PageFeed;
  /** schema.org JSON-LD about the page's subject. */
  readonly structuredData?: unknown;
  readonly children: ComponentChildren;
}

/** The frame of every page: skip link, header with navigation, main, footer. */
export function Layout({
  ctx,
  title,
  description,
  section,
  crumbs,
  crumbCurrent,
  indexable = true,
  image,
  ogType = 'website',
  feed,
  structuredData,
  children,
}: LayoutProps) {
  const { t, paths } = ctx;
  const fullTitle = title === t.home.title ? title : `${title} – ${t.site.name}`;
  const navItems: readonly [NavSection, string, string][] = [
    ['projects', paths.projects, t.site.nav.projects],
    ['programmes', paths.programmes, t.site.nav.programmes],
    ['about', paths.about, t.site.nav.about],
  ];
  return (
    <html lang={t.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href={paths.asset('site.css')} />
        <link rel="icon" href={paths.asset('logo-placeholder.svg')} type="image/svg+xml" />
        {indexable ? (
          <SocialMeta
            ctx={ctx}
            title={fullTitle}
            description={description ?? t.site.tagline}
            image={image}
            type={ogType}
          />
        ) : (
          <meta name="robots" content="noindex" />
        )}
        <FeedLinks ctx={ctx} feed={feed} />
        {indexable && structuredData ? <JsonLd data={structuredData} /> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.site.skipLink}
        </a>
        <header class="site-header">
          <div class="site-header__bar">
            <div class="container site-header__bar-inner">
              <LanguageSwitch ctx={ctx} />
            </div>
          </div>
          <div class="container site-header__inner">
            <a class="site-name" href={paths.home}>
              <span class="site-name__mark" aria-hidden="true" />
              <span class="site-name__text">{t.site.name}</span>
              <span class="site-name__tagline">{t.site.tagline}</span>
            </a>
            <nav class="site-nav" aria-label={t.site.navLabel}>
              <ul>
                {navItems.map(([key, href, label]) => (
                  <li key={key}>
                    <a href={href} aria-current={section === key ? 'page' : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <HeaderSearch ctx={ctx} />
          </div>
        </header>
        <main id="main" class="container site-main" tabIndex={-1}>
          {crumbs && crumbCurrent ? <Breadcrumbs ctx={ctx} crumbs={crumbs} current={crumbCurrent} /> : null}
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>{t.site.footerText}</p>
            <p>
              {t.site.footerLicence} {t.site.footerPrivacy} <a href={paths.about}>{t.site.nav.about}</a>
              {' · '}
              <a href={paths.licence}>{t.openData.footerLicenceLink}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The search box of every page: a plain GET form to the project search, so it works without JavaScript. */
function HeaderSearch({ ctx }: { ctx: RenderContext }) {
  const { t, paths } = ctx;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for older screen readers; a form with role=search is understood everywhere
    <form class="site-search" role="search" method="get" action={paths.projects} aria-label={t.search.headerBoxLabel}>
      <label for="site-search-q" class="visually-hidden">
        {t.search.boxLabel}
      </label>
      <input id="site-search-q" type="search" name="q" placeholder={t.search.placeholder} />
      <button type="submit">{t.search.submit}</button>
    </form>
  );
}

function Breadcrumbs({
  ctx,
  crumbs,
  current,
}: {
  ctx: RenderContext;
  crumbs: readonly Crumb[];
  current: ComponentChildren;
}) {
  return (
    <nav class="breadcrumbs" aria-label={ctx.t.site.breadcrumbLabel}>
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}

/** A link to this same page in the other language, named in that language. */
function LanguageSwitch({ ctx }: { ctx: RenderContext }) {
  const other = otherLocale(ctx.locale);
  const words = MESSAGES[other].site;
  return (
    <nav class="lang-switch" aria-label={ctx.t.site.languageNav}>
      <a href={ctx.alternates[other]} hreflang={other} lang={other} title={words.languageSwitchHint}>
        <span class="lang-switch__code" aria-hidden="true">
          {other.toUpperCase()}
        </span>
        <span class="lang-switch__name">{words.languageName}</span>
      </a>
    </nav>
  );
}

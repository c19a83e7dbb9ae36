import type { ComponentChildren } from 'preact';
import {
  canImportFiles,
  canManageOrganisations,
  canManageTaxonomies,
  canManageUsers,
  canViewAuditLog,
} from '../../../domain/policies.js';
import type { AdminContext } from '../context.js';
import { importWords } from '../imports/words.js';
import { CsrfField } from './components/fields.js';

export type AdminSection =
  | 'projects'
  | 'organisations'
  | 'programmes'
  | 'topics'
  | 'users'
  | 'audit'
  | 'imports'
  | 'password';

interface AdminLayoutProps {
  readonly ctx: AdminContext;
  readonly title: string;
  readonly section?: AdminSection;
  readonly children: ComponentChildren;
  /** More of the <head>: a page's script, a refresh without JavaScript. */
  readonly head?: ComponentChildren;
}

/** The frame of every editorial page: skip link, header with who is signed in, navigation, main. */
export function AdminLayout({ ctx, title, section, children, head }: AdminLayoutProps) {
  const { t, paths, session } = ctx;
  const user = session?.user ?? null;
  const nav: [AdminSection, string, string, boolean][] = user
    ? [
        ['projects', paths.projects, t.layout.nav.projects, true],
        ['organisations', paths.organisations, t.layout.nav.organisations, canManageOrganisations(user)],
        ['programmes', paths.programmes, t.layout.nav.programmes, canManageTaxonomies(user)],
        ['topics', paths.topics, t.layout.nav.topics, canManageTaxonomies(user)],
        ['users', paths.users, t.layout.nav.users, canManageUsers(user)],
        ['audit', paths.auditLog(), t.layout.nav.audit, canViewAuditLog(user)],
        ['imports', paths.imports, importWords(ctx.lang).nav, canImportFiles(user)],
        ['password', paths.password, t.layout.nav.password, true],
      ]
    : [];
  return (
    <html lang={t.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} – ${t.layout.siteName}: ${t.layout.areaName}`}</title>
        <link rel="stylesheet" href={ctx.publicPaths.asset('site.css')} />
        <link rel="stylesheet" href={paths.asset('admin.css')} />
        {head}
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">
          {t.layout.skipLink}
        </a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-name" href={user ? paths.projects : paths.signIn}>
              <span class="site-name__mark" aria-hidden="true" />
              <span class="site-name__text">{t.layout.siteName}</span>
              <span class="site-name__tagline">{t.layout.areaName}</span>
            </a>
            <div class="admin-bar">
              <a href={ctx.alternateUrl} hrefLang={t.lang === 'pl' ? 'en' : 'pl'}>
                <span lang={t.lang === 'pl' ? 'en' : 'pl'}>{t.layout.otherLanguage}</span>
                <span class="visually-hidden"> ({t.layout.otherLanguageLabel})</span>
              </a>
              <a href={ctx.publicPaths.home}>{t.layout.publicSite}</a>
              {user ? (
                <>
                  <span class="admin-bar__user">{t.layout.signedInAs(user.email, t.roles[user.role])}</span>
                  <form method="post" action={paths.signOut} class="inline-form">
                    <CsrfField ctx={ctx} />
                    <button type="submit" class="link-button">
                      {t.layout.signOut}
                    </button>
                  </form>
                </>
              ) : null}
            </div>
          </div>
          {nav.length > 0 ? (
            <nav class="site-nav admin-nav container" aria-label={t.layout.navLabel}>
              <ul>
                {nav
                  .filter(([, , , visible]) => visible)
                  .map(([key, href, label]) => (
                    <li key={key}>
                      <a href={href} aria-current={section === key ? 'page' : undefined}>
                        {label}
                      </a>
                    </li>
                  ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" class="container site-main" tabIndex={-1}>
          {ctx.notice ? (
            <p class="notice notice--success" role="status">
              {ctx.notice}
            </p>
          ) : null}
          {children}
        </main>
      </body>
    </html>
  );
}

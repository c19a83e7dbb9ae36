import type { PortalOverview } from '../../../services/portal/get-overview.js';
import type { RenderContext } from '../../context.js';
import { ProjectCards } from '../components/project-cards.js';
import { TotalsSummary } from '../components/totals.js';
import { FeedLink } from '../head-meta.js';
import { Layout } from '../layout.js';

export function HomePage({ ctx, overview }: { ctx: RenderContext; overview: PortalOverview }) {
  const { t, paths } = ctx;
  return (
    <Layout ctx={ctx} title={t.home.title} description={t.site.tagline}>
      <section class="hero" aria-labelledby="page-heading">
        <h1 id="page-heading">{t.home.heading}</h1>
        {t.home.intro.map((paragraph) => (
          <p class="lead" key={paragraph}>
            {paragraph}
          </p>
        ))}
        <nav class="actions" aria-label={t.home.explore}>
          <a class="button" href={paths.projects}>
            {t.home.browseAll}
          </a>
          <a class="button button--secondary" href={paths.programmes}>
            {t.home.browseProgrammes}
          </a>
        </nav>
      </section>
      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t.totals.heading}</h2>
        <TotalsSummary ctx={ctx} totals={overview.totals} />
      </section>
      {overview.latest.length > 0 ? (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t.home.latestHeading}</h2>
          <ProjectCards ctx={ctx} projects={overview.latest} />
          <p>
            <a href={paths.projects}>{t.home.browseAll}</a>
          </p>
        </section>
      ) : null}
      <FeedLink ctx={ctx} feed={{ href: paths.feed, title: t.openData.feeds.portalTitle }} />
    </Layout>
  );
}

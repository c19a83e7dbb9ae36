import type { OrganisationIdentifiers } from '../../../domain/organisation.js';
import type { OrganisationProfile } from '../../../services/organisations/get-organisation.js';
import type { ProjectPage } from '../../../services/projects/browse-projects.js';
import type { RenderContext } from '../../context.js';
import { organisationStructuredData } from '../../open-data/structured-data.js';
import { DemoBadge } from '../components/badges.js';
import { ExternalLink, Fact, Facts } from '../components/facts.js';
import { ProjectCards } from '../components/project-cards.js';
import { Section } from '../components/section.js';
import { type Totals, TotalsSummary } from '../components/totals.js';
import { FeedLink } from '../head-meta.js';
import { Layout } from '../layout.js';

const IDENTIFIER_KEYS = ['nip', 'regon', 'krs', 'pic'] as const satisfies readonly (keyof OrganisationIdentifiers)[];

/** An organisation, and the projects it leads and those it is a partner in, with their totals. */
export function OrganisationPage({ ctx, profile }: { ctx: RenderContext; profile: OrganisationProfile }) {
  const { t, format, paths } = ctx;
  const { organisation } = profile;
  const identifiers = IDENTIFIER_KEYS.filter((key) => organisation.identifiers[key]);
  const feed = {
    href: paths.organisationFeed(organisation.slug),
    title: t.openData.feeds.organisationTitle(organisation.name),
  };
  return (
    <Layout
      ctx={ctx}
      title={organisation.name}
      image={organisation.logoUrl ? { url: organisation.logoUrl, alt: organisation.name } : undefined}
      feed={feed}
      structuredData={organisationStructuredData(ctx, organisation)}
      crumbs={[{ label: t.site.home, href: paths.home }]}
      crumbCurrent={organisation.name}
    >
      <header class="page-header">
        {organisation.isDemo ? (
          <p class="badges">
            <DemoBadge ctx={ctx} />
          </p>
        ) : null}
        <h1>{organisation.name}</h1>
      </header>
      <Facts>
        <Fact label={t.organisation.shortName}>{organisation.shortName}</Fact>
        <Fact label={t.organisation.kind}>{t.codes.organisationKind[organisation.kind]}</Fact>
        <Fact label={t.common.city}>{organisation.city}</Fact>
        <Fact label={t.common.country}>{format.country(organisation.country)}</Fact>
        <Fact label={t.common.website}>
          {organisation.website ? (
            <ExternalLink ctx={ctx} href={organisation.website}>
              {organisation.website}
            </ExternalLink>
          ) : null}
        </Fact>
        {identifiers.map((key) => (
          <Fact key={key} label={t.codes.identifier[key]}>
            {organisation.identifiers[key]}
          </Fact>
        ))}
      </Facts>
      <ProjectGroup
        ctx={ctx}
        id="jako-beneficjent"
        title={t.organisation.asBeneficiary}
        projects={profile.asBeneficiary}
        totals={profile.beneficiaryTotals}
      />
      <ProjectGroup
        ctx={ctx}
        id="jako-partner"
        title={t.organisation.asPartner}
        projects={profile.asPartner}
        totals={profile.partnerTotals}
      />
      <FeedLink ctx={ctx} feed={feed} />
    </Layout>
  );
}

interface ProjectGroupProps {
  readonly ctx: RenderContext;
  readonly id: string;
  readonly title: string;
  readonly projects: ProjectPage;
  readonly totals: Totals;
}

function ProjectGroup({ ctx, id, title, projects, totals }: ProjectGroupProps) {
  const { t } = ctx;
  return (
    <Section id={id} title={`${title} (${projects.total})`}>
      {projects.total === 0 ? (
        <p>{t.organisation.noProjects}</p>
      ) : (
        <>
          <TotalsSummary ctx={ctx} totals={totals} />
          <ProjectCards ctx={ctx} projects={projects.items} />
          {projects.items.length < projects.total ? (
            <p>{t.organisation.shown(projects.items.length, projects.total)}</p>
          ) : null}
        </>
      )}
    </Section>
  );
}

import type { Project, ProjectSummary } from '../../../domain/project.js';
import { statusHint } from '../../../domain/project-hints.js';
import type { RenderContext } from '../../context.js';
import { projectStructuredData } from '../../open-data/structured-data.js';
import { DemoBadge, StatusBadge } from '../components/badges.js';
import { LocalisedInline, localised } from '../components/localised.js';
import { FeedLink } from '../head-meta.js';
import { Layout } from '../layout.js';
import { FactsSection } from '../project/facts-section.js';
import { MoneySection } from '../project/money-section.js';
import { ContactSection, IndicatorsSection, LinksSection, ProvenanceSection } from '../project/more-sections.js';
import { GroupsSection, PeopleSection } from '../project/people-sections.js';
import { PhotosSection } from '../project/photos-section.js';
import { PlacesSection, RelationsSection } from '../project/place-sections.js';
import { SimilarSection } from '../project/similar-section.js';
import { TextSection } from '../project/text-section.js';
import { TimeProgressBar } from '../project/time-progress.js';
import { PhasesSection, UpdatesSection } from '../project/timeline-sections.js';

/** The project's own texts in the page's language, each falling back to Polish on its own. */
function projectTexts(ctx: RenderContext, project: Project) {
  const text = (field: 'title' | 'summary' | 'description' | 'goal' | 'results') =>
    localised(ctx, project[field], project.translations, field);
  return {
    title: text('title'),
    summary: text('summary'),
    description: text('description'),
    goal: text('goal'),
    results: text('results'),
  };
}

type ProjectTexts = ReturnType<typeof projectTexts>;

/** The whole project: every fact of the model that is present, in sections under one h1, then similar projects. */
export function ProjectPage({
  ctx,
  project,
  similar = [],
}: {
  ctx: RenderContext;
  project: Project;
  similar?: readonly ProjectSummary[];
}) {
  const { t, paths } = ctx;
  const texts = projectTexts(ctx, project);
  const feed = { href: paths.projectFeed(project.slug), title: t.openData.feeds.projectTitle(texts.title.text) };
  const photo = project.photos[0];
  const image = photo
    ? { url: photo.url, alt: photo.alt }
    : project.logoUrl
      ? { url: project.logoUrl, alt: t.project.logoAlt(texts.title.text) }
      : undefined;
  return (
    <Layout
      ctx={ctx}
      title={texts.title.text}
      description={texts.summary.text}
      image={image}
      ogType="article"
      feed={feed}
      structuredData={projectStructuredData(ctx, project)}
      section="projects"
      crumbs={[
        { label: t.site.home, href: paths.home },
        { label: t.project.breadcrumb, href: paths.projects },
      ]}
      crumbCurrent={<LocalisedInline ctx={ctx} text={texts.title} />}
    >
      <article class="project">
        <ProjectHeader ctx={ctx} project={project} texts={texts} />
        <TableOfContents ctx={ctx} project={project} texts={texts} hasSimilar={similar.length > 0} />
        <MoneySection ctx={ctx} project={project} />
        <div class="project-columns">
          <div class="project-columns__side">
            <FactsSection ctx={ctx} project={project} />
          </div>
          <div class="project-columns__main">
            <TextSection ctx={ctx} id="cel" title={t.project.goalHeading} text={texts.goal} />
            <TextSection ctx={ctx} id="opis" title={t.project.descriptionHeading} text={texts.description} rich />
            <TextSection ctx={ctx} id="efekty" title={t.project.resultsHeading} text={texts.results} rich />
            <PhasesSection ctx={ctx} project={project} />
            <UpdatesSection ctx={ctx} project={project} />
            <FeedLink ctx={ctx} feed={feed} />
          </div>
        </div>
        <PeopleSection ctx={ctx} project={project} />
        <GroupsSection ctx={ctx} project={project} />
        <PlacesSection ctx={ctx} project={project} />
        <RelationsSection ctx={ctx} project={project} />
        <IndicatorsSection ctx={ctx} project={project} />
        <PhotosSection ctx={ctx} project={project} />
        <LinksSection ctx={ctx} project={project} />
        <ContactSection ctx={ctx} project={project} />
        <ProvenanceSection ctx={ctx} project={project} />
        <SimilarSection ctx={ctx} similar={similar} />
      </article>
    </Layout>
  );
}

function ProjectHeader({ ctx, project, texts }: { ctx: RenderContext; project: Project; texts: ProjectTexts }) {
  const { t, paths } = ctx;
  const hint = statusHint(project, ctx.today);
  const logo = project.logoUrl ?? paths.asset('logo-placeholder.svg');
  const alt = project.logoUrl ? t.project.logoAlt(texts.title.text) : t.project.logoPlaceholderAlt;
  return (
    <header class="project-header">
      <div class="project-header__text">
        <p class="badges">
          <StatusBadge ctx={ctx} status={project.status} />
          {project.isDemo ? <DemoBadge ctx={ctx} /> : null}
        </p>
        <h1>
          <LocalisedInline ctx={ctx} text={texts.title} />
        </h1>
        {texts.summary.text ? (
          <p class="lead">
            <LocalisedInline ctx={ctx} text={texts.summary} />
          </p>
        ) : null}
        <TimeProgressBar ctx={ctx} project={project} />
        {hint ? (
          <p class="notice notice--warning">
            <strong>{t.common.warningPrefix}</strong> {t.codes.statusHint[hint]}
          </p>
        ) : null}
      </div>
      <img class="project-header__logo" src={logo} alt={alt} width={160} height={160} />
    </header>
  );
}

/** Links to the sections this project has. */
function TableOfContents({
  ctx,
  project,
  texts,
  hasSimilar,
}: {
  ctx: RenderContext;
  project: Project;
  texts: ProjectTexts;
  hasSimilar: boolean;
}) {
  const { t } = ctx;
  const entries: [string, string, boolean][] = [
    [
      'finansowanie',
      t.project.moneyHeading,
      Boolean(project.totalValue || project.cofinancing || project.funding.length),
    ],
    ['program', t.project.factsHeading, true],
    ['cel', t.project.goalHeading, texts.goal.text.trim() !== ''],
    ['opis', t.project.descriptionHeading, texts.description.text.trim() !== ''],
    ['efekty', t.project.resultsHeading, texts.results.text.trim() !== ''],
    ['etapy', t.project.phasesHeading, project.phases.length > 0],
    ['aktualnosci', t.project.updatesHeading, project.updates.length > 0],
    ['realizatorzy', t.project.peopleHeading, Boolean(project.beneficiary) || project.partners.length > 0],
    ['grupy', t.project.groupsHeading, project.groups.length > 0],
    ['miejsce', t.project.placesHeading, project.places.length > 0],
    ['powiazane', t.project.relationsHeading, project.relations.length > 0],
    ['wskazniki', t.project.indicatorsHeading, project.indicators.length > 0],
    ['zdjecia', t.project.photosHeading, project.photos.length > 0],
    ['dokumenty', t.project.linksHeading, project.links.length > 0],
    ['kontakt', t.project.contactHeading, Boolean(project.contact || project.website)],
    ['zrodlo', t.project.provenanceHeading, true],
    ['podobne', t.search.similarHeading, hasSimilar],
  ];
  return (
    <nav class="toc" aria-label={t.project.onThisPage}>
      <p class="toc__title" aria-hidden="true">
        {t.project.onThisPage}
      </p>
      <ul>
        {entries
          .filter(([, , present]) => present)
          .map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

import type { ProjectSummary } from '../../../domain/project.js';
import type { TextSegment } from '../../../domain/search-snippet.js';
import type { RenderContext } from '../../context.js';
import { DemoBadge, StatusBadge } from './badges.js';
import { dateRange, Fact, Facts } from './facts.js';
import { Highlighted } from './highlighted.js';
import { InPolishNote, localised } from './localised.js';

/** What a search result adds to a card: the (Polish) title with matches marked and a passage of text. */
export interface CardHighlight {
  readonly title: readonly TextSegment[];
  readonly snippet: readonly TextSegment[];
}

/** Projects as a list of cards, each headed by its linked title (an h3 under the list's h2). */
export function ProjectCards({
  ctx,
  projects,
  highlights,
}: {
  ctx: RenderContext;
  projects: readonly ProjectSummary[];
  /** Search results: one per project, in the same order. */
  highlights?: readonly CardHighlight[];
}) {
  if (projects.length === 0) return null;
  return (
    <ul class="cards">
      {projects.map((project, index) => (
        <li key={project.slug}>
          <ProjectCard ctx={ctx} project={project} highlight={highlights?.[index]} />
        </li>
      ))}
    </ul>
  );
}

function ProjectCard({
  ctx,
  project,
  highlight,
}: {
  ctx: RenderContext;
  project: ProjectSummary;
  highlight?: CardHighlight;
}) {
  const { t, format, paths } = ctx;
  const title = localised(ctx, project.title, project.translations, 'title');
  return (
    <article class="card">
      <h3 class="card__title">
        <a href={paths.project(project.slug)} lang={title.isFallback ? title.language : undefined}>
          {/* Matches are marked in the Polish title; a translated title is shown as it is. */}
          {highlight && title.text === project.title ? <Highlighted segments={highlight.title} /> : title.text}
        </a>
        {title.isFallback ? (
          <>
            {' '}
            <InPolishNote ctx={ctx} />
          </>
        ) : null}
      </h3>
      {highlight && highlight.snippet.length > 0 ? (
        <p class="card__snippet" lang={ctx.locale === 'pl' ? undefined : 'pl'}>
          <Highlighted segments={highlight.snippet} />
        </p>
      ) : null}
      <p class="card__badges">
        <StatusBadge ctx={ctx} status={project.status} />
        {project.isDemo ? <DemoBadge ctx={ctx} short /> : null}
      </p>
      <Facts class="facts--compact">
        <Fact label={t.common.programme}>
          {project.programme ? (
            <abbr title={t.programmeName(project.programme)}>{project.programme.shortName}</abbr>
          ) : null}
        </Fact>
        <Fact label={t.common.beneficiary}>
          {project.beneficiary
            ? `${project.beneficiary.name}${project.beneficiary.city ? ` (${project.beneficiary.city})` : ''}`
            : null}
        </Fact>
        <Fact label={t.common.period}>{dateRange(ctx, project.startDate, project.endDate)}</Fact>
        <Fact label={t.common.totalValue}>
          {project.totalValue ? <span class="money">{format.money(project.totalValue)}</span> : null}
        </Fact>
        <Fact label={t.common.cofinancing}>
          {project.cofinancing ? <span class="money">{format.money(project.cofinancing)}</span> : null}
        </Fact>
      </Facts>
      <CardRate ctx={ctx} project={project} />
    </article>
  );
}

/** The share of the total value the grant covers, as a short bar and in words (the words carry it). */
function CardRate({ ctx, project }: { ctx: RenderContext; project: ProjectSummary }) {
  const { totalValue, cofinancing } = project;
  if (!totalValue || !cofinancing || totalValue.amount <= 0) return null;
  const percent = Math.min(100, (cofinancing.amount / totalValue.amount) * 100);
  return (
    <p class="card__rate">
      <svg class="card__rate-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="rate-bar__track" x="0" y="0" width="100" height="4" />
        <rect class="rate-bar__fill" x="0" y="0" width={percent.toFixed(2)} height="4" />
      </svg>
      <span>{ctx.t.common.cofinancedShare(ctx.format.percent(percent))}</span>
    </p>
  );
}

import type { ProjectSummary } from '../../../domain/project.js';
import type { TextSegment } from '../../../domain/search-snippet.js';
import type { RenderContext } from '../../context.js';
import { DemoBadge, StatusBadge } from './badges.js';
import { dateRange, Fact, Facts } from './facts.js';
import { Highlighted } from './highlighted.js';

/** What a search result adds to a card: the title with matches marked and a passage of text. */
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
  return (
    <article class="card">
      <h3 class="card__title">
        <a href={paths.project(project.slug)}>
          {highlight ? <Highlighted segments={highlight.title} /> : project.title}
        </a>
      </h3>
      {highlight && highlight.snippet.length > 0 ? (
        <p class="card__snippet">
          <Highlighted segments={highlight.snippet} />
        </p>
      ) : null}
      <p class="card__badges">
        <StatusBadge ctx={ctx} status={project.status} />
        {project.isDemo ? <DemoBadge ctx={ctx} short /> : null}
      </p>
      <Facts class="facts--compact">
        <Fact label={t.common.programme}>
          {project.programme ? <abbr title={project.programme.name}>{project.programme.shortName}</abbr> : null}
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
    </article>
  );
}

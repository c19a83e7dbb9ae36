import { PROJECT_STATUSES, type ProjectStatus } from '../../../domain/codes.js';
import type { Topic } from '../../../domain/programme.js';
import type { ProgrammeWithCount } from '../../../services/programmes/list-programmes.js';
import type { ProjectPage } from '../../../services/projects/browse-projects.js';
import type { RenderContext } from '../../context.js';
import { Pagination } from '../components/pagination.js';
import { ProjectCards } from '../components/project-cards.js';
import { Layout } from '../layout.js';

/** The filters as named in the address; a type (not an interface) so it serves as a query record. */
export type ListFilters = {
  readonly program?: string;
  readonly temat?: string;
  readonly status?: ProjectStatus;
};

interface ProjectListPageProps {
  readonly ctx: RenderContext;
  readonly filters: ListFilters;
  readonly page: number;
  readonly pageSize: number;
  readonly result: ProjectPage;
  readonly programmes: readonly ProgrammeWithCount[];
  readonly topics: readonly Topic[];
}

/** The browsable list: a GET form of filters that keeps its values, the count, the cards, the pages. */
export function ProjectListPage({ ctx, filters, page, pageSize, result, programmes, topics }: ProjectListPageProps) {
  const { t, paths } = ctx;
  const active = activeFilterLabels(ctx, filters, programmes, topics);
  const beyondEnd = result.items.length === 0 && result.total > 0;
  return (
    <Layout ctx={ctx} title={t.list.title} section="projects">
      <h1>{t.list.heading}</h1>
      <p class="lead">{t.list.intro}</p>
      <section class="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{t.list.filtersHeading}</h2>
        <form method="get" action={paths.projects} class="filters__form">
          <div class="field">
            <label for="filter-program">{t.list.programmeLabel}</label>
            <select id="filter-program" name="program">
              <option value="">{t.list.anyProgramme}</option>
              {programmes.map((programme) => (
                <option key={programme.slug} value={programme.slug} selected={programme.slug === filters.program}>
                  {programme.shortName === t.programmeName(programme)
                    ? t.programmeName(programme)
                    : `${programme.shortName} – ${t.programmeName(programme)}`}
                </option>
              ))}
              <UnknownOption ctx={ctx} value={filters.program} known={programmes.map((p) => p.slug)} />
            </select>
          </div>
          <div class="field">
            <label for="filter-topic">{t.list.topicLabel}</label>
            <select id="filter-topic" name="temat">
              <option value="">{t.list.anyTopic}</option>
              {topics.map((topic) => (
                <option key={topic.slug} value={topic.slug} selected={topic.slug === filters.temat}>
                  {t.topicName(topic)}
                </option>
              ))}
              <UnknownOption ctx={ctx} value={filters.temat} known={topics.map((topic) => topic.slug)} />
            </select>
          </div>
          <div class="field">
            <label for="filter-status">{t.list.statusLabel}</label>
            <select id="filter-status" name="status">
              <option value="">{t.list.anyStatus}</option>
              {PROJECT_STATUSES.map((status) => (
                <option key={status} value={status} selected={status === filters.status}>
                  {t.codes.status[status]}
                </option>
              ))}
            </select>
          </div>
          <div class="filters__actions">
            <button type="submit" class="button">
              {t.list.submit}
            </button>
            {active.length > 0 ? <a href={paths.projects}>{t.list.clear}</a> : null}
          </div>
        </form>
      </section>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t.list.resultsHeading}</h2>
        <p class="result-count">
          <strong>{t.list.resultCount(result.total)}</strong>
          {active.length > 0 ? (
            <>
              {' '}
              <span class="active-filters">
                {t.list.activeFilters} {active.join('; ')}
              </span>
            </>
          ) : null}
        </p>
        {result.total === 0 ? <p>{t.list.noResults}</p> : null}
        {beyondEnd ? (
          <p>
            {t.list.pageBeyondEnd} <a href={paths.projectList(filters)}>{t.list.backToFirst}</a>
          </p>
        ) : null}
        {result.items.length > 0 ? <ProjectCards ctx={ctx} projects={result.items} /> : null}
        <Pagination
          ctx={ctx}
          path={paths.projects}
          query={filters}
          page={page}
          pageSize={pageSize}
          total={result.total}
        />
      </section>
    </Layout>
  );
}

/** A slug in the address that the registry does not know stays selected, so the filter is visible. */
function UnknownOption({ ctx, value, known }: { ctx: RenderContext; value: string | undefined; known: string[] }) {
  if (value === undefined || known.includes(value)) return null;
  return (
    <option value={value} selected>
      {ctx.t.list.unknownOption(value)}
    </option>
  );
}

function activeFilterLabels(
  ctx: RenderContext,
  filters: ListFilters,
  programmes: readonly ProgrammeWithCount[],
  topics: readonly Topic[],
): string[] {
  const { t } = ctx;
  const labels: string[] = [];
  if (filters.program !== undefined) {
    const programme = programmes.find((candidate) => candidate.slug === filters.program);
    labels.push(`${t.list.programmeLabel}: ${programme ? programme.shortName : t.list.unknownOption(filters.program)}`);
  }
  if (filters.temat !== undefined) {
    const topic = topics.find((candidate) => candidate.slug === filters.temat);
    labels.push(`${t.list.topicLabel}: ${topic ? t.topicName(topic) : t.list.unknownOption(filters.temat)}`);
  }
  if (filters.status !== undefined) labels.push(`${t.list.statusLabel}: ${t.codes.status[filters.status]}`);
  return labels;
}

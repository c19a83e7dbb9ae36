import { FACETS, SORT_ORDERS } from '../../../domain/search-facets.js';
import type { SearchOutcome } from '../../../services/search/search-projects.js';
import type { RenderContext } from '../../context.js';
import { type ExportLinkFormat, searchExportLinks } from '../../search-export-links.js';
import { chosenFilters, SEARCH_PARAMS, type SearchState, searchLinkQuery } from '../../search-params.js';
import { ProjectCards } from '../components/project-cards.js';
import { Layout } from '../layout.js';
import { FacetPanel } from '../search/facet-panel.js';
import { SearchNotes } from '../search/search-notes.js';

interface ProjectSearchPageProps {
  readonly ctx: RenderContext;
  readonly outcome: SearchOutcome;
  readonly state: SearchState;
}

/**
 * The project list is the search page: words, facets and sort order all live in the address,
 * so any result can be shared or bookmarked, and every control is a plain form or link.
 */
export function ProjectSearchPage({ ctx, outcome, state }: ProjectSearchPageProps) {
  const { t } = ctx;
  const text = outcome.query.text;
  return (
    <Layout ctx={ctx} title={text ? t.search.title(text) : t.list.title} section="projects">
      <h1>{text ? t.search.headingFor(text) : t.list.heading}</h1>
      <SearchForm ctx={ctx} outcome={outcome} />
      <SearchNotes ctx={ctx} notes={outcome.notes} />
      <p class="skip-to-results">
        <a href="#results-heading">{t.search.skipToResults}</a>
      </p>
      <div class="search-layout">
        <FacetPanel ctx={ctx} outcome={outcome} state={state} />
        <Results ctx={ctx} outcome={outcome} state={state} />
      </div>
    </Layout>
  );
}

/** Hidden fields that carry the chosen filters along when the words or the order change. */
function FilterFields({ outcome, withSort }: { outcome: SearchOutcome; withSort: boolean }) {
  const chosen = chosenFilters(outcome);
  return (
    <>
      {FACETS.flatMap((facet) =>
        chosen[facet].map((key) => (
          <input key={`${facet}-${key}`} type="hidden" name={SEARCH_PARAMS[facet]} value={key} />
        )),
      )}
      {withSort && outcome.sort !== 'relevance' && outcome.sort !== 'start-desc' ? (
        <input type="hidden" name={SEARCH_PARAMS.sort} value={outcome.sort} />
      ) : null}
    </>
  );
}

function SearchForm({ ctx, outcome }: { ctx: RenderContext; outcome: SearchOutcome }) {
  const { t, paths } = ctx;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for older screen readers; a form with role=search is understood everywhere
    <form method="get" action={paths.projects} class="search-form" role="search" aria-label={t.search.pageBoxLabel}>
      <label for="search-q">{t.search.boxLabel}</label>
      <div class="search-form__row">
        <input
          id="search-q"
          type="search"
          name={SEARCH_PARAMS.q}
          value={outcome.query.text}
          placeholder={t.search.placeholder}
          aria-describedby="search-help"
        />
        <button type="submit" class="button">
          {t.search.submit}
        </button>
      </div>
      <p id="search-help" class="search-form__help">
        {t.search.help}
      </p>
      <FilterFields outcome={outcome} withSort={true} />
    </form>
  );
}

/** Downloads of the whole result: each link names its format; the note says it is every result. */
function ExportLinks({ ctx, outcome }: Pick<ProjectSearchPageProps, 'ctx' | 'outcome'>) {
  const { t } = ctx;
  const links = searchExportLinks(outcome);
  const formats = Object.keys(links) as ExportLinkFormat[];
  return (
    <section class="search-export" aria-labelledby="export-heading">
      <h3 id="export-heading">{t.search.exportHeading}</h3>
      <p id="export-note">{t.search.exportNote(outcome.total)}</p>
      <ul>
        {formats.map((format) => (
          <li key={format}>
            <a href={links[format]} download aria-describedby="export-note">
              {t.search.exportFormats[format]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Results({ ctx, outcome, state }: ProjectSearchPageProps) {
  const { t, paths } = ctx;
  const sorts = SORT_ORDERS.filter((sort) => sort !== 'relevance' || outcome.query.required.length > 0);
  return (
    <section class="search-results" aria-labelledby="results-heading">
      <h2 id="results-heading" tabIndex={-1}>
        {t.list.resultsHeading}
      </h2>
      <div class="search-results__bar">
        <p class="result-count">
          <strong>
            {outcome.totalIsExact ? t.list.resultCount(outcome.total) : t.search.approximateCount(outcome.total)}
          </strong>
        </p>
        <form method="get" action={paths.projects} class="sort-form">
          {outcome.query.text ? <input type="hidden" name={SEARCH_PARAMS.q} value={outcome.query.text} /> : null}
          <FilterFields outcome={outcome} withSort={false} />
          <label for="search-sort">{t.search.sortLabel}</label>
          <select id="search-sort" name={SEARCH_PARAMS.sort}>
            {sorts.map((sort) => (
              <option key={sort} value={sort} selected={sort === outcome.sort}>
                {t.search.sort[sort]}
              </option>
            ))}
          </select>
          <button type="submit" class="button button--secondary">
            {t.search.sortSubmit}
          </button>
        </form>
      </div>
      {outcome.total === 0 ? <p>{outcome.query.text ? t.search.noResultsForQuery : t.list.noResults}</p> : null}
      {outcome.total > 0 ? <ExportLinks ctx={ctx} outcome={outcome} /> : null}
      <ProjectCards ctx={ctx} projects={outcome.results.map((result) => result.project)} highlights={outcome.results} />
      {outcome.nextCursor || outcome.isContinuation ? (
        <nav class="pagination" aria-label={t.search.pagingLabel}>
          <ul>
            {outcome.isContinuation ? (
              <li>
                <a href={paths.projectList(searchLinkQuery(outcome, state))}>{t.search.firstPage}</a>
              </li>
            ) : null}
            {outcome.nextCursor ? (
              <li>
                <a href={paths.projectList(searchLinkQuery(outcome, state, { cursor: outcome.nextCursor }))} rel="next">
                  {t.search.nextPage}
                  <span aria-hidden="true"> →</span>
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}

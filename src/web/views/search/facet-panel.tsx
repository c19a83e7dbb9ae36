import type { FacetName } from '../../../domain/search-facets.js';
import type { FacetCounts, SearchOutcome } from '../../../services/search/search-projects.js';
import type { RenderContext } from '../../context.js';
import { type SearchState, searchLinkQuery } from '../../search-params.js';
import { facetValueLabel, facetValueTitle } from './facet-labels.js';

interface FacetPanelProps {
  readonly ctx: RenderContext;
  readonly outcome: SearchOutcome;
  readonly state: SearchState;
}

/**
 * Every facet as a list of links with counts: a link adds the value to the search (or takes a
 * chosen one away), so the whole panel works without JavaScript.
 */
export function FacetPanel({ ctx, outcome, state }: FacetPanelProps) {
  const { t } = ctx;
  const facets = outcome.facets.filter((facet) => facet.values.length > 0);
  return (
    <aside class="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading">{t.list.filtersHeading}</h2>
      <ActiveFilters ctx={ctx} outcome={outcome} state={state} />
      {outcome.facets.some((facet) => facet.approximate) ? (
        <p class="facets__note">{t.search.approximateFacets}</p>
      ) : null}
      {facets.map((facet) => (
        <Facet key={facet.facet} ctx={ctx} facet={facet} outcome={outcome} state={state} />
      ))}
    </aside>
  );
}

function ActiveFilters({ ctx, outcome, state }: FacetPanelProps) {
  const { t, paths } = ctx;
  const chosen = outcome.facets.flatMap((facet) =>
    facet.values.filter((value) => value.selected).map((value) => ({ facet: facet.facet, value })),
  );
  if (chosen.length === 0) return null;
  return (
    <div class="active-filters">
      <p>{t.list.activeFilters}</p>
      <ul class="tag-list">
        {chosen.map(({ facet, value }) => {
          const label = `${t.search.facet[facet]}: ${facetValueLabel(ctx, facet, value)}`;
          return (
            <li key={`${facet}-${value.key}`}>
              <a href={paths.projectList(searchLinkQuery(outcome, state, { remove: { facet, key: value.key } }))}>
                <span class="visually-hidden">{t.search.removeFilter(label)}</span>
                <span aria-hidden="true">{label} ✕</span>
              </a>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={paths.projectList(searchLinkQuery(outcome, state, { clearFilters: true }))}>{t.list.clear}</a>
      </p>
    </div>
  );
}

function Facet({
  ctx,
  facet,
  outcome,
  state,
}: { ctx: RenderContext; facet: FacetCounts } & Omit<FacetPanelProps, 'ctx'>) {
  const { t, format, paths } = ctx;
  const name: FacetName = facet.facet;
  const headingId = `facet-${name}`;
  const hidden = facet.distinct - facet.values.filter((value) => value.count > 0).length;
  const isExpanded = state.more === name;
  return (
    <section class="facet" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.search.facet[name]}</h3>
      <ul class="facet__values">
        {facet.values.map((value) => {
          const label = facetValueLabel(ctx, name, value);
          const href = paths.projectList(searchLinkQuery(outcome, state, { toggle: { facet: name, key: value.key } }));
          return (
            <li key={value.key}>
              <a
                href={href}
                class={value.selected ? 'facet__value facet__value--selected' : 'facet__value'}
                title={facetValueTitle(ctx, name, value)}
              >
                {value.selected ? <span class="visually-hidden">{t.search.selected}: </span> : null}
                <span class="facet__label">{label}</span>{' '}
                <span class="facet__count">
                  {facet.approximate ? (
                    <>
                      <span aria-hidden="true">≈ </span>
                      <span class="visually-hidden">{t.search.about} </span>
                    </>
                  ) : null}
                  {format.number(value.count, 0)}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && !isExpanded ? (
        <p class="facet__more">
          <a href={paths.projectList(searchLinkQuery(outcome, state, { more: name }))}>
            {t.search.showMore(t.search.facet[name])}
          </a>{' '}
          <span class="facet__hidden">({t.search.moreValues(hidden)})</span>
        </p>
      ) : null}
      {isExpanded ? (
        <p class="facet__more">
          <a href={paths.projectList(searchLinkQuery(outcome, state, { more: null }))}>{t.search.showFewer}</a>
        </p>
      ) : null}
    </section>
  );
}

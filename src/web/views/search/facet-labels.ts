import { FUNDS, isOneOf, PROJECT_CATEGORIES, PROJECT_STATUSES } from '../../../domain/codes.js';
import { type FacetName, VOIVODESHIP_BY_KEY } from '../../../domain/search-facets.js';
import type { FacetValueCount } from '../../../services/search/search-projects.js';
import type { RenderContext } from '../../context.js';

/** How a facet value reads in the page's language: code lists from the dictionary, names from the registry. */
export function facetValueLabel(ctx: RenderContext, facet: FacetName, value: FacetValueCount): string {
  const { t, format } = ctx;
  const { key } = value;
  switch (facet) {
    case 'topic':
      return t.topicName({ slug: key, namePl: value.name ?? key, nameEn: value.nameEn ?? value.name ?? key });
    case 'programme':
    case 'beneficiary':
      return value.name ?? key;
    case 'municipality':
      return value.detail ? `${value.name ?? key} (${value.detail})` : (value.name ?? key);
    case 'fund':
      return isOneOf(FUNDS, key) ? t.codes.fundShort[key] : key;
    case 'status':
      return isOneOf(PROJECT_STATUSES, key) ? t.codes.status[key] : key;
    case 'category':
      return isOneOf(PROJECT_CATEGORIES, key) ? t.codes.category[key] : key;
    case 'voivodeship':
      return VOIVODESHIP_BY_KEY.get(key) ?? key;
    case 'partnerCountry':
      return format.country(key);
    case 'valueRange':
    case 'cofinancingRange':
      return t.search.moneyRange[key] ?? key;
    case 'period':
    case 'startYear':
      return key;
  }
}

/** A longer description for a tooltip, where the short label is an abbreviation. */
export function facetValueTitle(ctx: RenderContext, facet: FacetName, value: FacetValueCount): string | undefined {
  if (facet === 'fund' && isOneOf(FUNDS, value.key)) return ctx.t.codes.fund[value.key];
  if (facet === 'programme' && value.detail) return value.detail;
  return undefined;
}

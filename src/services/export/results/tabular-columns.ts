import type { ExportPlace, ExportRow } from './export-row.js';

/** How a cell is written: amounts and rates become numbers in XLSX and get a decimal comma in the Polish CSV. */
export type CellKind = 'text' | 'amount' | 'percent' | 'date';

export interface TabularColumn {
  /** The header: stable snake_case names that scripts can rely on, the same in every tabular format. */
  readonly header: string;
  readonly kind: CellKind;
  readonly value: (row: ExportRow) => string | null;
}

/** Separates the items of a list inside one cell; commas and semicolons are common inside names. */
export const LIST_SEPARATOR = ' | ';

const list = (items: readonly string[]): string | null => (items.length === 0 ? null : items.join(LIST_SEPARATOR));
const distinct = (items: readonly (string | null)[]): string[] => [
  ...new Set(items.filter((item): item is string => item !== null && item !== '')),
];

function coordinates(place: ExportPlace): string | null {
  return place.latitude === null || place.longitude === null ? null : `${place.latitude} ${place.longitude}`;
}

/** Every column of a row of the CSV and XLSX exports, in order. */
export const TABULAR_COLUMNS: readonly TabularColumn[] = [
  { header: 'slug', kind: 'text', value: (row) => row.slug },
  { header: 'title', kind: 'text', value: (row) => row.title },
  { header: 'title_en', kind: 'text', value: (row) => row.titleEn },
  { header: 'summary', kind: 'text', value: (row) => row.summary },
  { header: 'description', kind: 'text', value: (row) => row.description },
  { header: 'status', kind: 'text', value: (row) => row.status },
  { header: 'category', kind: 'text', value: (row) => row.category },
  { header: 'period', kind: 'text', value: (row) => row.period },
  { header: 'programme_code', kind: 'text', value: (row) => row.programmeCode },
  { header: 'programme', kind: 'text', value: (row) => row.programme },
  { header: 'programme_name', kind: 'text', value: (row) => row.programmeName },
  { header: 'priority_axis', kind: 'text', value: (row) => row.priorityAxis },
  { header: 'measure', kind: 'text', value: (row) => row.measure },
  { header: 'sub_measure', kind: 'text', value: (row) => row.subMeasure },
  { header: 'funds', kind: 'text', value: (row) => list(row.funds) },
  { header: 'contract_number', kind: 'text', value: (row) => row.contractNumber },
  { header: 'kohesio_id', kind: 'text', value: (row) => row.kohesioId },
  { header: 'official_list_id', kind: 'text', value: (row) => row.officialListId },
  { header: 'keep_eu_id', kind: 'text', value: (row) => row.keepEuId },
  { header: 'beneficiary', kind: 'text', value: (row) => row.beneficiary },
  { header: 'beneficiary_country', kind: 'text', value: (row) => row.beneficiaryCountry },
  { header: 'partners', kind: 'text', value: (row) => list(row.partners.map((partner) => partner.name)) },
  { header: 'partner_countries', kind: 'text', value: (row) => list(row.partners.map((partner) => partner.country)) },
  { header: 'partner_roles', kind: 'text', value: (row) => list(row.partners.map((partner) => partner.role)) },
  { header: 'topics', kind: 'text', value: (row) => list(row.topics.map((topic) => topic.name)) },
  { header: 'places', kind: 'text', value: (row) => list(row.places.map((place) => place.label)) },
  { header: 'countries', kind: 'text', value: (row) => list(distinct(row.places.map((place) => place.country))) },
  {
    header: 'voivodeships',
    kind: 'text',
    value: (row) => list(distinct(row.places.map((place) => place.voivodeship))),
  },
  {
    header: 'municipalities',
    kind: 'text',
    value: (row) => list(distinct(row.places.map((place) => place.municipality))),
  },
  { header: 'teryt', kind: 'text', value: (row) => list(distinct(row.places.map((place) => place.teryt))) },
  { header: 'coordinates', kind: 'text', value: (row) => list(distinct(row.places.map(coordinates))) },
  { header: 'start_date', kind: 'date', value: (row) => row.startDate },
  { header: 'end_date', kind: 'date', value: (row) => row.endDate },
  { header: 'currency', kind: 'text', value: (row) => row.currency },
  { header: 'total_value', kind: 'amount', value: (row) => row.totalValue },
  { header: 'eligible_expenditure', kind: 'amount', value: (row) => row.eligibleExpenditure },
  { header: 'cofinancing', kind: 'amount', value: (row) => row.cofinancing },
  { header: 'cofinancing_rate_percent', kind: 'percent', value: (row) => row.cofinancingRate },
  { header: 'eu_contribution', kind: 'amount', value: (row) => row.euContribution },
  { header: 'state_budget', kind: 'amount', value: (row) => row.stateBudget },
  { header: 'own_contribution', kind: 'amount', value: (row) => row.ownContribution },
  { header: 'website', kind: 'text', value: (row) => row.website },
  { header: 'url_pl', kind: 'text', value: (row) => row.urlPl },
  { header: 'url_en', kind: 'text', value: (row) => row.urlEn },
  { header: 'updated_at', kind: 'text', value: (row) => row.updatedAt },
];

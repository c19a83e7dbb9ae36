import type { CodeName, Contact } from '../../domain/project.js';
import { cleanTranslation } from '../../domain/translation.js';
import type { ResolvedProject } from '../repositories/project-writer.js';
import type { CoreFact, NewProject } from './bulk-store.js';

type Columns = Record<string, string | number | null>;

/** How each core fact is spread over the projects table's columns. */
const CORE_COLUMNS: { readonly [F in CoreFact]: (project: Pick<ResolvedProject, F>) => Columns } = {
  slug: (p) => ({ slug: p.slug }),
  title: (p) => ({ title: p.title }),
  summary: (p) => ({ summary: p.summary }),
  description: (p) => ({ description: p.description }),
  goal: (p) => ({ goal: p.goal }),
  results: (p) => ({ results: p.results }),
  translations: (p) => translationColumns(p.translations),
  contractNumber: (p) => ({ contract_number: p.contractNumber }),
  externalIds: (p) => ({
    kohesio_id: p.externalIds.kohesio,
    official_list_id: p.externalIds.officialList,
    keep_eu_id: p.externalIds.keepEu,
  }),
  programmeId: (p) => ({ programme_id: p.programmeId }),
  priorityAxis: (p) => codeNameColumns('priority', p.priorityAxis),
  measure: (p) => codeNameColumns('measure', p.measure),
  subMeasure: (p) => codeNameColumns('sub_measure', p.subMeasure),
  period: (p) => ({ period: p.period }),
  category: (p) => ({ category: p.category }),
  status: (p) => ({ status: p.status }),
  startDate: (p) => ({ start_date: p.startDate }),
  endDate: (p) => ({ end_date: p.endDate }),
  currency: (p) => ({ currency: p.currency }),
  totalValue: (p) => ({ total_value: p.totalValue?.amount ?? null }),
  eligibleExpenditure: (p) => ({ eligible_expenditure: p.eligibleExpenditure?.amount ?? null }),
  cofinancing: (p) => ({ cofinancing_amount: p.cofinancing?.amount ?? null }),
  beneficiaryId: (p) => ({ beneficiary_id: p.beneficiaryId }),
  contact: (p) => contactColumns(p.contact),
  website: (p) => ({ website: p.website }),
  logoUrl: (p) => ({ logo_url: p.logoUrl }),
  editorialState: (p) => ({ editorial_state: p.editorialState }),
  provenance: (p) => ({ source: p.provenance.source, source_file: p.provenance.file, source_row: p.provenance.row }),
  isDemo: (p) => ({ is_demo: p.isDemo ? 1 : 0 }),
};

export const CORE_FACTS = Object.keys(CORE_COLUMNS) as CoreFact[];

function translationColumns(translations: ResolvedProject['translations']): Columns {
  const english = translations?.en;
  return {
    title_en: cleanTranslation(english?.title),
    summary_en: cleanTranslation(english?.summary),
    description_en: cleanTranslation(english?.description),
    goal_en: cleanTranslation(english?.goal),
    results_en: cleanTranslation(english?.results),
  };
}

function codeNameColumns(prefix: string, value: CodeName | null): Columns {
  return { [`${prefix}_code`]: value?.code ?? null, [`${prefix}_name`]: value?.name ?? null };
}

function contactColumns(contact: Contact | null): Columns {
  return {
    contact_name: contact?.name ?? null,
    contact_email: contact?.email ?? null,
    contact_phone: contact?.phone ?? null,
    contact_note: contact?.note ?? null,
  };
}

/** Every column of a project row, in one fixed order, for inserts prepared once. */
export const PROJECT_ROW_COLUMNS = [
  'slug',
  'title',
  'summary',
  'description',
  'goal',
  'results',
  'title_en',
  'summary_en',
  'description_en',
  'goal_en',
  'results_en',
  'contract_number',
  'kohesio_id',
  'official_list_id',
  'keep_eu_id',
  'programme_id',
  'priority_code',
  'priority_name',
  'measure_code',
  'measure_name',
  'sub_measure_code',
  'sub_measure_name',
  'period',
  'category',
  'status',
  'start_date',
  'end_date',
  'currency',
  'total_value',
  'eligible_expenditure',
  'cofinancing_amount',
  'beneficiary_id',
  'contact_name',
  'contact_email',
  'contact_phone',
  'contact_note',
  'website',
  'logo_url',
  'editorial_state',
  'source',
  'source_file',
  'source_row',
  'is_demo',
  'import_key',
  'created_at',
  'updated_at',
] as const;

/** The values of a whole project row, in the order of `PROJECT_ROW_COLUMNS`. */
export function projectRowValues(project: NewProject): (string | number | null)[] {
  const p = project;
  return [
    p.slug,
    p.title,
    p.summary,
    p.description,
    p.goal,
    p.results,
    cleanTranslation(p.translations?.en?.title),
    cleanTranslation(p.translations?.en?.summary),
    cleanTranslation(p.translations?.en?.description),
    cleanTranslation(p.translations?.en?.goal),
    cleanTranslation(p.translations?.en?.results),
    p.contractNumber,
    p.externalIds.kohesio,
    p.externalIds.officialList,
    p.externalIds.keepEu,
    p.programmeId,
    p.priorityAxis?.code ?? null,
    p.priorityAxis?.name ?? null,
    p.measure?.code ?? null,
    p.measure?.name ?? null,
    p.subMeasure?.code ?? null,
    p.subMeasure?.name ?? null,
    p.period,
    p.category,
    p.status,
    p.startDate,
    p.endDate,
    p.currency,
    p.totalValue?.amount ?? null,
    p.eligibleExpenditure?.amount ?? null,
    p.cofinancing?.amount ?? null,
    p.beneficiaryId,
    p.contact?.name ?? null,
    p.contact?.email ?? null,
    p.contact?.phone ?? null,
    p.contact?.note ?? null,
    p.website,
    p.logoUrl,
    p.editorialState,
    p.provenance.source,
    p.provenance.file,
    p.provenance.row,
    p.isDemo ? 1 : 0,
    p.importKey,
    p.createdAt,
    p.updatedAt,
  ];
}

/** The projects-table columns for the core facts present in `facts`. */
export function coreColumns(facts: Partial<ResolvedProject>): Columns {
  const columns: Columns = {};
  for (const fact of CORE_FACTS) {
    if (facts[fact] === undefined) continue;
    Object.assign(columns, (CORE_COLUMNS[fact] as (project: Partial<ResolvedProject>) => Columns)(facts));
  }
  return columns;
}

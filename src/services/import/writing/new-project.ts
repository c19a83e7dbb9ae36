import type { EditorialState } from '../../../domain/codes.js';
import type { ProjectInput } from '../../../domain/project.js';
import { completeTranslation, TRANSLATABLE_PROJECT_FIELDS } from '../../../domain/translation.js';
import type { NewProject } from '../../../storage/bulk/bulk-store.js';
import type { ResolvedProject } from '../../../storage/repositories/project-writer.js';
import type { IncomingProject } from '../incoming.js';
import { statusFromDates } from '../tabular/read-row.js';
import { type ResolvedFacts, writeFacts } from './project-facts.js';

export interface NewProjectContext {
  readonly fileName: string;
  readonly now: string;
  readonly today: string;
  readonly editorialState: EditorialState;
}

/**
 * A new project from what a row says: the registry's defaults, the row's facts over
 * them, and — when the row gives no status — the status its dates give. Built in one go:
 * an import makes one per row.
 */
export function newProjectOf(
  incoming: IncomingProject,
  facts: ResolvedFacts,
  context: NewProjectContext,
  slug: string,
): NewProject {
  const project: Record<string, unknown> = {
    slug,
    title: '',
    summary: '',
    description: '',
    goal: '',
    results: '',
    translations: NO_TRANSLATIONS,
    contractNumber: null,
    externalIds: NO_EXTERNAL_IDS,
    programmeId: null,
    priorityAxis: null,
    measure: null,
    subMeasure: null,
    funds: NONE,
    period: null,
    category: null,
    status: 'in_progress',
    startDate: null,
    endDate: null,
    currency: 'PLN',
    totalValue: null,
    eligibleExpenditure: null,
    cofinancing: null,
    funding: NONE,
    places: NONE,
    beneficiaryId: null,
    partners: NONE,
    topicIds: NONE,
    phases: NONE,
    updates: NONE,
    indicators: NONE,
    links: NONE,
    relations: NONE,
    groups: NONE,
    contact: null,
    website: null,
    logoUrl: null,
    editorialState: context.editorialState,
    provenance: { source: 'import', file: context.fileName, row: incoming.row },
    isDemo: false,
    importKey: incoming.importKey,
    createdAt: incoming.timestamps?.createdAt ?? context.now,
    updatedAt: incoming.timestamps?.updatedAt ?? context.now,
  };
  writeFacts(project, facts);
  project.slug = slug;
  if (!facts.has('status')) {
    project.status = statusFromDates(
      project.startDate as string | null,
      project.endDate as string | null,
      context.today,
    );
  }
  return project as unknown as NewProject;
}

const NONE: readonly never[] = [];
const NO_TRANSLATIONS = { en: completeTranslation(TRANSLATABLE_PROJECT_FIELDS, undefined) };
const NO_EXTERNAL_IDS = { kohesio: null, officialList: null, keepEu: null } as const;

/**
 * The project in the form the domain's validation reads. References are already ids, so
 * they stand in for slugs: two partners with one id are the same organisation. Written out
 * field by field: an import validates every row, and a literal of fixed shape is cheap.
 */
export function validationInputOf(project: ResolvedProject): ProjectInput {
  const p = project;
  return {
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    description: p.description,
    goal: p.goal,
    results: p.results,
    translations: p.translations,
    contractNumber: p.contractNumber,
    externalIds: p.externalIds,
    priorityAxis: p.priorityAxis,
    measure: p.measure,
    subMeasure: p.subMeasure,
    funds: p.funds,
    period: p.period,
    category: p.category,
    status: p.status,
    startDate: p.startDate,
    endDate: p.endDate,
    currency: p.currency,
    totalValue: p.totalValue,
    eligibleExpenditure: p.eligibleExpenditure,
    cofinancing: p.cofinancing,
    funding: p.funding,
    places: p.places,
    phases: p.phases,
    updates: p.updates,
    indicators: p.indicators,
    links: p.links,
    relations: p.relations,
    groups: p.groups,
    contact: p.contact,
    website: p.website,
    logoUrl: p.logoUrl,
    editorialState: p.editorialState,
    provenance: p.provenance,
    isDemo: p.isDemo,
    programmeSlug: null,
    beneficiarySlug: p.beneficiaryId === null ? null : `organisation-${p.beneficiaryId}`,
    partners: p.partners.map((partner) => ({
      organisationSlug: `organisation-${partner.organisationId}`,
      role: partner.role as ProjectInput['partners'][number]['role'],
      note: partner.note,
    })),
    topicSlugs: [],
  };
}

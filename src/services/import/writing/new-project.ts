import type { EditorialState } from '../../../domain/codes.js';
import type { ProjectInput } from '../../../domain/project.js';
import type { NewProject } from '../../../storage/bulk/bulk-store.js';
import type { ResolvedProject } from '../../../storage/repositories/project-writer.js';
import type { IncomingProject } from '../incoming.js';
import { statusFromDates } from '../tabular/read-row.js';
import { type ResolvedFacts, withFacts } from './project-facts.js';

export interface NewProjectContext {
  readonly fileName: string;
  readonly now: string;
  readonly today: string;
  readonly editorialState: EditorialState;
}

/** An empty project in the registry's defaults, carrying where it was imported from. */
function blankProject(row: number, context: NewProjectContext): ResolvedProject {
  return {
    slug: '',
    title: '',
    summary: '',
    description: '',
    goal: '',
    results: '',
    contractNumber: null,
    externalIds: { kohesio: null, officialList: null, keepEu: null },
    programmeId: null,
    priorityAxis: null,
    measure: null,
    subMeasure: null,
    funds: [],
    period: null,
    category: null,
    status: 'in_progress',
    startDate: null,
    endDate: null,
    currency: 'PLN',
    totalValue: null,
    eligibleExpenditure: null,
    cofinancing: null,
    funding: [],
    places: [],
    beneficiaryId: null,
    partners: [],
    topicIds: [],
    phases: [],
    updates: [],
    indicators: [],
    links: [],
    relations: [],
    groups: [],
    contact: null,
    website: null,
    logoUrl: null,
    editorialState: context.editorialState,
    provenance: { source: 'import', file: context.fileName, row },
    isDemo: false,
  };
}

/**
 * A new project from what a row says: the registry's defaults, the row's facts over
 * them, and — when the row gives no status — the status its dates give.
 */
export function newProjectOf(incoming: IncomingProject, facts: ResolvedFacts, context: NewProjectContext): NewProject {
  const project = withFacts(blankProject(incoming.row, context), facts);
  const status = facts.has('status')
    ? project.status
    : statusFromDates(project.startDate, project.endDate, context.today);
  return {
    ...project,
    status,
    importKey: incoming.importKey,
    createdAt: incoming.timestamps?.createdAt ?? context.now,
    updatedAt: incoming.timestamps?.updatedAt ?? context.now,
  };
}

/**
 * The project in the form the domain's validation reads. References are already ids, so
 * they stand in for slugs: two partners with one id are the same organisation.
 */
export function validationInputOf(project: ResolvedProject): ProjectInput {
  return {
    ...project,
    programmeSlug: null,
    beneficiarySlug: project.beneficiaryId === null ? null : `organisation-${project.beneficiaryId}`,
    partners: project.partners.map((partner) => ({
      organisationSlug: `organisation-${partner.organisationId}`,
      role: partner.role as ProjectInput['partners'][number]['role'],
      note: partner.note,
    })),
    topicSlugs: [],
  };
}

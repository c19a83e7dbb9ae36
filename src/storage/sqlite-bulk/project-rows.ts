import type { ProjectInput } from '../../domain/project.js';
import { projectRow, type ResolvedProject } from '../repositories/project-writer.js';
import { buildSearchDocument, SEARCH_DOCUMENT_COLUMNS, type SearchMunicipality } from '../search/search-document.js';

/** An organisation as a bulk load refers to it: its id, the names its projects are found by, its country. */
export interface OrganisationFacts {
  readonly id: number;
  readonly names: readonly string[];
  readonly country: string;
}

/** Ids of what the load's projects refer to by slug, as plain pairs so they can cross to a worker thread. */
export interface CatalogueIds {
  readonly programmes: readonly (readonly [string, number])[];
  readonly topics: readonly (readonly [string, number])[];
  readonly organisations: readonly (readonly [string, OrganisationFacts])[];
}

const PROJECT_COLUMNS = ['id', ...Object.keys(projectRow(sampleProject())), 'created_at', 'updated_at'];

/** Every table a bulk load fills and its columns, in the order `ProjectRowBuilder` gives values. */
export const BULK_TABLES = {
  projects: PROJECT_COLUMNS,
  project_funds: ['project_id', 'fund'],
  project_topics: ['project_id', 'topic_id'],
  project_partners: ['project_id', 'organisation_id', 'position', 'role', 'note'],
  project_funding: ['project_id', 'position', 'source', 'amount'],
  project_places: [
    'project_id',
    'position',
    'label',
    'country',
    'voivodeship',
    'county',
    'municipality',
    'teryt',
    'city',
    'area_name',
    'latitude',
    'longitude',
  ],
  project_phases: [
    'project_id',
    'position',
    'name',
    'start_date',
    'end_date',
    'duration_months',
    'status',
    'description',
  ],
  project_updates: ['project_id', 'date', 'date_precision', 'title', 'body'],
  project_indicators: ['project_id', 'position', 'kind', 'name', 'unit', 'baseline', 'target', 'achieved'],
  project_links: ['project_id', 'position', 'kind', 'title', 'url'],
  project_relations: ['project_id', 'position', 'kind', 'target_slug', 'target_title', 'note'],
  project_groups: ['project_id', 'position', 'name', 'description', 'members'],
  search_documents: SEARCH_DOCUMENT_COLUMNS,
  search_text: ['rowid', 'title', 'summary', 'body', 'names', 'place'],
} as const satisfies Record<string, readonly string[]>;

export type BulkTable = keyof typeof BULK_TABLES;

/** Rows of many projects, by table, each row's values in the order of `BULK_TABLES`. */
export type TableRows = { [table in BulkTable]: unknown[][] };

export function emptyTableRows(): TableRows {
  return Object.fromEntries(Object.keys(BULK_TABLES).map((table) => [table, []])) as unknown as TableRows;
}

/**
 * Turns projects into the rows of every table a bulk load fills, search index included:
 * the pure half of a bulk load, which `spojnia generate` runs in a worker thread while the
 * main thread inserts. Positions are numbered from 0, as the repositories do.
 */
export class ProjectRowBuilder {
  private readonly programmes: ReadonlyMap<string, number>;
  private readonly topics: ReadonlyMap<string, number>;
  private readonly organisations: ReadonlyMap<string, OrganisationFacts>;

  constructor(
    ids: CatalogueIds,
    private readonly now: string,
  ) {
    this.programmes = new Map(ids.programmes);
    this.topics = new Map(ids.topics);
    this.organisations = new Map(ids.organisations);
  }

  /** Adds the rows of project `id` to `into`, and returns the municipalities its places name. */
  add(into: TableRows, id: number, project: ProjectInput): readonly SearchMunicipality[] {
    const beneficiary = project.beneficiarySlug ? this.organisation(project.beneficiarySlug) : null;
    const partners = project.partners.map((partner) => ({
      ...partner,
      facts: this.organisation(partner.organisationSlug),
    }));
    const resolved: ResolvedProject = {
      ...project,
      programmeId: project.programmeSlug ? idOf(this.programmes, project.programmeSlug, 'programme') : null,
      beneficiaryId: beneficiary?.id ?? null,
      partners: partners.map((partner) => ({
        organisationId: partner.facts.id,
        role: partner.role,
        note: partner.note,
      })),
      topicIds: project.topicSlugs.map((slug) => idOf(this.topics, slug, 'topic')),
    };
    this.addParts(into, id, project, resolved);
    if (project.editorialState !== 'published') return [];
    return this.addIndexEntry(into, id, project, resolved, beneficiary, partners);
  }

  private organisation(slug: string): OrganisationFacts {
    const found = this.organisations.get(slug);
    if (!found) throw new Error(`Bulk load: organisation "${slug}" is not in the catalogue`);
    return found;
  }

  private addParts(into: TableRows, id: number, project: ProjectInput, resolved: ResolvedProject): void {
    into.projects.push([id, ...Object.values(projectRow(resolved)), this.now, this.now]);
    for (const fund of project.funds) into.project_funds.push([id, fund]);
    for (const topicId of resolved.topicIds) into.project_topics.push([id, topicId]);
    for (const [position, p] of resolved.partners.entries()) {
      into.project_partners.push([id, p.organisationId, position, p.role, p.note]);
    }
    for (const [position, line] of project.funding.entries()) {
      into.project_funding.push([id, position, line.source, line.amount.amount]);
    }
    for (const [position, p] of project.places.entries()) {
      into.project_places.push([
        id,
        position,
        p.label,
        p.country,
        p.voivodeship,
        p.county,
        p.municipality,
        p.teryt,
        p.city,
        p.areaName,
        p.latitude,
        p.longitude,
      ]);
    }
    for (const [position, p] of project.phases.entries()) {
      into.project_phases.push([
        id,
        position,
        p.name,
        p.startDate,
        p.endDate,
        p.durationMonths,
        p.status,
        p.description,
      ]);
    }
    for (const u of project.updates) into.project_updates.push([id, u.date, u.datePrecision, u.title, u.body]);
    for (const [position, i] of project.indicators.entries()) {
      into.project_indicators.push([id, position, i.kind, i.name, i.unit, i.baseline, i.target, i.achieved]);
    }
    for (const [position, l] of project.links.entries())
      into.project_links.push([id, position, l.kind, l.title, l.url]);
    for (const [position, r] of project.relations.entries()) {
      into.project_relations.push([id, position, r.kind, r.targetSlug, r.targetTitle, r.note]);
    }
    for (const [position, g] of project.groups.entries()) {
      into.project_groups.push([id, position, g.name, g.description, JSON.stringify(g.members)]);
    }
  }

  private addIndexEntry(
    into: TableRows,
    id: number,
    project: ProjectInput,
    resolved: ResolvedProject,
    beneficiary: OrganisationFacts | null,
    partners: readonly { facts: OrganisationFacts }[],
  ): readonly SearchMunicipality[] {
    const { row, text, municipalities } = buildSearchDocument({
      id,
      isPublished: true,
      title: project.title,
      summary: project.summary,
      description: project.description,
      goal: project.goal,
      contractNumber: project.contractNumber,
      programmeId: resolved.programmeId,
      period: project.period,
      status: project.status,
      category: project.category,
      currency: project.currency,
      startDate: project.startDate,
      endDate: project.endDate,
      totalValue: project.totalValue?.amount ?? null,
      cofinancing: project.cofinancing?.amount ?? null,
      beneficiaryId: resolved.beneficiaryId,
      beneficiaryNames: beneficiary?.names ?? [],
      funds: project.funds,
      topicIds: resolved.topicIds,
      places: project.places,
      partners: partners.map((partner) => ({ names: partner.facts.names, country: partner.facts.country })),
    });
    into.search_documents.push(SEARCH_DOCUMENT_COLUMNS.map((column) => row[column]));
    into.search_text.push([id, text.title, text.summary, text.body, text.names, text.place]);
    return municipalities;
  }
}

function idOf(map: ReadonlyMap<string, number>, slug: string, what: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Bulk load: ${what} "${slug}" is not in the catalogue`);
  return id;
}

/** A project with every column set, only to learn the column order of `projectRow`. */
function sampleProject(): ResolvedProject {
  return {
    slug: '',
    title: '',
    summary: '',
    description: '',
    goal: '',
    results: '',
    contractNumber: null,
    externalIds: { kohesio: null, officialList: null, keepEu: null },
    priorityAxis: null,
    measure: null,
    subMeasure: null,
    funds: [],
    period: null,
    category: null,
    status: 'planned',
    startDate: null,
    endDate: null,
    currency: 'PLN',
    totalValue: null,
    eligibleExpenditure: null,
    cofinancing: null,
    funding: [],
    places: [],
    phases: [],
    updates: [],
    indicators: [],
    links: [],
    relations: [],
    groups: [],
    contact: null,
    website: null,
    logoUrl: null,
    editorialState: 'draft',
    provenance: { source: 'manual', file: null, row: null },
    isDemo: false,
    programmeId: null,
    beneficiaryId: null,
    partners: [],
    topicIds: [],
  };
}

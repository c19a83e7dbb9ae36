import type { ProjectInput } from '../../domain/project.js';
import { partRowsOf, projectRow, type ResolvedProject } from '../repositories/project-writer.js';
import { buildSearchDocument, type SearchMunicipality } from '../search/search-document.js';

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

/**
 * Every table a bulk load fills: the projects, their parts (`partRowsOf`'s tables), the search
 * documents and the full-text index.
 */
export const BULK_TABLES = [
  'projects',
  ...(Object.keys(partRowsOf(0, {})) as PartTable[]),
  'search_documents',
  'search_text',
] as const;

type PartTable = keyof ReturnType<typeof partRowsOf>;
export type BulkTable = (typeof BULK_TABLES)[number];

/**
 * Rows of many projects, by table: the columns, learned from the first row, and each row's
 * values in their order. Plain arrays, since they cross to another thread.
 */
export type TableRows = Partial<Record<BulkTable, { readonly columns: readonly string[]; readonly rows: unknown[][] }>>;

/**
 * Turns projects into the rows of every table a bulk load fills, search index included:
 * the pure half of a bulk load, which `spojnia generate` runs in a worker thread while the
 * main thread inserts. The rows are the repositories' own (`projectRow`, `partRowsOf`).
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
    addRow(into, 'projects', { id, ...projectRow(resolved), created_at: this.now, updated_at: this.now });
    for (const [table, rows] of Object.entries(partRowsOf(id, resolved)) as [PartTable, object[] | undefined][]) {
      for (const row of rows ?? []) addRow(into, table, row);
    }
    if (project.editorialState !== 'published') return [];
    return this.addIndexEntry(into, id, project, resolved, beneficiary, partners);
  }

  private organisation(slug: string): OrganisationFacts {
    const found = this.organisations.get(slug);
    if (!found) throw new Error(`Bulk load: organisation "${slug}" is not in the catalogue`);
    return found;
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
    addRow(into, 'search_documents', row);
    addRow(into, 'search_text', {
      rowid: id,
      title: text.title,
      summary: text.summary,
      body: text.body,
      names: text.names,
      place: text.place,
    });
    return municipalities;
  }
}

function idOf(map: ReadonlyMap<string, number>, slug: string, what: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Bulk load: ${what} "${slug}" is not in the catalogue`);
  return id;
}

/** Appends a row to its table's rows, its values in the order of the columns its table's first row named. */
function addRow(into: TableRows, table: BulkTable, row: object): void {
  let target = into[table];
  if (!target) {
    target = { columns: Object.keys(row), rows: [] };
    into[table] = target;
  }
  const values = row as Record<string, unknown>;
  target.rows.push(target.columns.map((column) => values[column]));
}

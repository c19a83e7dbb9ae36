import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { OrganisationInput } from '../../domain/organisation.js';
import type { ProgrammeInput, Topic } from '../../domain/programme.js';
import type { ProjectInput } from '../../domain/project.js';
import { normaliseName } from '../../domain/text.js';
import { projectRow, type ResolvedProject } from '../repositories/project-writer.js';
import { buildSearchDocument, SEARCH_DOCUMENT_COLUMNS, type SearchMunicipality } from '../search/search-document.js';
import { BatchedInsert } from './batched-insert.js';

/** Page size of registries created for bulk loads: rows of about 1.5 kB insert (and commit) a third faster than in 4 kB pages. */
const BULK_PAGE_SIZE = 16_384;

/**
 * Creates the SQLite file with large pages when it does not exist yet; the page size of a
 * database is fixed when its first page is written. An existing file is left as it is.
 */
export function prepareBulkFile(file: string): void {
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma(`page_size = ${BULK_PAGE_SIZE}`);
  db.pragma('journal_mode = WAL');
  db.close();
}

/** What a bulk load refers to by slug; inserted first when missing, reused when present. */
export interface BulkCatalogue {
  readonly programmes: readonly ProgrammeInput[];
  readonly topics: readonly Topic[];
  readonly organisations: readonly OrganisationInput[];
}

interface OrganisationFacts {
  readonly id: number;
  readonly names: readonly string[];
  readonly country: string;
}

/**
 * Writes many projects into an SQLite registry in one transaction with prepared statements,
 * search index included: the fast path of `spojnia generate`. Kysely's per-query cost and the
 * one-row-at-a-time repositories are far too slow for tens of thousands of projects a second.
 * Input must already be valid (the generator guarantees it); nothing is validated or sanitised
 * here. SQLite only: the PostgreSQL way would be COPY.
 */
export class SqliteBulkProjectWriter {
  private readonly db: Database.Database;
  private readonly programmes = new Map<string, number>();
  private readonly topics = new Map<string, number>();
  private readonly organisations = new Map<string, OrganisationFacts>();
  private readonly municipalities = new Map<string, SearchMunicipality>();
  private readonly inserts: ReturnType<SqliteBulkProjectWriter['prepareInserts']>;
  private nextId: number;
  /** Id of the first project of this load: the registry held projects up to the one before it. */
  readonly firstProjectId: number;
  private readonly now = new Date().toISOString();
  private inTransaction = false;
  /** Secondary indexes dropped for the load and built again at the end (see `begin`). */
  private deferredIndexes: string[] = [];
  written = 0;

  constructor(file: string) {
    this.db = new Database(file, { fileMustExist: true });
    // A rollback journal stores only pages that existed before, so appending costs nothing
    // extra, and the whole load still commits or rolls back as one. WAL would write every page twice.
    this.db.pragma('journal_mode = DELETE');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -524288');
    this.db.pragma('temp_store = MEMORY');
    // Ids are assigned here and the generator's references are known to be complete.
    this.db.pragma('foreign_keys = OFF');
    this.nextId = Number(this.db.prepare('SELECT coalesce(max(id), 0) FROM projects').pluck().get()) + 1;
    this.firstProjectId = this.nextId;
    this.inserts = this.prepareInserts();
  }

  /** One prepared INSERT per table the load fills, columns in the order `add` passes values. */
  private prepareInserts() {
    const columns = Object.keys(projectRow(sampleProject()));
    const insert = (table: string, names: readonly string[]) => new BatchedInsert(this.db, table, names);
    return {
      projects: insert('projects', ['id', ...columns, 'created_at', 'updated_at']),
      funds: insert('project_funds', ['project_id', 'fund']),
      topics: insert('project_topics', ['project_id', 'topic_id']),
      partners: insert('project_partners', ['project_id', 'organisation_id', 'position', 'role', 'note']),
      funding: insert('project_funding', ['project_id', 'position', 'source', 'amount']),
      places: insert('project_places', [
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
      ]),
      phases: insert('project_phases', [
        'project_id',
        'position',
        'name',
        'start_date',
        'end_date',
        'duration_months',
        'status',
        'description',
      ]),
      updates: insert('project_updates', ['project_id', 'date', 'date_precision', 'title', 'body']),
      indicators: insert('project_indicators', [
        'project_id',
        'position',
        'kind',
        'name',
        'unit',
        'baseline',
        'target',
        'achieved',
      ]),
      links: insert('project_links', ['project_id', 'position', 'kind', 'title', 'url']),
      relations: insert('project_relations', ['project_id', 'position', 'kind', 'target_slug', 'target_title', 'note']),
      groups: insert('project_groups', ['project_id', 'position', 'name', 'description', 'members']),
      documents: insert('search_documents', SEARCH_DOCUMENT_COLUMNS),
      text: insert('search_text', ['rowid', 'title', 'summary', 'body', 'names', 'place']),
    };
  }

  /**
   * Starts the one transaction of the load and inserts whatever the catalogue lacks. When the
   * load is larger than what the registry holds, secondary indexes of the tables it fills are
   * dropped now and built again at the end: sorting once is far cheaper than keeping a B-tree
   * in order row by row.
   */
  begin(catalogue: BulkCatalogue, expectedProjects: number): void {
    this.db.exec('BEGIN');
    this.inTransaction = true;
    const db = this.db;
    if (expectedProjects > this.firstProjectId - 1) this.deferIndexes();
    for (const programme of catalogue.programmes) {
      db.prepare(
        `INSERT INTO programmes (slug, code, name, name_en, short_name, period, funds, managing_authority, website)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING`,
      ).run(
        programme.slug,
        programme.code,
        programme.name,
        programme.nameEn,
        programme.shortName,
        programme.period,
        programme.funds.join(','),
        programme.managingAuthority,
        programme.website,
      );
    }
    for (const topic of catalogue.topics) {
      db.prepare('INSERT INTO topics (slug, name_pl, name_en) VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING').run(
        topic.slug,
        topic.namePl,
        topic.nameEn,
      );
    }
    const addOrganisation = db.prepare(
      `INSERT INTO organisations (slug, name, name_key, short_name, kind, country, city, website, identifiers, is_demo)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING`,
    );
    for (const organisation of catalogue.organisations) {
      addOrganisation.run(
        organisation.slug,
        organisation.name,
        normaliseName(organisation.name),
        organisation.shortName,
        organisation.kind,
        organisation.country,
        organisation.city,
        organisation.website,
        JSON.stringify(organisation.identifiers),
        organisation.isDemo ? 1 : 0,
      );
    }
    for (const row of db.prepare('SELECT id, slug FROM programmes').all() as { id: number; slug: string }[]) {
      this.programmes.set(row.slug, row.id);
    }
    for (const row of db.prepare('SELECT id, slug FROM topics').all() as { id: number; slug: string }[]) {
      this.topics.set(row.slug, row.id);
    }
    const wanted = new Set(catalogue.organisations.map((organisation) => organisation.slug));
    const organisations = db.prepare('SELECT id, slug, name, short_name, country FROM organisations').all() as {
      id: number;
      slug: string;
      name: string;
      short_name: string | null;
      country: string;
    }[];
    for (const row of organisations) {
      if (!wanted.has(row.slug)) continue;
      const names = row.short_name ? [row.name, row.short_name] : [row.name];
      this.organisations.set(row.slug, { id: row.id, names, country: row.country });
    }
  }

  private organisation(slug: string): OrganisationFacts {
    const found = this.organisations.get(slug);
    if (!found) throw new Error(`Bulk load: organisation "${slug}" is not in the catalogue`);
    return found;
  }

  private idOf(map: ReadonlyMap<string, number>, slug: string, what: string): number {
    const id = map.get(slug);
    if (id === undefined) throw new Error(`Bulk load: ${what} "${slug}" is not in the catalogue`);
    return id;
  }

  /** Adds one project (with its parts and its search index entry) to the load. */
  add(project: ProjectInput): number {
    const id = this.nextId;
    this.nextId += 1;
    const beneficiary = project.beneficiarySlug ? this.organisation(project.beneficiarySlug) : null;
    const partners = project.partners.map((partner) => ({
      ...partner,
      facts: this.organisation(partner.organisationSlug),
    }));
    const programmeId = project.programmeSlug ? this.idOf(this.programmes, project.programmeSlug, 'programme') : null;
    const topicIds = project.topicSlugs.map((slug) => this.idOf(this.topics, slug, 'topic'));
    const resolved: ResolvedProject = {
      ...project,
      programmeId,
      beneficiaryId: beneficiary?.id ?? null,
      partners: partners.map((partner) => ({
        organisationId: partner.facts.id,
        role: partner.role,
        note: partner.note,
      })),
      topicIds,
    };
    this.writeRows(id, project, resolved);
    if (project.editorialState === 'published') this.index(id, project, resolved, beneficiary, partners);
    this.written += 1;
    return id;
  }

  /** The project row and the rows of its parts, positions numbered from 0 as the repositories do. */
  private writeRows(id: number, project: ProjectInput, resolved: ResolvedProject): void {
    const insert = this.inserts;
    insert.projects.add(id, ...Object.values(projectRow(resolved)), this.now, this.now);
    for (const fund of project.funds) insert.funds.add(id, fund);
    for (const topicId of resolved.topicIds) insert.topics.add(id, topicId);
    for (const [position, p] of resolved.partners.entries()) {
      insert.partners.add(id, p.organisationId, position, p.role, p.note);
    }
    for (const [position, line] of project.funding.entries()) {
      insert.funding.add(id, position, line.source, line.amount.amount);
    }
    for (const [position, p] of project.places.entries()) {
      const { label, country, voivodeship, county, municipality, teryt, city, areaName, latitude, longitude } = p;
      insert.places.add(
        id,
        position,
        label,
        country,
        voivodeship,
        county,
        municipality,
        teryt,
        city,
        areaName,
        latitude,
        longitude,
      );
    }
    for (const [position, p] of project.phases.entries()) {
      insert.phases.add(id, position, p.name, p.startDate, p.endDate, p.durationMonths, p.status, p.description);
    }
    for (const u of project.updates) insert.updates.add(id, u.date, u.datePrecision, u.title, u.body);
    for (const [position, i] of project.indicators.entries()) {
      insert.indicators.add(id, position, i.kind, i.name, i.unit, i.baseline, i.target, i.achieved);
    }
    for (const [position, l] of project.links.entries()) insert.links.add(id, position, l.kind, l.title, l.url);
    for (const [position, r] of project.relations.entries()) {
      insert.relations.add(id, position, r.kind, r.targetSlug, r.targetTitle, r.note);
    }
    for (const [position, g] of project.groups.entries()) {
      insert.groups.add(id, position, g.name, g.description, JSON.stringify(g.members));
    }
  }

  private index(
    id: number,
    project: ProjectInput,
    resolved: ResolvedProject,
    beneficiary: OrganisationFacts | null,
    partners: readonly { facts: OrganisationFacts }[],
  ): void {
    const document = buildSearchDocument({
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
    const { row, text } = document;
    this.inserts.documents.add(...SEARCH_DOCUMENT_COLUMNS.map((column) => row[column]));
    this.inserts.text.add(id, text.title, text.summary, text.body, text.names, text.place);
    for (const municipality of document.municipalities) this.municipalities.set(municipality.key, municipality);
  }

  private deferIndexes(): void {
    const tables = ['projects', ...Object.values(this.inserts).map((insert) => insert.table)];
    const indexes = this.db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(tables)) as { name: string; sql: string }[];
    for (const index of indexes) this.db.exec(`DROP INDEX "${index.name}"`);
    this.deferredIndexes = indexes.map((index) => index.sql);
  }

  /** Writes what is left, builds deferred indexes, tells running servers to reload their search index, commits. */
  finish(): void {
    for (const insert of Object.values(this.inserts)) insert.flush();
    // Sorting for the index builds may use a second thread.
    this.db.pragma('threads = 2');
    for (const sql of this.deferredIndexes) this.db.exec(sql);

    const saveMunicipality = this.db.prepare(
      `INSERT INTO search_municipalities (key, name, voivodeship) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET name = excluded.name, voivodeship = excluded.voivodeship`,
    );
    for (const m of this.municipalities.values()) saveMunicipality.run(m.key, m.name, m.voivodeship);
    this.db.prepare('INSERT INTO search_changes (project_id) VALUES (NULL)').run();
    this.db.exec('COMMIT');
    this.inTransaction = false;
    this.close();
  }

  /** Gives up: nothing of this load stays. */
  abort(): void {
    if (this.inTransaction) this.db.exec('ROLLBACK');
    this.inTransaction = false;
    this.close();
  }

  private close(): void {
    if (!this.db.open) return;
    this.db.pragma('journal_mode = WAL');
    this.db.close();
  }
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

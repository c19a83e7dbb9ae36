import type { OrganisationInput } from '../../domain/organisation.js';
import type { ProjectFacts } from '../../domain/project.js';
import type { ResolvedProject } from '../repositories/project-writer.js';

/** How an imported row names a project it may already be in the registry as. */
export type ProjectIdentifierKind =
  | 'slug'
  | 'contractNumber'
  | 'kohesioId'
  | 'officialListId'
  | 'keepEuId'
  | 'importKey';

export interface ProjectIdentifier {
  readonly kind: ProjectIdentifierKind;
  readonly value: string;
}

/** `kind:value`, the key `findProjectIds` answers under. */
export function identifierKey(identifier: ProjectIdentifier): string {
  return `${identifier.kind}:${identifier.value}`;
}

/** Parts of a project kept in their own tables; a bulk read loads only those asked for. */
export const PROJECT_PARTS = [
  'funds',
  'funding',
  'places',
  'partners',
  'topics',
  'phases',
  'updates',
  'indicators',
  'links',
  'relations',
  'groups',
  'photos',
] as const;
export type ProjectPart = (typeof PROJECT_PARTS)[number];

/** A project photo as exports carry it: the file in the media folder and its words. */
export interface PhotoRecord {
  readonly fileName: string;
  readonly alt: string;
  readonly credit: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}

/**
 * A project as stored, with references as ids. Parts that were not asked for are empty
 * arrays, so callers compare only what they loaded.
 */
export interface StoredProject extends ResolvedProject {
  readonly id: number;
  /** Shown photos (kept in the images table), when they were asked for. */
  readonly photos: readonly PhotoRecord[];
  readonly importKey: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A project to insert: every fact, plus how the next import will recognise it. */
export interface NewProject extends ResolvedProject {
  readonly importKey: string | null;
  /** Photos whose files are already in the media folder (from our own export). */
  readonly photos?: readonly PhotoRecord[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A change to a stored project: the facts present are written (a part present is
 * replaced whole), the rest stay as they are.
 */
export interface ProjectPatch {
  readonly id: number;
  readonly changes: Partial<ResolvedProject> & {
    readonly importKey?: string | null;
    readonly photos?: readonly PhotoRecord[];
  };
  readonly updatedAt: string;
}

/** What an import remembers of a project it touched: the row that named it first and what happened. */
export interface TouchedRecord {
  readonly projectId: number;
  readonly row: number;
  readonly outcome: string;
}

/** Core facts a patch can set, i.e. every fact except the parts kept in their own tables. */
export type CoreFact = Exclude<keyof ResolvedProject, ProjectPart | 'partners' | 'topicIds'>;
export type { ProjectFacts };

/**
 * Reads and writes projects and organisations many at a time, inside a transaction the
 * caller opened. One implementation per engine (prepared statements for SQLite, set-based
 * queries elsewhere); both behave the same, as the import tests check.
 */
export interface BulkStore {
  /** Ids of stored projects under each identifier found, keyed by `identifierKey`. */
  findProjectIds(identifiers: readonly ProjectIdentifier[]): Promise<Map<string, number>>;
  readProjects(ids: readonly number[], parts: ReadonlySet<ProjectPart>): Promise<Map<number, StoredProject>>;
  /** Which of these slugs some project already uses. */
  findTakenProjectSlugs(slugs: readonly string[]): Promise<Set<string>>;
  insertProjects(projects: readonly NewProject[]): Promise<number[]>;
  updateProjects(patches: readonly ProjectPatch[]): Promise<void>;
  /** Organisation ids by normalised name (`name_key`); the oldest wins when several share one. */
  findOrganisationIdsByNameKey(nameKeys: readonly string[]): Promise<Map<string, number>>;
  findOrganisationIdsBySlug(slugs: readonly string[]): Promise<Map<string, number>>;
  findTakenOrganisationSlugs(slugs: readonly string[]): Promise<Set<string>>;
  insertOrganisations(organisations: readonly OrganisationInput[]): Promise<number[]>;
  /** Names of organisations by id, for reports. */
  findOrganisationNames(ids: readonly number[]): Promise<Map<number, string>>;
  /**
   * Remembers, for the length of the import, which projects it has touched and how, so a
   * later row naming one again is recognised without keeping every row in memory.
   */
  rememberTouched(projects: readonly TouchedRecord[]): Promise<void>;
  findTouched(projectIds: readonly number[]): Promise<Map<number, TouchedRecord>>;
  /**
   * Brings what is derived from these projects (the search index) up to date with what was
   * just written, in the same transaction. Call it through `afterProjectsWritten`.
   */
  reindexProjects(projectIds: readonly number[]): Promise<void>;
  /** Gives back what the store borrowed from the connection (settings), once the import is done. */
  release(): void;
}

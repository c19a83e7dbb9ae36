import type { Fund, FundingSource, PartnerRole, ProgrammingPeriod } from '../../domain/codes.js';
import type { OrganisationInput } from '../../domain/organisation.js';
import type { ProgrammeInput, Topic } from '../../domain/programme.js';
import type { ProjectFacts } from '../../domain/project.js';
import type { ProjectIdentifier } from '../../storage/bulk/bulk-store.js';
import type { RowProblem } from './row-problem.js';
import type { Cell } from './values/cell.js';

/**
 * A fact of a project an import can set, by a path a report can show. Money lines and
 * external ids are separate facts, so a file that knows only the EU part of the funding
 * or only the Kohesio id leaves the rest as editors entered it.
 */
export type ProjectFactPath =
  | Exclude<keyof ProjectFacts, 'externalIds' | 'funding'>
  | `externalIds.${keyof ProjectFacts['externalIds']}`
  | `funding.${FundingSource}`
  | 'funding'
  | 'programme'
  | 'beneficiary'
  | 'partners'
  | 'topics'
  | 'photos';

/** A programme a row names, to be found in the registry or created. */
export interface ProgrammeReference {
  /** Set when the source is our own export: the programme exactly as it was. */
  readonly record: ProgrammeInput | null;
  /** CCI code, e.g. 2014PL16RFOP001. */
  readonly code: string | null;
  readonly name: string | null;
  readonly shortName: string | null;
  readonly period: ProgrammingPeriod | null;
  readonly funds: readonly Fund[];
}

/** An organisation a row names; found by slug (own export) or normalised name, or created. */
export interface OrganisationReference {
  readonly record: OrganisationInput;
  /** The name normalised for de-duplication (`normaliseName`), worked out once. */
  readonly nameKey: string;
  /** True when the record comes from our own export and its slug should be kept. */
  readonly keepsSlug: boolean;
}

export interface PartnerReference {
  readonly organisation: OrganisationReference;
  readonly role: PartnerRole;
  readonly note: string | null;
}

/**
 * What one row of a file says about a project: only the facts the file has columns for.
 * `facts` holds values in the registry's terms (money in minor units, ISO dates).
 */
export interface IncomingProject {
  /** Row number as a person sees it: the spreadsheet row, or the record's place in a JSON file. */
  readonly row: number;
  readonly facts: Map<ProjectFactPath, unknown>;
  readonly programme?: ProgrammeReference | null;
  readonly beneficiary?: OrganisationReference | null;
  readonly partners?: readonly PartnerReference[];
  readonly topics?: readonly Topic[];
  /** Identity of a row without contract number or external id, from its own facts. */
  readonly importKey: string | null;
  /** Rows of lists that repeat a project once per place add their places to it. */
  readonly mergesPlaces: boolean;
  /** From our own export: creation and update times to keep on a new project. */
  readonly timestamps: { readonly createdAt: string; readonly updatedAt: string } | null;
  /**
   * The row as the file had it, to write back if the row is rejected; absent when the
   * reader keeps it (see `SourceReader.rawRows`).
   */
  raw: RawSource | undefined;
  /** Worked out by the reader, so the writer has less to do (see `prepareForWriting`). */
  prepared?: PreparedRow;
}

/** What the reader works out for the writer: how the row is identified, its slug, whether it is valid as a new project. */
export interface PreparedRow {
  readonly identifiers: readonly ProjectIdentifier[];
  /** `identifierKey` of each identifier. */
  readonly keys: readonly string[];
  /** The slug a new project of this row takes first, from its title. */
  readonly slug: string;
  /** The row passed the domain's validation as a new project; a create needs no second check. */
  readonly validAsNew: boolean;
}

/** A row's cells (spreadsheet, CSV) or a record (JSON), as the file had them. */
export type RawSource = { readonly cells: readonly Cell[] } | { readonly record: unknown };

/** A row that cannot be imported, with every reason at once. */
export interface RejectedRow {
  readonly row: number;
  readonly problems: readonly RowProblem[];
}

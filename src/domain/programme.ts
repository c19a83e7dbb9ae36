import type { Fund, ProgrammingPeriod } from './codes.js';

export interface Programme {
  readonly id: number;
  readonly slug: string;
  /** CCI code, e.g. 2014PL05M9OP001; null for programmes without one. */
  readonly code: string | null;
  readonly name: string;
  readonly nameEn: string | null;
  readonly shortName: string;
  readonly period: ProgrammingPeriod;
  readonly funds: readonly Fund[];
  readonly managingAuthority: string | null;
  readonly website: string | null;
}

export interface ProgrammeRef {
  readonly slug: string;
  readonly code: string | null;
  readonly name: string;
  /** The English name, where the registry has one. */
  readonly nameEn?: string | null;
  readonly shortName: string;
  readonly period: ProgrammingPeriod;
}

export type ProgrammeInput = Omit<Programme, 'id'>;

export interface Topic {
  readonly slug: string;
  readonly namePl: string;
  readonly nameEn: string;
}

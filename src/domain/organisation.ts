import type { OrganisationKind } from './codes.js';

export interface OrganisationIdentifiers {
  readonly nip?: string;
  readonly regon?: string;
  readonly krs?: string;
  readonly pic?: string;
}

export interface Organisation {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: OrganisationKind;
  /** ISO 3166-1 alpha-2, e.g. PL, IT. */
  readonly country: string;
  readonly city: string | null;
  readonly website: string | null;
  readonly identifiers: OrganisationIdentifiers;
  readonly isDemo: boolean;
  /** Address of the uploaded logo; optional so older callers need not name it. */
  readonly logoUrl?: string | null;
}

/** What a project shows of an organisation it names. */
export interface OrganisationRef {
  readonly slug: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly country: string;
  readonly city: string | null;
}

export type OrganisationInput = Omit<Organisation, 'id'>;

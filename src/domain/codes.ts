/** Code lists of the data model. Labels in Polish and English live in the web layer. */

export const PROJECT_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_CATEGORIES = ['investment', 'non_investment'] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

export const EDITORIAL_STATES = ['draft', 'published', 'archived'] as const;
export type EditorialState = (typeof EDITORIAL_STATES)[number];

export const PROGRAMMING_PERIODS = ['2007-2013', '2014-2020', '2021-2027'] as const;
export type ProgrammingPeriod = (typeof PROGRAMMING_PERIODS)[number];

/** EU funds, by the English abbreviation used in Kohesio and the regulations. */
export const FUNDS = ['ERDF', 'ESF', 'ESF+', 'CF', 'YEI', 'JTF', 'EMFAF', 'BAR'] as const;
export type Fund = (typeof FUNDS)[number];

export const PARTNER_ROLES = ['lead_partner', 'partner', 'transnational_partner', 'associated'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/**
 * Where the money comes from. The grant (co-financing) is made of the EU and state-budget
 * parts; the rest is what the beneficiary and others contribute.
 */
export const FUNDING_SOURCES = ['eu', 'state_budget', 'regional', 'municipal', 'own', 'private', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const GRANT_SOURCES: readonly FundingSource[] = ['eu', 'state_budget'];

export const ORGANISATION_KINDS = [
  'municipality',
  'ngo',
  'public_institution',
  'company',
  'university',
  'foreign_city',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PHASE_STATUSES = ['planned', 'in_progress', 'completed'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

export const RELATION_KINDS = ['continues', 'part_of', 'related'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const INDICATOR_KINDS = ['output', 'result'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const LINK_KINDS = ['document', 'link', 'photo', 'video'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Polish voivodeships by their two-digit TERYT code (even numbers 02–32). */
export const VOIVODESHIPS = {
  '02': 'dolnośląskie',
  '04': 'kujawsko-pomorskie',
  '06': 'lubelskie',
  '08': 'lubuskie',
  '10': 'łódzkie',
  '12': 'małopolskie',
  '14': 'mazowieckie',
  '16': 'opolskie',
  '18': 'podkarpackie',
  '20': 'podlaskie',
  '22': 'pomorskie',
  '24': 'śląskie',
  '26': 'świętokrzyskie',
  '28': 'warmińsko-mazurskie',
  '30': 'wielkopolskie',
  '32': 'zachodniopomorskie',
} as const;
export type VoivodeshipCode = keyof typeof VOIVODESHIPS;

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

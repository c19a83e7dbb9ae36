import type { OrganisationInput } from '../../src/domain/organisation.js';
import type { ProjectInput } from '../../src/domain/project.js';

/** A valid, minimal project input; tests override what they are about. */
export function buildProjectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    slug: 'test-project',
    title: 'Projekt testowy',
    summary: 'Krótki opis',
    description: '<p>Opis</p>',
    goal: 'Cel',
    results: '',
    contractNumber: null,
    externalIds: { kohesio: null, officialList: null, keepEu: null },
    programmeSlug: null,
    priorityAxis: null,
    measure: null,
    subMeasure: null,
    funds: [],
    period: '2014-2020',
    category: 'non_investment',
    status: 'in_progress',
    startDate: '2020-01-01',
    endDate: '2021-12-31',
    currency: 'PLN',
    totalValue: { amount: 100_000_00, currency: 'PLN' },
    eligibleExpenditure: null,
    cofinancing: { amount: 85_000_00, currency: 'PLN' },
    funding: [],
    topicSlugs: [],
    beneficiarySlug: null,
    partners: [],
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
    editorialState: 'published',
    provenance: { source: 'manual', file: null, row: null },
    isDemo: false,
    ...overrides,
  };
}

let organisationCounter = 0;

export function buildOrganisationInput(overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  organisationCounter += 1;
  return {
    slug: `organizacja-${organisationCounter}`,
    name: `Organizacja ${organisationCounter}`,
    shortName: null,
    kind: 'ngo',
    country: 'PL',
    city: 'Lublin',
    website: null,
    identifiers: {},
    isDemo: false,
    ...overrides,
  };
}

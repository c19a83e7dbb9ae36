import type { Project, ProjectInput } from './project.js';

/**
 * The input that would store this project again exactly as it is: references by slug,
 * every fact copied. Used for revision snapshots and to fill the edit form.
 */
export function projectToInput(project: Project): ProjectInput {
  return {
    slug: project.slug,
    title: project.title,
    summary: project.summary,
    description: project.description,
    goal: project.goal,
    results: project.results,
    translations: project.translations,
    contractNumber: project.contractNumber,
    externalIds: { ...project.externalIds },
    priorityAxis: project.priorityAxis,
    measure: project.measure,
    subMeasure: project.subMeasure,
    funds: [...project.funds],
    period: project.period,
    category: project.category,
    status: project.status,
    startDate: project.startDate,
    endDate: project.endDate,
    currency: project.currency,
    totalValue: project.totalValue,
    eligibleExpenditure: project.eligibleExpenditure,
    cofinancing: project.cofinancing,
    funding: project.funding.map((line) => ({ ...line })),
    places: project.places.map((place) => ({ ...place })),
    phases: project.phases.map((phase) => ({ ...phase })),
    updates: project.updates.map((update) => ({ ...update })),
    indicators: project.indicators.map((indicator) => ({ ...indicator })),
    links: project.links.map((link) => ({ ...link })),
    relations: project.relations.map((relation) => ({ ...relation })),
    groups: project.groups.map((group) => ({ ...group, members: [...group.members] })),
    contact: project.contact ? { ...project.contact } : null,
    website: project.website,
    logoUrl: project.logoUrl,
    editorialState: project.editorialState,
    provenance: { ...project.provenance },
    isDemo: project.isDemo,
    programmeSlug: project.programme?.slug ?? null,
    beneficiarySlug: project.beneficiary?.slug ?? null,
    partners: project.partners.map((partner) => ({
      organisationSlug: partner.organisation.slug,
      role: partner.role,
      note: partner.note,
    })),
    topicSlugs: project.topics.map((topic) => topic.slug).sort(),
  };
}

import type { z } from 'zod';
import { todayIso } from '../../domain/dates.js';
import type { Project } from '../../domain/project.js';
import { statusHint } from '../../domain/project-hints.js';
import { cofinancingRate, ownContribution } from '../../domain/project-money.js';
import {
  completeTranslation,
  TRANSLATABLE_PROJECT_FIELDS,
  TRANSLATABLE_UPDATE_FIELDS,
} from '../../domain/translation.js';
import { breakdownWarnings } from '../../domain/validate-project.js';
import type { ProjectSchema } from '../schemas/project-detail.js';
import { apiUrl } from '../urls.js';
import { presentMoney, presentMoneyOrNull } from './money.js';
import { presentProjectSummary } from './projects.js';
import { presentOrganisationRef, presentTopic } from './refs.js';

export type ProjectJson = z.infer<typeof ProjectSchema>;

/** Percent with two decimals: enough for 96.46 %, and no float noise like 96.45604… */
function roundPercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100) / 100;
}

/**
 * Every fact of a published project, without database ids, plus the values derived from
 * them by the domain. `today` decides the status hint and is passed in to keep this pure.
 */
export function presentProject(project: Project, today: string = todayIso()): ProjectJson {
  return {
    ...presentProjectSummary(project),
    translations: { en: completeTranslation(TRANSLATABLE_PROJECT_FIELDS, project.translations.en) },
    description: project.description,
    goal: project.goal,
    results: project.results,
    contractNumber: project.contractNumber,
    externalIds: { ...project.externalIds },
    priorityAxis: project.priorityAxis ? { ...project.priorityAxis } : null,
    measure: project.measure ? { ...project.measure } : null,
    subMeasure: project.subMeasure ? { ...project.subMeasure } : null,
    funds: [...project.funds],
    category: project.category,
    topics: project.topics.map(presentTopic),
    currency: project.currency,
    eligibleExpenditure: presentMoneyOrNull(project.eligibleExpenditure),
    funding: project.funding.map((line) => ({ source: line.source, amount: presentMoney(line.amount) })),
    places: project.places.map((place) => ({ ...place })),
    partners: project.partners.map((partner) => ({
      organisation: presentOrganisationRef(partner.organisation),
      role: partner.role,
      note: partner.note,
    })),
    phases: project.phases.map((phase) => ({ ...phase })),
    updates: project.updates.map((update) => ({
      date: update.date,
      datePrecision: update.datePrecision,
      title: update.title,
      body: update.body,
      translations: { en: completeTranslation(TRANSLATABLE_UPDATE_FIELDS, update.translations?.en) },
    })),
    indicators: project.indicators.map((indicator) => ({ ...indicator })),
    links: project.links.map((link) => ({ ...link })),
    relations: project.relations.map((relation) => ({
      ...relation,
      apiUrl: relation.targetSlug ? apiUrl.project(relation.targetSlug) : null,
    })),
    groups: project.groups.map((group) => ({ ...group, members: [...group.members] })),
    contact: project.contact ? { ...project.contact } : null,
    website: project.website,
    logoUrl: project.logoUrl,
    editorialState: project.editorialState,
    provenance: { ...project.provenance },
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    cofinancingRate: roundPercent(cofinancingRate(project)),
    ownContribution: presentMoneyOrNull(ownContribution(project)),
    statusHint: statusHint(project, today),
    breakdownWarnings: breakdownWarnings(project).map((warning) => ({ ...warning })),
  };
}

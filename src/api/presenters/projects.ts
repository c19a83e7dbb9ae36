import type { z } from 'zod';
import type { ProjectSummary } from '../../domain/project.js';
import { completeTranslation } from '../../domain/translation.js';
import type { ProjectPage } from '../../services/projects/browse-projects.js';
import type { ProjectSectionSchema, ProjectSummarySchema } from '../schemas/projects.js';
import { apiUrl, pageUrl } from '../urls.js';
import { presentMoneyOrNull } from './money.js';
import { presentPageMeta } from './paging.js';
import { presentOrganisationRef, presentProgrammeRef } from './refs.js';

export function presentProjectSummary(project: ProjectSummary): z.infer<typeof ProjectSummarySchema> {
  return {
    slug: project.slug,
    title: project.title,
    summary: project.summary,
    programme: project.programme ? presentProgrammeRef(project.programme) : null,
    beneficiary: project.beneficiary ? presentOrganisationRef(project.beneficiary) : null,
    status: project.status,
    period: project.period,
    startDate: project.startDate,
    endDate: project.endDate,
    totalValue: presentMoneyOrNull(project.totalValue),
    cofinancing: presentMoneyOrNull(project.cofinancing),
    isDemo: project.isDemo,
    translations: { en: completeTranslation(['title', 'summary'], project.translations?.en) },
    url: pageUrl.project(project.slug),
    apiUrl: apiUrl.project(project.slug),
  };
}

/** A page of projects shown inside another resource. */
export function presentProjectSection(
  result: ProjectPage,
  request: { page: number; pageSize: number },
): z.infer<typeof ProjectSectionSchema> {
  return { data: result.items.map(presentProjectSummary), meta: presentPageMeta(request, result.total) };
}

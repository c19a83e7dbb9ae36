import { invalidInput } from '../../domain/errors.js';
import { type Problem, problem, type ValidationResult } from '../../domain/problems.js';
import type { ProjectInput } from '../../domain/project.js';
import type { ProjectTranslations } from '../../domain/translation.js';
import { validateProject } from '../../domain/validate-project.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findOrganisationIdsBySlugs } from '../../storage/repositories/organisation-repository.js';
import { findProgrammeIdsBySlugs } from '../../storage/repositories/programme-repository.js';
import {
  insertProject,
  isContractNumberTaken,
  isProjectSlugTaken,
  type ResolvedProject,
} from '../../storage/repositories/project-writer.js';
import { findTopicIdsBySlugs } from '../../storage/repositories/topic-repository.js';
import { sanitizeRichText } from '../rich-text/sanitize.js';

export interface CreatedProject {
  readonly id: number;
  readonly warnings: ValidationResult['warnings'];
}

/**
 * Validates a project against the rules and the registry, then stores it whole. Throws an
 * `invalid_input` AppError listing every problem; nothing is written then.
 */
export async function createProject(
  db: SpojniaDb,
  unsafeInput: ProjectInput,
  now = new Date(),
): Promise<CreatedProject> {
  const { resolved, warnings } = await resolveProject(db, unsafeInput);
  const id = await insertProject(db, resolved, now.toISOString());
  return { id, warnings };
}

export interface ResolvedProjectInput {
  readonly resolved: ResolvedProject;
  readonly warnings: ValidationResult['warnings'];
}

/**
 * Sanitises rich text, validates the project and resolves its slugs to ids. Throws an
 * `invalid_input` AppError listing every problem. `exceptProjectId` is the project being
 * updated, which may keep its own slug and contract number.
 */
export async function resolveProject(
  db: SpojniaDb,
  unsafeInput: ProjectInput,
  exceptProjectId?: number,
): Promise<ResolvedProjectInput> {
  // Rich text is cleaned on save as well as on render, so the stored copy is safe for any reader.
  const input: ProjectInput = {
    ...unsafeInput,
    description: sanitizeRichText(unsafeInput.description),
    results: sanitizeRichText(unsafeInput.results),
    translations: sanitizeTranslations(unsafeInput.translations),
  };
  const { errors, warnings } = validateProject(input);
  const [programmes, organisations, topics] = await Promise.all([
    findProgrammeIdsBySlugs(db, input.programmeSlug ? [input.programmeSlug] : []),
    findOrganisationIdsBySlugs(db, [
      ...(input.beneficiarySlug ? [input.beneficiarySlug] : []),
      ...input.partners.map((partner) => partner.organisationSlug),
    ]),
    findTopicIdsBySlugs(db, input.topicSlugs),
  ]);
  const problems: Problem[] = [...errors, ...(await registryProblems(db, input, exceptProjectId))];
  if (input.programmeSlug && !programmes.has(input.programmeSlug)) {
    problems.push(problem('programmeSlug', 'unknown_programme', `No programme "${input.programmeSlug}"`));
  }
  if (input.beneficiarySlug && !organisations.has(input.beneficiarySlug)) {
    problems.push(problem('beneficiarySlug', 'unknown_organisation', `No organisation "${input.beneficiarySlug}"`));
  }
  input.partners.forEach((partner, index) => {
    if (!organisations.has(partner.organisationSlug)) {
      problems.push(
        problem(
          `partners.${index}.organisationSlug`,
          'unknown_organisation',
          `No organisation "${partner.organisationSlug}"`,
        ),
      );
    }
  });
  input.topicSlugs.forEach((slug, index) => {
    if (!topics.has(slug)) problems.push(problem(`topicSlugs.${index}`, 'unknown_topic', `No topic "${slug}"`));
  });
  if (problems.length > 0) throw invalidInput(problems);

  const resolved: ResolvedProject = {
    ...input,
    programmeId: input.programmeSlug ? (programmes.get(input.programmeSlug) ?? null) : null,
    beneficiaryId: input.beneficiarySlug ? (organisations.get(input.beneficiarySlug) ?? null) : null,
    partners: input.partners.map((partner) => ({
      organisationId: organisations.get(partner.organisationSlug) as number,
      role: partner.role,
      note: partner.note,
    })),
    topicIds: input.topicSlugs.map((slug) => topics.get(slug) as number),
  };
  return { resolved, warnings };
}

/** The translated rich texts go through the same sanitiser as the originals. */
function sanitizeTranslations(translations: ProjectTranslations | undefined): ProjectTranslations | undefined {
  if (!translations) return translations;
  const clean = (html: string | null | undefined) => (html ? sanitizeRichText(html) : null);
  return Object.fromEntries(
    Object.entries(translations).map(([language, texts]) => [
      language,
      texts ? { ...texts, description: clean(texts.description), results: clean(texts.results) } : texts,
    ]),
  );
}

async function registryProblems(db: SpojniaDb, input: ProjectInput, exceptProjectId?: number): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (await isProjectSlugTaken(db, input.slug, exceptProjectId)) {
    problems.push(problem('slug', 'slug_taken', `Another project already uses the slug "${input.slug}"`));
  }
  if (input.contractNumber && (await isContractNumberTaken(db, input.contractNumber, exceptProjectId))) {
    problems.push(
      problem('contractNumber', 'contract_number_taken', `Another project has contract number ${input.contractNumber}`),
    );
  }
  return problems;
}

import { AppError, invalidInput } from '../../domain/errors.js';
import { type Problem, problem } from '../../domain/problems.js';
import {
  isEmail,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  normaliseEmail,
  ROLES,
  type Role,
} from '../../domain/user.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findOrganisationIdsBySlugs } from '../../storage/repositories/organisation-repository.js';

export function passwordProblems(password: string, path = 'password'): Problem[] {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [problem(path, 'password_too_short', `Password needs at least ${MIN_PASSWORD_LENGTH} characters`)];
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return [problem(path, 'password_too_long', `Password may have at most ${MAX_PASSWORD_LENGTH} characters`)];
  }
  return [];
}

export function emailProblems(email: string): Problem[] {
  return isEmail(normaliseEmail(email)) ? [] : [problem('email', 'invalid_email', 'E-mail address is not valid')];
}

export function roleProblems(role: string): Problem[] {
  return (ROLES as readonly string[]).includes(role) ? [] : [problem('role', 'invalid_role', 'Unknown role')];
}

/** Resolves organisation slugs to ids; an unknown slug is a problem at `organisationSlugs.N`. */
export async function resolveOrganisations(
  db: SpojniaDb,
  slugs: readonly string[],
): Promise<{ ids: number[]; problems: Problem[] }> {
  const unique = [...new Set(slugs)];
  const found = await findOrganisationIdsBySlugs(db, unique);
  const problems: Problem[] = [];
  unique.forEach((slug, index) => {
    if (!found.has(slug)) {
      problems.push(problem(`organisationSlugs.${index}`, 'unknown_organisation', `No organisation "${slug}"`));
    }
  });
  return { ids: unique.map((slug) => found.get(slug) as number).filter((id) => id !== undefined), problems };
}

export function throwIfProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw invalidInput(problems);
}

export function lastAdministratorError(): AppError {
  return new AppError('conflict', 'The last active administrator cannot lose that role or be deactivated', [
    problem('role', 'last_administrator', 'The last active administrator cannot lose that role or be deactivated'),
  ]);
}

export type { Role };

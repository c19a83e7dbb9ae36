import type { EditorialState } from './codes.js';
import type { Actor } from './user.js';

/**
 * Every authorisation decision of the editorial area, as named pure functions of the actor
 * (role + assigned organisations) and the resource. Routes call exactly one of these; a
 * test of the route table fails when a route names none.
 */

/** What a policy needs to know about a project: who carries it out and its state. */
export interface ProjectAccess {
  readonly beneficiarySlug: string | null;
  readonly partnerSlugs: readonly string[];
  readonly editorialState: EditorialState;
}

const isAdministrator = (actor: Actor) => actor.role === 'administrator';

/** True when one of the actor's organisations is the beneficiary or a partner. */
function isOwnProject(actor: Actor, project: Pick<ProjectAccess, 'beneficiarySlug' | 'partnerSlugs'>): boolean {
  const own = new Set(actor.organisationSlugs);
  if (project.beneficiarySlug !== null && own.has(project.beneficiarySlug)) return true;
  return project.partnerSlugs.some((slug) => own.has(slug));
}

/** Any signed-in person may enter the editorial area and read every project there, drafts included. */
export function canViewAdmin(_actor: Actor): boolean {
  return true;
}

export function canViewProject(_actor: Actor, _project: ProjectAccess): boolean {
  return true;
}

/** Administrators create any project; editors only for one of their organisations. */
export function canCreateProject(actor: Actor): boolean {
  return isAdministrator(actor) || (actor.role === 'editor' && actor.organisationSlugs.length > 0);
}

export function canEditProject(actor: Actor, project: ProjectAccess): boolean {
  return isAdministrator(actor) || (actor.role === 'editor' && isOwnProject(actor, project));
}

/**
 * Whether a project with these organisations may be saved by the actor: an editor may not
 * hand a project over to organisations that are not theirs.
 */
export function canSaveProjectAs(
  actor: Actor,
  project: Pick<ProjectAccess, 'beneficiarySlug' | 'partnerSlugs'>,
): boolean {
  return isAdministrator(actor) || (actor.role === 'editor' && isOwnProject(actor, project));
}

/** Publishing, archiving and taking back to draft: whoever may edit the project. */
export function canPublishProject(actor: Actor, project: ProjectAccess): boolean {
  return canEditProject(actor, project);
}

/** Deleting loses the record for good, so only administrators may do it. */
export function canDeleteProject(actor: Actor, _project: ProjectAccess): boolean {
  return isAdministrator(actor);
}

export function canRestoreRevision(actor: Actor, current: ProjectAccess, restored: ProjectAccess): boolean {
  return canEditProject(actor, current) && canSaveProjectAs(actor, restored);
}

/** Photos and the logo of a project are part of it. */
export function canManageProjectImages(actor: Actor, project: ProjectAccess): boolean {
  return canEditProject(actor, project);
}

export function canManageUsers(actor: Actor): boolean {
  return isAdministrator(actor);
}

/** Organisations, programmes and topics are shared by all projects: administrators keep them. */
export function canManageOrganisations(actor: Actor): boolean {
  return isAdministrator(actor);
}

export function canManageTaxonomies(actor: Actor): boolean {
  return isAdministrator(actor);
}

/** An import writes many projects, organisations and programmes at once: administrators only. */
export function canImportFiles(actor: Actor): boolean {
  return isAdministrator(actor);
}

export function canViewAuditLog(actor: Actor): boolean {
  return isAdministrator(actor);
}

/** Everyone may change their own password. */
export function canChangeOwnPassword(_actor: Actor): boolean {
  return true;
}

/** Moves of the editorial state an editor can make, from each state. */
export const EDITORIAL_TRANSITIONS: Readonly<Record<EditorialState, readonly EditorialState[]>> = {
  draft: ['published', 'archived'],
  published: ['draft', 'archived'],
  archived: ['draft', 'published'],
};

export function isAllowedTransition(from: EditorialState, to: EditorialState): boolean {
  return EDITORIAL_TRANSITIONS[from].includes(to);
}

import {
  canChangeOwnPassword,
  canCreateProject,
  canDeleteProject,
  canEditProject,
  canImportFiles,
  canManageOrganisations,
  canManageProjectImages,
  canManageTaxonomies,
  canManageUsers,
  canPublishProject,
  canViewAdmin,
  canViewAuditLog,
  canViewProject,
  type ProjectAccess,
} from '../../domain/policies.js';
import type { Actor } from '../../domain/user.js';

/**
 * The named policy each editorial route goes through. Routes about one project name a
 * project policy; the project (from the `:id` in the URL) is loaded before the check.
 */
export const ROUTE_POLICIES = {
  canViewAdmin: { project: false, allows: (actor: Actor) => canViewAdmin(actor) },
  canCreateProject: { project: false, allows: (actor: Actor) => canCreateProject(actor) },
  canManageUsers: { project: false, allows: (actor: Actor) => canManageUsers(actor) },
  canManageOrganisations: { project: false, allows: (actor: Actor) => canManageOrganisations(actor) },
  canManageTaxonomies: { project: false, allows: (actor: Actor) => canManageTaxonomies(actor) },
  canViewAuditLog: { project: false, allows: (actor: Actor) => canViewAuditLog(actor) },
  canImportFiles: { project: false, allows: (actor: Actor) => canImportFiles(actor) },
  canChangeOwnPassword: { project: false, allows: (actor: Actor) => canChangeOwnPassword(actor) },
  canViewProject: { project: true, allows: canViewProject },
  canEditProject: { project: true, allows: canEditProject },
  canPublishProject: { project: true, allows: canPublishProject },
  canDeleteProject: { project: true, allows: canDeleteProject },
  canManageProjectImages: { project: true, allows: canManageProjectImages },
} as const satisfies Record<string, { project: boolean; allows: (actor: Actor, project: ProjectAccess) => boolean }>;

export type PolicyName = keyof typeof ROUTE_POLICIES;

/** Routes anyone may reach: only signing in and its page. */
export type RouteAccess = PolicyName | 'public';

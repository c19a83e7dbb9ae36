import { describe, expect, it } from 'vitest';
import {
  canCreateProject,
  canDeleteProject,
  canEditProject,
  canManageUsers,
  canPublishProject,
  canSaveProjectAs,
  isAllowedTransition,
  type ProjectAccess,
} from './policies.js';
import type { Actor } from './user.js';

const admin: Actor = { id: 1, role: 'administrator', organisationSlugs: [] };
const editorA: Actor = { id: 2, role: 'editor', organisationSlugs: ['gmina-a'] };
const lonelyEditor: Actor = { id: 3, role: 'editor', organisationSlugs: [] };
const viewer: Actor = { id: 4, role: 'viewer', organisationSlugs: ['gmina-a'] };

const ofA: ProjectAccess = { beneficiarySlug: 'gmina-a', partnerSlugs: [], editorialState: 'draft' };
const partneredByA: ProjectAccess = {
  beneficiarySlug: 'fundacja-b',
  partnerSlugs: ['x', 'gmina-a'],
  editorialState: 'published',
};
const ofB: ProjectAccess = { beneficiarySlug: 'fundacja-b', partnerSlugs: ['x'], editorialState: 'published' };

describe('project policies', () => {
  it('let an editor edit and publish projects of their organisations, as beneficiary or partner, and no others', () => {
    expect([ofA, partneredByA, ofB].map((project) => canEditProject(editorA, project))).toEqual([true, true, false]);
    expect([ofA, partneredByA, ofB].map((project) => canPublishProject(editorA, project))).toEqual([true, true, false]);
    expect(canEditProject(admin, ofB)).toBe(true);
    expect(canEditProject(viewer, ofA)).toBe(false);
  });

  it('keep deletion and user management for administrators', () => {
    expect([admin, editorA, viewer].map((actor) => canDeleteProject(actor, ofA))).toEqual([true, false, false]);
    expect([admin, editorA, viewer].map(canManageUsers)).toEqual([true, false, false]);
  });

  it('let only editors with an organisation, and administrators, create projects – and only for their organisations', () => {
    expect([admin, editorA, lonelyEditor, viewer].map(canCreateProject)).toEqual([true, true, false, false]);
    expect(canSaveProjectAs(editorA, { beneficiarySlug: 'fundacja-b', partnerSlugs: [] })).toBe(false);
    expect(canSaveProjectAs(editorA, { beneficiarySlug: null, partnerSlugs: ['gmina-a'] })).toBe(true);
  });

  it('allow only real moves of the editorial state', () => {
    expect(isAllowedTransition('draft', 'published')).toBe(true);
    expect(isAllowedTransition('published', 'published')).toBe(false);
    expect(isAllowedTransition('archived', 'draft')).toBe(true);
  });
});

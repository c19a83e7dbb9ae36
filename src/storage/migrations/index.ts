// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Migration } from 'kysely';
import * as createTaxonomies from './0001-create-taxonomies.js';
import * as createOrganisations from './0002-create-organisations.js';
import * as createProjects from './0003-create-projects.js';
import * as createProjectParts from './0004-create-project-parts.js';
import * as createSearchIndex from './0005-create-search-index.js';

/**
 * Every migration in order. Forward-only: a landed migration is never edited; a change
 * gets a new file with the next number.
 */
export const migrations: Record<string, Migration> = {
  '0001-create-taxonomies': createTaxonomies,
  '0002-create-organisations': createOrganisations,
  '0003-create-projects': createProjects,
  '0004-create-project-parts': createProjectParts,
  '0005-create-search-index': createSearchIndex,
};

// biome-ignore-all lint/suspicious/noExplicitAny: migrations run against any version of the schema, as Kysely advises.
import type { Migration } from 'kysely';
import * as createTaxonomies from './0001-create-taxonomies.js';
import * as createOrganisations from './0002-create-organisations.js';
import * as createProjects from './0003-create-projects.js';
import * as createProjectParts from './0004-create-project-parts.js';
import * as createSearchIndex from './0005-create-search-index.js';
import * as createPostgresSearchText from './0006-create-postgres-search-text.js';
import * as createUsers from './0010-create-users.js';
import * as createSessions from './0011-create-sessions.js';
import * as createAuditEvents from './0012-create-audit-events.js';
import * as createProjectRevisions from './0013-create-project-revisions.js';
import * as createImages from './0014-create-images.js';
import * as addOrganisationLogo from './0015-add-organisation-logo.js';
import * as addProjectImportKey from './0020-add-project-import-key.js';
import * as addProjectEnglishTexts from './0030-add-project-english-texts.js';
import * as addUpdateEnglishTexts from './0031-add-update-english-texts.js';
import * as widenRealColumnsOnPostgres from './0040-widen-real-columns-on-postgres.js';

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
  '0006-create-postgres-search-text': createPostgresSearchText,
  '0010-create-users': createUsers,
  '0011-create-sessions': createSessions,
  '0012-create-audit-events': createAuditEvents,
  '0013-create-project-revisions': createProjectRevisions,
  '0014-create-images': createImages,
  '0015-add-organisation-logo': addOrganisationLogo,
  '0020-add-project-import-key': addProjectImportKey,
  '0030-add-project-english-texts': addProjectEnglishTexts,
  '0031-add-update-english-texts': addUpdateEnglishTexts,
  '0040-widen-real-columns-on-postgres': widenRealColumnsOnPostgres,
};

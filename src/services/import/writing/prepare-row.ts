import { slugify } from '../../../domain/text.js';
import { validateProject } from '../../../domain/validate-project.js';
import { identifierKey, type ProjectIdentifier } from '../../../storage/bulk/bulk-store.js';
import type { IncomingProject, PreparedRow, ProjectFactPath, RejectedRow } from '../incoming.js';
import { validationProblem } from '../row-problem.js';
import { type NewProjectContext, newProjectOf, validationInputOf } from './new-project.js';

const SLUG_LENGTH = 70;

/** The slug a new project takes from its title, when it is free. */
export function titleSlug(title: string): string {
  return slugify(title, SLUG_LENGTH) || 'projekt';
}

/**
 * Works out, for a row just read, what the writer would otherwise do one row at a time:
 * its identifiers, its slug, and the domain's validation of the project it would create.
 * A row that is not valid even as a new project is rejected here, while its cells are at
 * hand. Runs in the reading thread, beside the writing.
 */
export function prepareForWriting(incoming: IncomingProject, context: NewProjectContext): RejectedRow | null {
  const identifiers = identifiersOf(incoming);
  const slug = incoming.facts.has('slug')
    ? String(incoming.facts.get('slug'))
    : titleSlug(String(incoming.facts.get('title') ?? ''));
  // Rows with partners are checked by the writer, which knows which organisations they are.
  const checkable = !incoming.facts.has('partners') && incoming.partners === undefined;
  let validAsNew = false;
  if (checkable) {
    const { errors } = validateProject(validationInputOf(newProjectOf(incoming, incoming.facts, context, slug)));
    if (errors.length > 0) return { row: incoming.row, problems: errors.map(validationProblem) };
    validAsNew = true;
  }
  const prepared: PreparedRow = { identifiers, keys: identifiers.map(identifierKey), slug, validAsNew };
  incoming.prepared = prepared;
  return null;
}

/** The identifiers a row can be matched by: slug, contract number, external ids, or its import key. */
export function identifiersOf(incoming: IncomingProject): ProjectIdentifier[] {
  const identifiers: ProjectIdentifier[] = [];
  const add = (kind: ProjectIdentifier['kind'], path: ProjectFactPath) => {
    const value = incoming.facts.get(path);
    if (typeof value === 'string' && value.trim() !== '') identifiers.push({ kind, value });
  };
  add('slug', 'slug');
  add('contractNumber', 'contractNumber');
  add('kohesioId', 'externalIds.kohesio');
  add('keepEuId', 'externalIds.keepEu');
  add('officialListId', 'externalIds.officialList');
  if (identifiers.length === 0 && incoming.importKey)
    identifiers.push({ kind: 'importKey', value: incoming.importKey });
  return identifiers;
}

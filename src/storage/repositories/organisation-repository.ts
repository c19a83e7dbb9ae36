import type { Selectable } from 'kysely';
import type { OrganisationKind } from '../../domain/codes.js';
import type { Organisation, OrganisationIdentifiers, OrganisationInput } from '../../domain/organisation.js';
import { normaliseName } from '../../domain/text.js';
import type { SpojniaDb } from '../database.js';
import type { OrganisationTable } from '../schema.js';
import { reindexProjectsOfOrganisation } from '../search/index-projects.js';
import { toBoolean } from './rows.js';

export function rowToOrganisation(row: Selectable<OrganisationTable>): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as OrganisationKind,
    country: row.country,
    city: row.city,
    website: row.website,
    identifiers: JSON.parse(row.identifiers) as OrganisationIdentifiers,
    isDemo: toBoolean(row.is_demo),
    logoUrl: row.logo_url ?? null,
  };
}

export async function insertOrganisation(db: SpojniaDb, input: OrganisationInput): Promise<number> {
  const row = await db
    .insertInto('organisations')
    .values({
      slug: input.slug,
      name: input.name,
      name_key: normaliseName(input.name),
      short_name: input.shortName,
      kind: input.kind,
      country: input.country,
      city: input.city,
      website: input.website,
      identifiers: JSON.stringify(input.identifiers),
      is_demo: input.isDemo ? 1 : 0,
      logo_url: input.logoUrl ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findOrganisationBySlug(db: SpojniaDb, slug: string): Promise<Organisation | null> {
  const row = await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? rowToOrganisation(row) : null;
}

export async function findOrganisationIdsBySlugs(
  db: SpojniaDb,
  slugs: readonly string[],
): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}

export async function findOrganisationById(db: SpojniaDb, id: number): Promise<Organisation | null> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToOrganisation(row) : null;
}

/** Every organisation, by name; the editorial forms choose from these. */
export async function listOrganisations(db: SpojniaDb): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('name_key').orderBy('id').execute();
  return rows.map(rowToOrganisation);
}

export async function updateOrganisationRow(db: SpojniaDb, id: number, input: OrganisationInput): Promise<void> {
  await db
    .updateTable('organisations')
    .set({
      slug: input.slug,
      name: input.name,
      name_key: normaliseName(input.name),
      short_name: input.shortName,
      kind: input.kind,
      country: input.country,
      city: input.city,
      website: input.website,
      identifiers: JSON.stringify(input.identifiers),
      logo_url: input.logoUrl ?? null,
    })
    .where('id', '=', id)
    .execute();
  // Its names are searchable words of the projects it carries out or takes part in.
  await reindexProjectsOfOrganisation(db, id);
}

export async function isOrganisationSlugTaken(db: SpojniaDb, slug: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('organisations').select('id').where('slug', '=', slug);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

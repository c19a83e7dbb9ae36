import type { Selectable } from 'kysely';
import type { Fund, ProgrammingPeriod } from '../../domain/codes.js';
import type { Programme, ProgrammeInput } from '../../domain/programme.js';
import type { SpojniaDb } from '../database.js';
import type { ProgrammeTable } from '../schema.js';
import { countPublishedProjectsByProgramme } from '../search/search-counts.js';
import { toFunds } from './rows.js';

export function rowToProgramme(row: Selectable<ProgrammeTable>): Programme {
  return {
    id: row.id,
    slug: row.slug,
    code: row.code,
    name: row.name,
    nameEn: row.name_en,
    shortName: row.short_name,
    period: row.period as ProgrammingPeriod,
    funds: toFunds(row.funds),
    managingAuthority: row.managing_authority,
    website: row.website,
  };
}

export async function insertProgramme(db: SpojniaDb, input: ProgrammeInput): Promise<number> {
  const row = await db
    .insertInto('programmes')
    .values({
      slug: input.slug,
      code: input.code,
      name: input.name,
      name_en: input.nameEn,
      short_name: input.shortName,
      period: input.period,
      funds: input.funds.join(','),
      managing_authority: input.managingAuthority,
      website: input.website,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findProgrammeBySlug(db: SpojniaDb, slug: string): Promise<Programme | null> {
  const row = await db.selectFrom('programmes').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? rowToProgramme(row) : null;
}

export async function findProgrammeIdsBySlugs(db: SpojniaDb, slugs: readonly string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('programmes').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}

export interface ProgrammeWithCount extends Programme {
  readonly projectCount: number;
}

/**
 * Every programme with the number of its published projects, newest period first. The counts
 * come from the search index, which has them at hand at any size of the registry.
 */
export async function listProgrammes(db: SpojniaDb): Promise<ProgrammeWithCount[]> {
  const [rows, counts] = await Promise.all([
    db.selectFrom('programmes').selectAll().orderBy('period', 'desc').orderBy('short_name').execute(),
    countPublishedProjectsByProgramme(db),
  ]);
  return rows.map((row) => ({ ...rowToProgramme(row), projectCount: counts.get(row.id) ?? 0 }));
}

export type { Fund };

export async function findProgrammeById(db: SpojniaDb, id: number): Promise<Programme | null> {
  const row = await db.selectFrom('programmes').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToProgramme(row) : null;
}

export async function updateProgrammeRow(db: SpojniaDb, id: number, input: ProgrammeInput): Promise<void> {
  await db
    .updateTable('programmes')
    .set({
      slug: input.slug,
      code: input.code,
      name: input.name,
      name_en: input.nameEn,
      short_name: input.shortName,
      period: input.period,
      funds: input.funds.join(','),
      managing_authority: input.managingAuthority,
      website: input.website,
    })
    .where('id', '=', id)
    .execute();
}

/** Which of slug and CCI code another programme already uses. */
export async function programmeClashes(
  db: SpojniaDb,
  input: Pick<ProgrammeInput, 'slug' | 'code'>,
  exceptId?: number,
): Promise<{ slug: boolean; code: boolean }> {
  let query = db.selectFrom('programmes').select(['slug', 'code']);
  query = query.where((eb) =>
    input.code === null
      ? eb('slug', '=', input.slug)
      : eb.or([eb('slug', '=', input.slug), eb('code', '=', input.code)]),
  );
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  const rows = await query.execute();
  return {
    slug: rows.some((row) => row.slug === input.slug),
    code: input.code !== null && rows.some((row) => row.code === input.code),
  };
}

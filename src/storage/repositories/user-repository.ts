import type { Selectable } from 'kysely';
import type { Role, User } from '../../domain/user.js';
import type { SpojniaDb } from '../database.js';
import type { UserTable } from '../schema.js';
import { toBoolean } from './rows.js';

/** A user with what only sign-in needs: the password hash and the lock state. */
export interface UserCredentials {
  readonly user: User;
  readonly passwordHash: string;
  readonly failedSignIns: number;
  readonly lockedUntil: string | null;
}

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly passwordHash: string;
}

async function organisationSlugsOf(db: SpojniaDb, userIds: readonly number[]): Promise<Map<number, string[]>> {
  const bySlug = new Map<number, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return bySlug;
  const rows = await db
    .selectFrom('user_organisations')
    .innerJoin('organisations', 'organisations.id', 'user_organisations.organisation_id')
    .select(['user_organisations.user_id', 'organisations.slug'])
    .where('user_organisations.user_id', 'in', userIds)
    .orderBy('organisations.slug')
    .execute();
  for (const row of rows) bySlug.get(row.user_id)?.push(row.slug);
  return bySlug;
}

function rowToUser(row: Selectable<UserTable>, organisationSlugs: readonly string[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    organisationSlugs,
    isActive: toBoolean(row.is_active),
    createdAt: row.created_at,
  };
}

export async function insertUser(db: SpojniaDb, user: NewUser, now: string): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      is_active: 1,
      failed_sign_ins: 0,
      locked_until: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findUserCredentials(db: SpojniaDb, email: string): Promise<UserCredentials | null> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  if (!row) return null;
  const slugs = await organisationSlugsOf(db, [row.id]);
  return {
    user: rowToUser(row, slugs.get(row.id) ?? []),
    passwordHash: row.password_hash,
    failedSignIns: row.failed_sign_ins,
    lockedUntil: row.locked_until,
  };
}

export async function findUserById(db: SpojniaDb, id: number): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const slugs = await organisationSlugsOf(db, [row.id]);
  return rowToUser(row, slugs.get(row.id) ?? []);
}

export async function findPasswordHash(db: SpojniaDb, id: number): Promise<string | null> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function isEmailTaken(db: SpojniaDb, email: string, exceptUserId?: number): Promise<boolean> {
  let query = db.selectFrom('users').select('id').where('email', '=', email);
  if (exceptUserId !== undefined) query = query.where('id', '!=', exceptUserId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function listUsers(db: SpojniaDb): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
  const slugs = await organisationSlugsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => rowToUser(row, slugs.get(row.id) ?? []));
}

export async function updateUserAccount(
  db: SpojniaDb,
  id: number,
  changes: { name: string; role: Role; isActive: boolean },
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ name: changes.name, role: changes.role, is_active: changes.isActive ? 1 : 0, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function replaceUserOrganisations(
  db: SpojniaDb,
  userId: number,
  organisationIds: readonly number[],
): Promise<void> {
  await db.deleteFrom('user_organisations').where('user_id', '=', userId).execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto('user_organisations')
    .values(organisationIds.map((organisationId) => ({ user_id: userId, organisation_id: organisationId })))
    .execute();
}

export async function setPasswordHash(db: SpojniaDb, id: number, passwordHash: string, now: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_sign_ins: 0, locked_until: null, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function recordFailedSignIn(
  db: SpojniaDb,
  id: number,
  failedSignIns: number,
  lockedUntil: string | null,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_sign_ins: failedSignIns, locked_until: lockedUntil })
    .where('id', '=', id)
    .execute();
}

export async function clearFailedSignIns(db: SpojniaDb, id: number): Promise<void> {
  await db.updateTable('users').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', id).execute();
}

export async function countActiveAdministrators(db: SpojniaDb): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'administrator')
    .where('is_active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

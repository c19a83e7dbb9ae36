import { notFound } from '../../domain/errors.js';
import type { User } from '../../domain/user.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findUserById, listUsers } from '../../storage/repositories/user-repository.js';

export async function listAllUsers(db: SpojniaDb): Promise<User[]> {
  return listUsers(db);
}

export async function getUser(db: SpojniaDb, id: number): Promise<User> {
  const user = await findUserById(db, id);
  if (!user) throw notFound(`User ${id}`);
  return user;
}

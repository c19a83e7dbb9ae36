import type { SpojniaDb } from '../database.js';

/**
 * Called inside the writing transaction with the ids of projects a bulk write created or
 * changed, a group at a time. Whatever keeps derived copies of projects (the search
 * index) brings them up to date here, in the same transaction; nothing does yet.
 */
export async function afterProjectsWritten(_trx: SpojniaDb, _projectIds: readonly number[]): Promise<void> {}

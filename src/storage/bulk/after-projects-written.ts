import type { BulkStore } from './bulk-store.js';

/**
 * Called inside the writing transaction with the ids of projects a bulk write created or
 * changed, a group at a time. Whatever keeps derived copies of projects brings them up to
 * date here, in the same transaction, so a failed import leaves no trace in them either:
 * today that is the search index, written by the store's engine-specific way.
 */
export async function afterProjectsWritten(store: BulkStore, projectIds: readonly number[]): Promise<void> {
  if (projectIds.length > 0) await store.reindexProjects(projectIds);
}

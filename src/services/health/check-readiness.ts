import type { SpojniaDb } from '../../storage/database.js';
import { pingDatabase } from '../../storage/health.js';
import { pendingMigrations } from '../../storage/migrate.js';

export type Readiness = { readonly isReady: true } | { readonly isReady: false; readonly reason: string };

/** How long a probe may wait for the database before calling it unreachable. */
const PROBE_TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${PROBE_TIMEOUT_MS / 1000} s`)),
      PROBE_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Whether this process can serve traffic: the database (and the read replica, when there is
 * one) answers, and its schema is current. A load balancer sends traffic only to ready processes.
 */
export async function checkReadiness(db: SpojniaDb, readDb: SpojniaDb): Promise<Readiness> {
  try {
    await withTimeout(pingDatabase(db), 'the database');
  } catch (error) {
    return { isReady: false, reason: `database unreachable: ${reasonOf(error)}` };
  }
  if (readDb !== db) {
    try {
      await withTimeout(pingDatabase(readDb), 'the read replica');
    } catch (error) {
      return { isReady: false, reason: `read replica unreachable: ${reasonOf(error)}` };
    }
  }
  let pending: string[];
  try {
    pending = await withTimeout(pendingMigrations(db), 'the database');
  } catch (error) {
    return { isReady: false, reason: `migrations cannot be read: ${reasonOf(error)}` };
  }
  if (pending.length > 0) {
    return {
      isReady: false,
      reason: `${pending.length} pending migrations (${pending.join(', ')}); run spojnia migrate`,
    };
  }
  return { isReady: true };
}

/**
 * Whether a write failed because another connection held the registry's write lock past the
 * busy timeout: on SQLite, while a long import is being written. Nothing was changed, and
 * the same write succeeds once the lock is free.
 */
export function isRegistryBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

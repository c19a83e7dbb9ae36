/**
 * An import that cannot go on — an unreadable file, a missing column, a broken mapping
 * file. The message says what is wrong and what to do; nothing was written.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

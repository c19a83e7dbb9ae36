import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';

export interface BackupReport {
  readonly pages: number;
  readonly bytes: number;
}

/**
 * Copies a live SQLite registry into a new file with SQLite's online backup: the portal may
 * go on reading and writing meanwhile, and the copy is one consistent moment. The copy is
 * written next to its final name and renamed when complete and checked, so a failed or
 * interrupted backup never leaves a half-written file under that name.
 */
export async function backupSqliteFile(sourceFile: string, targetFile: string): Promise<BackupReport> {
  if (!existsSync(sourceFile)) throw new Error(`There is no SQLite file ${sourceFile}`);
  if (existsSync(targetFile)) throw new Error(`${targetFile} already exists; name a new file`);
  mkdirSync(dirname(targetFile), { recursive: true });
  const partial = `${targetFile}.partial`;
  rmSync(partial, { force: true });
  const source = new SQLite(sourceFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    const progress = await source.backup(partial);
    const pageSize = checkCopy(partial);
    renameSync(partial, targetFile);
    return { pages: progress.totalPages, bytes: progress.totalPages * pageSize };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

/** Checks the finished copy and makes it one self-contained file; returns its page size. */
function checkCopy(file: string): number {
  const copy = new SQLite(file, { fileMustExist: true });
  try {
    const [check] = copy.pragma('integrity_check') as { integrity_check: string }[];
    if (check?.integrity_check !== 'ok')
      throw new Error(`The copy failed its integrity check: ${check?.integrity_check}`);
    // The copy takes the source's WAL mode; a backup is easier to move around as one file.
    copy.pragma('journal_mode = DELETE');
    return Number(copy.pragma('page_size', { simple: true }));
  } finally {
    copy.close();
  }
}

import type { AdminLanguage } from '../paths.js';
import { importsEn } from './words-en.js';
import { type ImportWords, importsPl } from './words-pl.js';

export type { ImportWords };

/** The words of the import pages in the area's language. */
export function importWords(lang: AdminLanguage): ImportWords {
  return lang === 'pl' ? importsPl : importsEn;
}

/** "250 MB": an upload limit as people read it. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

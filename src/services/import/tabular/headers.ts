import { foldDiacritics } from '../../../domain/text.js';
import { memoise } from '../values/memo.js';

/**
 * Header text reduced to what matters for matching: folded, lower case, underscores and
 * non-breaking spaces as spaces, single spaces.
 * @example normaliseHeader(' Tytuł\u00a0projektu ') // 'tytul projektu'
 */
export function normaliseHeader(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[_\s\u00a0\u202f]+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .trim();
}

function withoutBrackets(text: string): string {
  return text
    .replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The keys a header can be matched by, strongest first: the whole header, the header
 * without bracketed notes ("(w zł)", "[zł]"), and each half of a bilingual header
 * ("Tytuł projektu / Project title", also split by a line break or a bare slash).
 */
export const headerKeys: (header: string) => string[] = memoise(keysOf);

function keysOf(header: string): string[] {
  const keys = new Set<string>();
  const add = (text: string) => {
    const normalised = normaliseHeader(text);
    if (normalised === '') return;
    keys.add(normalised);
    const bare = withoutBrackets(normalised);
    if (bare !== '') keys.add(bare);
  };
  add(header);
  for (const half of header.split(/\s+\/\s+|[\r\n]+/)) add(half);
  for (const half of withoutBrackets(header).split('/')) add(half);
  return [...keys];
}

/** An alias as written in a format (any case, with or without diacritics) in its matching form. */
export const aliasKey: (alias: string) => string = memoise((alias) => withoutBrackets(normaliseHeader(alias)));

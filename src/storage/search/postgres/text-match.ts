import { type RawBuilder, sql } from 'kysely';
import type { ParsedQuery, QueryPart } from '../../../domain/search-query.js';

/** LIKE treats `%`, `_` and `\` specially; parsed words hold none, but nothing is left to chance. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The LIKE pattern of one query part over spaced words (see postgres-text-index.ts): a word
 * starts after a space and, unless it is a prefix, ends before one; a phrase is its words in a row.
 */
export function likePattern(part: QueryPart): string {
  if (part.kind === 'phrase') return `% ${escapeLike(part.words.join(' '))} %`;
  return part.prefix ? `% ${escapeLike(part.word)}%` : `% ${escapeLike(part.word)} %`;
}

function allOf(column: RawBuilder<unknown>, parts: readonly QueryPart[]): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(
    parts.map((part) => sql`${column} LIKE ${likePattern(part)}`),
    sql` AND `,
  )})`;
}

function anyOf(column: RawBuilder<unknown>, parts: readonly QueryPart[]): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(
    parts.map((part) => sql`${column} LIKE ${likePattern(part)}`),
    sql` OR `,
  )})`;
}

/** Rows of `search_texts` that have every required part and none of the excluded ones. */
export function matchCondition(query: ParsedQuery): RawBuilder<boolean> {
  const document = sql.ref('document');
  if (query.required.length === 0) return anyOf(document, query.excluded);
  if (query.excluded.length === 0) return allOf(document, query.required);
  return sql<boolean>`${allOf(document, query.required)} AND NOT ${anyOf(document, query.excluded)}`;
}

/** True where the title alone has every required part: those rank first. */
export function titleCondition(query: ParsedQuery): RawBuilder<boolean> {
  return allOf(sql.ref('title'), query.required);
}

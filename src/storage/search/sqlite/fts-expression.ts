import type { ParsedQuery, QueryPart } from '../../../domain/search-query.js';

/**
 * FTS5 query syntax for a parsed query. Every word and phrase is double-quoted, and parsed
 * words hold only folded letters and digits, so no input can inject FTS5 operators.
 */
function ftsPart(part: QueryPart): string {
  if (part.kind === 'word') return `"${part.word}"${part.prefix ? '*' : ''}`;
  return `"${part.words.join(' ')}"`;
}

/** All required parts (AND); null when there are none. */
export function requiredExpression(query: ParsedQuery): string | null {
  if (query.required.length === 0) return null;
  return query.required.map(ftsPart).join(' AND ');
}

/** Any excluded part (OR); null when there are none. */
export function excludedExpression(query: ParsedQuery): string | null {
  if (query.excluded.length === 0) return null;
  return query.excluded.map(ftsPart).join(' OR ');
}

/** Required parts without the excluded ones: `(a AND b) NOT (c OR d)`; null without required parts. */
export function matchExpression(query: ParsedQuery): string | null {
  const required = requiredExpression(query);
  if (required === null) return null;
  const excluded = excludedExpression(query);
  return excluded === null ? required : `(${required}) NOT (${excluded})`;
}

/** The required parts, all in the title: the first tier of relevance for broad queries. */
export function titleExpression(query: ParsedQuery): string | null {
  const required = requiredExpression(query);
  return required === null ? null : `{title} : (${required})`;
}

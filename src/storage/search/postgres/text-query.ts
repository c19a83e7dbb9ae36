import { type RawBuilder, sql } from 'kysely';
import type { ParsedQuery, QueryPart } from '../../../domain/search-query.js';
import { foldAligned, tokenSpans, toSearchable } from '../../../domain/search-text.js';
import { unfoldedTwin } from './postgres-text-index.js';

/** Title words carry weight A (see search-functions.ts): a term labelled A matches only there. */
export type TermWeights = '' | 'A';

/**
 * How each folded word of what was typed was spelt (lower-cased), so the dictionary can see
 * `łodzi` where the parsed query holds only `lodzi`.
 * @example spellingsOf('Łodzi lodzi').get('lodzi') // Set { 'łodzi', 'lodzi' }
 */
export function spellingsOf(text: string): Map<string, Set<string>> {
  const searchable = toSearchable(text);
  const folded = foldAligned(searchable);
  const unfolded = unfoldedTwin(searchable, folded);
  const spellings = new Map<string, Set<string>>();
  for (const span of tokenSpans(folded)) {
    const known = spellings.get(span.word) ?? new Set<string>();
    known.add(unfolded.slice(span.start, span.end));
    spellings.set(span.word, known);
  }
  return spellings;
}

function wordQuery(
  word: string,
  prefix: boolean,
  spellings: Map<string, Set<string>>,
  weights: TermWeights,
): RawBuilder<unknown> {
  const spelt = [...(spellings.get(word) ?? [word])];
  const alternatives = spelt.map((unfolded) => sql`spojnia_search_term(${word}, ${unfolded}, ${prefix}, ${weights})`);
  return sql`(${sql.join(alternatives, sql` || `)})`;
}

function partQuery(part: QueryPart, spellings: Map<string, Set<string>>, weights: TermWeights): RawBuilder<unknown> {
  if (part.kind === 'word') return wordQuery(part.word, part.prefix, spellings, weights);
  // A phrase: its words one right after the other (tsquery_phrase is `<->`).
  const [first, ...rest] = part.words.map((word) => wordQuery(word, false, spellings, weights));
  return rest.reduce<RawBuilder<unknown>>(
    (phrase, next) => sql`tsquery_phrase(${phrase}, ${next})`,
    first ?? sql`''::tsquery`,
  );
}

function combine(parts: readonly RawBuilder<unknown>[], operator: '&&' | '||'): RawBuilder<unknown> {
  return sql`(${sql.join(parts, sql.raw(` ${operator} `))})`;
}

/**
 * The tsquery of the required parts (all of them) without the excluded ones; with weights 'A',
 * of required parts found in the title. Null when nothing is required.
 */
export function requiredQuery(query: ParsedQuery, weights: TermWeights = ''): RawBuilder<unknown> | null {
  if (query.required.length === 0) return null;
  const spellings = spellingsOf(query.text);
  const required = combine(
    query.required.map((part) => partQuery(part, spellings, weights)),
    '&&',
  );
  if (weights !== '' || query.excluded.length === 0) return required;
  return sql`(${required} && !!${excludedQuery(query, spellings)})`;
}

/** The tsquery that any of the excluded parts matches. */
export function excludedQuery(query: ParsedQuery, spellings = spellingsOf(query.text)): RawBuilder<unknown> {
  return combine(
    query.excluded.map((part) => partQuery(part, spellings, '')),
    '||',
  );
}

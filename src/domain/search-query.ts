import { foldForSearch, tokenSpans } from './search-text.js';

/** A required or excluded part of a query: one word (prefix unless quoted) or a quoted phrase. */
export type QueryPart =
  | { readonly kind: 'word'; readonly word: string; readonly prefix: boolean }
  | { readonly kind: 'phrase'; readonly words: readonly string[] };

/** Something the person typed that the search left out, so the page can say so. */
export type IgnoredQueryPart =
  | { readonly code: 'query_too_long'; readonly limit: number }
  | { readonly code: 'unbalanced_quote' }
  | { readonly code: 'lone_operator'; readonly text: string }
  | { readonly code: 'too_many_terms'; readonly text: string }
  | { readonly code: 'nothing_searchable'; readonly text: string };

export interface ParsedQuery {
  /** What the person typed, trimmed and cut to the length limit: shown back in the search box. */
  readonly text: string;
  /** Every one must match (AND). */
  readonly required: readonly QueryPart[];
  /** None may match (`-word`, `-"a phrase"`). */
  readonly excluded: readonly QueryPart[];
  readonly ignored: readonly IgnoredQueryPart[];
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_REQUIRED_PARTS = 10;
export const MAX_EXCLUDED_PARTS = 10;
/** Shorter words match only whole: a one- or two-letter prefix would match half the registry. */
export const MIN_PREFIX_LENGTH = 3;

/** Words that carry no meaning on their own; left out when the query has other words. */
const STOPWORDS = new Set([
  'a',
  'i',
  'o',
  'u',
  'w',
  'z',
  'we',
  'ze',
  'na',
  'do',
  'od',
  'po',
  'za',
  'lub',
  'oraz',
  'dla',
  'the',
  'of',
  'and',
  'in',
  'for',
]);

/** Boolean words people type from other search engines; we match every word anyway. */
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
const QUOTES = /[„“”«»″"]/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

export const EMPTY_QUERY: ParsedQuery = { text: '', required: [], excluded: [], ignored: [] };

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.required.length === 0 && query.excluded.length === 0;
}

interface RawToken {
  readonly text: string;
  readonly quoted: boolean;
  readonly negated: boolean;
}

/**
 * Turns whatever was typed into a query that cannot fail: words match as prefixes
 * (`rewital` finds rewitalizacja), diacritics fold both ways, quotes make a phrase, `-word`
 * excludes. Anything unusable (a stray quote, a lone operator, an over-long query) is left
 * out and reported in `ignored`.
 * @example parseQuery('żłobek "nowa hala" -remont').required
 *   // [{ kind: 'word', word: 'zlobek', prefix: true }, { kind: 'phrase', words: ['nowa', 'hala'] }]
 */
export function parseQuery(input: unknown): ParsedQuery {
  const ignored: IgnoredQueryPart[] = [];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed here
  let text = (typeof input === 'string' ? input : '').replace(/[\u0000-\u001f\u007f]/g, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUERY_LENGTH) {
    const cut = text.lastIndexOf(' ', MAX_QUERY_LENGTH);
    text = text.slice(0, cut > MAX_QUERY_LENGTH / 2 ? cut : MAX_QUERY_LENGTH).trim();
    ignored.push({ code: 'query_too_long', limit: MAX_QUERY_LENGTH });
  }
  if (text === '') return { ...EMPTY_QUERY, ignored };

  let unquoted = text.replace(QUOTES, '"');
  if ((unquoted.match(/"/g) ?? []).length % 2 === 1) {
    const last = unquoted.lastIndexOf('"');
    unquoted = `${unquoted.slice(0, last)} ${unquoted.slice(last + 1)}`;
    ignored.push({ code: 'unbalanced_quote' });
  }

  const required: QueryPart[] = [];
  const excluded: QueryPart[] = [];
  const dropped: string[] = [];
  for (const token of rawTokens(unquoted)) {
    const part = toPart(token, ignored);
    if (part === null) continue;
    const list = token.negated ? excluded : required;
    const limit = token.negated ? MAX_EXCLUDED_PARTS : MAX_REQUIRED_PARTS;
    if (list.some((existing) => samePart(existing, part))) continue;
    if (list.length >= limit) dropped.push(token.negated ? `-${token.text}` : token.text);
    else list.push(part);
  }
  if (dropped.length > 0) ignored.push({ code: 'too_many_terms', text: dropped.join(' ') });

  const meaningful = required.filter((part) => !(part.kind === 'word' && STOPWORDS.has(part.word)));
  const kept = meaningful.length > 0 ? meaningful : required;
  if (kept.length === 0 && excluded.length === 0 && !ignored.some((part) => part.code !== 'query_too_long')) {
    ignored.push({ code: 'nothing_searchable', text });
  }
  return { text, required: kept, excluded, ignored };
}

function* rawTokens(text: string): Generator<RawToken> {
  let index = 0;
  while (index < text.length) {
    while (text[index] === ' ') index += 1;
    if (index >= text.length) return;
    let negated = false;
    if (text[index] === '-' && text[index + 1] === '"') {
      negated = true;
      index += 1;
    }
    if (text[index] === '"') {
      const close = text.indexOf('"', index + 1);
      const end = close === -1 ? text.length : close;
      yield { text: text.slice(index + 1, end), quoted: true, negated };
      index = end + 1;
      continue;
    }
    let end = index;
    while (end < text.length && text[end] !== ' ' && text[end] !== '"') end += 1;
    const word = text.slice(index, end);
    index = end;
    const isNegated = word.length > 1 && word.startsWith('-');
    yield { text: isNegated ? word.slice(1) : word.replace(/^\++/, ''), quoted: false, negated: isNegated };
  }
}

function toPart(token: RawToken, ignored: IgnoredQueryPart[]): QueryPart | null {
  if (!token.quoted && OPERATOR_WORDS.has(token.text)) {
    ignored.push({ code: 'lone_operator', text: token.text });
    return null;
  }
  if (!HAS_WORD.test(token.text)) {
    const shown = token.quoted ? `"${token.text}"` : `${token.negated ? '-' : ''}${token.text}`;
    if (shown.trim() !== '') ignored.push({ code: 'lone_operator', text: shown.trim() });
    return null;
  }
  const words = tokenSpans(foldForSearch(token.text)).map((span) => span.word);
  const [first] = words;
  if (first === undefined) return null;
  if (words.length > 1) return { kind: 'phrase', words };
  return { kind: 'word', word: first, prefix: !token.quoted && first.length >= MIN_PREFIX_LENGTH };
}

function samePart(a: QueryPart, b: QueryPart): boolean {
  if (a.kind === 'word' && b.kind === 'word') return a.word === b.word && a.prefix === b.prefix;
  if (a.kind === 'phrase' && b.kind === 'phrase') return a.words.join(' ') === b.words.join(' ');
  return false;
}

/** Every word of the query's required parts, for highlighting and "similar" look-ups. */
export function queryWords(query: ParsedQuery): { word: string; prefix: boolean }[] {
  return query.required.flatMap((part) =>
    part.kind === 'word'
      ? [{ word: part.word, prefix: part.prefix }]
      : part.words.map((word) => ({ word, prefix: false })),
  );
}

/**
 * Text as the search index sees it. Every UTF-16 code unit folds to exactly one code unit, so
 * offsets in the folded text are offsets in the (NFC) original: a snippet can be cut and
 * highlighted in the original from matches found in the folded copy.
 */

/** Folded form of each BMP code unit; 0 = not learned yet. Filled on first sight of a character. */
const FOLDED = new Uint16Array(65536);
const SPACE = 32;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const decoder = new TextDecoder('utf-16le');
let scratch = new Uint16Array(1024);

/** Letters that Unicode decomposition leaves alone but a Polish reader folds. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ı: 'i' };

function learn(code: number): number {
  // Surrogate halves (emoji, rare scripts) are not searchable on their own.
  if (code >= 0xd800 && code <= 0xdfff) return SPACE;
  const lower = String.fromCharCode(code).toLowerCase().charAt(0);
  const extra = EXTRA_FOLDS[lower];
  if (extra !== undefined) return extra.charCodeAt(0);
  const base = lower.normalize('NFD').charAt(0);
  return LETTER_OR_DIGIT.test(base) ? base.charCodeAt(0) : SPACE;
}

/**
 * Lower-cases, strips diacritics (ł → l too, which NFD does not do) and turns everything that
 * is not a letter or a digit into a space, one code unit for one. Give it NFC text (see
 * `toSearchable`) so that a letter and its accent are one code unit.
 * @example foldAligned('Żłobek „Łódź”') // 'zlobek  lodz '
 */
export function foldAligned(text: string): string {
  const length = text.length;
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2));
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    let folded: number;
    if (code < 128) {
      // ASCII is most of any text: decided inline without the table.
      if (code >= 97 && code <= 122) folded = code;
      else if (code >= 65 && code <= 90) folded = code + 32;
      else if (code >= 48 && code <= 57) folded = code;
      else folded = SPACE;
    } else {
      folded = FOLDED[code] ?? 0;
      if (folded === 0) {
        folded = learn(code);
        FOLDED[code] = folded;
      }
    }
    scratch[index] = folded;
  }
  return decoder.decode(scratch.subarray(0, length));
}

/** Text in the form the index and the snippets work on: composed (NFC), so accents are one code unit with their letter. */
export function toSearchable(text: string): string {
  return text.normalize('NFC');
}

/** The folded form of any text, for the index and for queries. */
export function foldForSearch(text: string): string {
  return foldAligned(toSearchable(text));
}

export interface TokenSpan {
  /** The folded word. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Words of a folded text with their offsets.
 * @example tokenSpans('ala  ma') // [{ word: 'ala', start: 0, end: 3 }, { word: 'ma', start: 5, end: 7 }]
 */
export function tokenSpans(folded: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let index = 0; index <= folded.length; index += 1) {
    const isSpace = index === folded.length || folded.charCodeAt(index) === SPACE;
    if (isSpace) {
      if (start >= 0) spans.push({ word: folded.slice(start, index), start, end: index });
      start = -1;
    } else if (start < 0) {
      start = index;
    }
  }
  return spans;
}

/** Words of any text, folded. */
export function searchWords(text: string): string[] {
  return tokenSpans(foldForSearch(text)).map((span) => span.word);
}

/** Rich text as plain text for indexing and snippets: tags become spaces, common entities are decoded. */
export function plainTextOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_entity, name: string) => ENTITIES[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
};

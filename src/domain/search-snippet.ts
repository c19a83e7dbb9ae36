import type { ParsedQuery } from './search-query.js';
import { foldAligned, type TokenSpan, tokenSpans, toSearchable } from './search-text.js';

/** A piece of text, marked when it matched the query; views wrap matches in <mark>. */
export interface TextSegment {
  readonly text: string;
  readonly isMatch: boolean;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Where the query's required words and phrases occur in a text, as offsets into its NFC form. */
function matchRanges(searchable: string, query: ParsedQuery): Range[] {
  if (query.required.length === 0) return [];
  const spans = tokenSpans(foldAligned(searchable));
  const ranges: Range[] = [];
  spans.forEach((span, index) => {
    for (const part of query.required) {
      if (part.kind === 'word') {
        if (part.prefix ? span.word.startsWith(part.word) : span.word === part.word) {
          ranges.push({ start: span.start, end: span.end });
        }
      } else if (phraseAt(spans, index, part.words)) {
        const last = spans[index + part.words.length - 1] as TokenSpan;
        ranges.push({ start: span.start, end: last.end });
      }
    }
  });
  return mergeRanges(ranges);
}

function phraseAt(spans: readonly TokenSpan[], index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => spans[index + offset]?.word === word);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

function segmentsOf(text: string, ranges: readonly Range[], from: number, to: number): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = from;
  for (const range of ranges) {
    if (range.end <= from || range.start >= to) continue;
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    if (start > at) segments.push({ text: text.slice(at, start), isMatch: false });
    segments.push({ text: text.slice(start, end), isMatch: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), isMatch: false });
  return segments;
}

/**
 * The whole text with every match of the query marked.
 * @example highlightText('Żłobek w Łodzi', parseQuery('zlobek')) // [{ text: 'Żłobek', isMatch: true }, { text: ' w Łodzi', isMatch: false }]
 */
export function highlightText(text: string, query: ParsedQuery): TextSegment[] {
  const searchable = toSearchable(text);
  return segmentsOf(searchable, matchRanges(searchable, query), 0, searchable.length);
}

/** True when the query matches somewhere in the text. */
export function hasMatch(text: string, query: ParsedQuery): boolean {
  return matchRanges(toSearchable(text), query).length > 0;
}

/**
 * A window of about `length` characters around the first match, cut at word boundaries and
 * with an ellipsis where text was left out; null when nothing in the text matches.
 */
export function snippetAround(text: string, query: ParsedQuery, length = 220): TextSegment[] | null {
  const searchable = toSearchable(text);
  const ranges = matchRanges(searchable, query);
  const first = ranges[0];
  if (!first) return null;
  let start = Math.max(0, first.start - Math.floor(length / 3));
  if (start > 0) {
    const space = searchable.indexOf(' ', start);
    start = space === -1 || space >= first.start ? start : space + 1;
  }
  let end = Math.min(searchable.length, start + length);
  if (end < searchable.length) {
    const space = searchable.lastIndexOf(' ', end);
    if (space > first.end) end = space;
  }
  const segments = segmentsOf(searchable, ranges, start, end);
  if (start > 0) segments.unshift({ text: '… ', isMatch: false });
  if (end < searchable.length) segments.push({ text: ' …', isMatch: false });
  return segments;
}

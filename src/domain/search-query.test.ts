import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQuery } from './search-query.js';

describe('parseQuery', () => {
  it('folds words and makes them prefixes from three letters on', () => {
    expect(parseQuery('Żłobek ŁÓDŹ w').required).toEqual([
      { kind: 'word', word: 'zlobek', prefix: true },
      { kind: 'word', word: 'lodz', prefix: true },
    ]);
    expect(parseQuery('ul').required).toEqual([{ kind: 'word', word: 'ul', prefix: false }]);
  });

  it('reads quoted phrases (Polish quotes too) and exclusions', () => {
    const query = parseQuery('„nowa hala” -remont -"stary dach" Krynica-Zdrój');
    expect(query.required).toEqual([
      { kind: 'phrase', words: ['nowa', 'hala'] },
      { kind: 'phrase', words: ['krynica', 'zdroj'] },
    ]);
    expect(query.excluded).toEqual([
      { kind: 'word', word: 'remont', prefix: true },
      { kind: 'phrase', words: ['stary', 'dach'] },
    ]);
    expect(query.ignored).toEqual([]);
  });

  it('reports an unbalanced quote, lone operators and symbols, and keeps the words', () => {
    const query = parseQuery('"park - OR * miejski');
    expect(query.required.map((part) => (part.kind === 'word' ? part.word : ''))).toEqual(['park', 'miejski']);
    expect(query.ignored).toEqual([
      { code: 'unbalanced_quote' },
      { code: 'lone_operator', text: '-' },
      { code: 'lone_operator', text: 'OR' },
      { code: 'lone_operator', text: '*' },
    ]);
  });

  it('cuts a 10 000-character query at a word boundary within the limit', () => {
    const query = parseQuery(`żłobek ${'bardzo długie zapytanie '.repeat(500)}`);
    expect(query.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.text.endsWith(' ')).toBe(false);
    expect(query.ignored).toContainEqual({ code: 'query_too_long', limit: MAX_QUERY_LENGTH });
    expect(query.required[0]).toEqual({ kind: 'word', word: 'zlobek', prefix: true });
  });

  it('keeps at most ten required words and says which it dropped', () => {
    const query = parseQuery('jeden dwa trzy cztery piec szesc siedem osiem dziewiec dziesiec jedenascie');
    expect(query.required).toHaveLength(10);
    expect(query.ignored).toEqual([{ code: 'too_many_terms', text: 'jedenascie' }]);
  });

  it('says when nothing is left to search for', () => {
    expect(parseQuery('!!!').ignored).toEqual([{ code: 'lone_operator', text: '!!!' }]);
    expect(parseQuery('   ').ignored).toEqual([]);
    expect(parseQuery(undefined).required).toEqual([]);
  });

  it('leaves out stopwords only when other words remain', () => {
    expect(parseQuery('szkoła w lesie').required.map((part) => (part.kind === 'word' ? part.word : ''))).toEqual([
      'szkola',
      'lesie',
    ]);
    expect(parseQuery('w').required).toEqual([{ kind: 'word', word: 'w', prefix: false }]);
  });
});

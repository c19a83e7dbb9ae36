import { describe, expect, it } from 'vitest';
import { comparePolish, polishSortKey } from './polish-collation.js';
import { parseQuery } from './search-query.js';
import { highlightText, snippetAround } from './search-snippet.js';
import { foldForSearch, plainTextOf, tokenSpans } from './search-text.js';

describe('foldForSearch', () => {
  it('folds case and every Polish letter, ł included, one character for one', () => {
    const text = 'Żółć, gęślą jaźń – ŁÓDŹ!';
    const folded = foldForSearch(text);
    expect(folded).toBe('zolc  gesla jazn   lodz ');
    expect(folded).toHaveLength(text.length);
  });

  it('composes decomposed text first, so an accent is never a word break', () => {
    expect(foldForSearch('Lo\u0301dz\u0301')).toBe('lodz');
  });

  it('keeps other scripts as letters (their diacritics fold too) and drops symbols', () => {
    expect(tokenSpans(foldForSearch('Київ 😀 Tampere')).map((span) => span.word)).toEqual(['киів', 'tampere']);
  });

  it('turns rich text into plain text', () => {
    expect(plainTextOf('<p>Ala &amp; kot</p><ul><li>pies</li></ul>')).toBe('Ala & kot pies');
  });
});

describe('Polish order', () => {
  it('puts ą after a, ł after l, ś after s, ź and ż after z; case and punctuation do not count', () => {
    const words = [
      'żaba',
      'Zebra',
      'źrebię',
      'Łódź',
      'lwy',
      'Lublin',
      'Śrem',
      'szopa',
      'Sopot',
      'ąb',
      'Azja',
      '„Bałtyk”',
    ];
    expect([...words].sort(comparePolish)).toEqual([
      'Azja',
      'ąb',
      '„Bałtyk”',
      'Lublin',
      'lwy',
      'Łódź',
      'Sopot',
      'szopa',
      'Śrem',
      'Zebra',
      'źrebię',
      'żaba',
    ]);
  });

  it('sorts digits before letters and shorter words before longer ones', () => {
    expect(polishSortKey('2020 rok') < polishSortKey('Ala')).toBe(true);
    expect(polishSortKey('Park') < polishSortKey('Park miejski')).toBe(true);
  });
});

describe('highlights', () => {
  it('marks matches in the original spelling, phrases as one piece', () => {
    expect(highlightText('Nowa hala w Łodzi, nowa', parseQuery('"nowa hala" lodz'))).toEqual([
      { text: 'Nowa hala', isMatch: true },
      { text: ' w ', isMatch: false },
      { text: 'Łodzi', isMatch: true },
      { text: ', nowa', isMatch: false },
    ]);
  });

  it('cuts a passage around the first match, with ellipses', () => {
    const text = `${'Wstęp do projektu. '.repeat(20)}Tu jest żłobek. ${'Dalszy opis. '.repeat(30)}`;
    const snippet = snippetAround(text, parseQuery('zlobek'), 120) ?? [];
    expect(snippet[0]).toEqual({ text: '… ', isMatch: false });
    expect(snippet.find((segment) => segment.isMatch)?.text).toBe('żłobek');
    expect(snippet[snippet.length - 1]).toEqual({ text: ' …', isMatch: false });
    expect(snippetAround(text, parseQuery('basen'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { foldDiacritics, normaliseName, slugify } from './text.js';

describe('text folding', () => {
  it('folds every Polish letter, including ł which Unicode does not decompose', () => {
    expect(foldDiacritics('Zażółć gęślą jaźń ŁÓDŹ')).toBe('Zazolc gesla jazn LODZ');
  });

  it('makes slugs from Polish names', () => {
    expect(slugify('Hajnówka OdNowa. Kooperacja w rewitalizacji')).toBe('hajnowka-odnowa-kooperacja-w-rewitalizacji');
    expect(slugify('  Łódź — żłobek!  ')).toBe('lodz-zlobek');
  });

  it('normalises organisation names for de-duplication', () => {
    expect(normaliseName('Gmina  Miejska   KRAKÓW')).toBe(normaliseName('gmina miejska Kraków'));
    expect(normaliseName('Fundacja „Łąka”')).toBe('fundacja laka');
  });
});

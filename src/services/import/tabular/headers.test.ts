import { describe, expect, it } from 'vitest';
import { bindColumns } from './column-binding.js';
import { headerKeys } from './headers.js';

describe('matching columns by their headers', () => {
  it('matches either half of a bilingual header, without case, diacritics or notes in brackets', () => {
    expect(headerKeys('Wartość projektu (w zł, dla projektów EWT w euro) / Total project value')).toEqual(
      expect.arrayContaining(['wartosc projektu', 'total project value']),
    );
    expect(headerKeys('Tytuł\u00a0projektu\nProject title')).toEqual(
      expect.arrayContaining(['tytul projektu', 'project title']),
    );
    expect(headerKeys('Operation_Unique_Identifier')).toContain('operation unique identifier');
  });

  it('binds by text, never by position, and lists the columns nothing reads', () => {
    const binding = bindColumns(
      ['Inna kolumna', 'PROJECT TITLE', 'Nazwa beneficjenta / Beneficiary', 'Import row'],
      [
        { field: 'title', aliases: ['Tytuł projektu', 'Project title'] },
        { field: 'beneficiary', aliases: ['Nazwa beneficjenta'] },
        { field: 'summary', aliases: ['Skrócony opis'] },
      ],
    );
    expect([...binding.columns]).toEqual([
      ['title', 1],
      ['beneficiary', 2],
    ]);
    expect(binding.unusedHeaders).toEqual(['Inna kolumna']);
  });
});

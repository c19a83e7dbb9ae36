import { describe, expect, it } from 'vitest';
import type { FormValues } from './form-values.js';
import { parseOrganisationForm, parseProgrammeForm, parseTopicForm } from './registry-forms.js';

const form = (fields: Record<string, string | string[]>): FormValues => new Map(Object.entries(fields));
const paths = (problems: readonly { path: string; code: string }[]) =>
  problems.map((item) => `${item.path}:${item.code}`);

describe('registry forms name every problem at once', () => {
  it('an organisation without a kind also hears about its bad address and NIP', () => {
    const parsed = parseOrganisationForm(
      form({ name: 'Stowarzyszenie', slug: 'Zły adres', 'identifiers.nip': '603-00', website: 'strona.pl' }),
      null,
    );
    expect(parsed.input).toBeNull();
    expect(paths(parsed.problems)).toEqual([
      'kind:required',
      'slug:invalid_slug',
      'website:invalid_url',
      'identifiers.nip:invalid_nip',
    ]);
  });

  it('a programme without a short name also hears about its CCI code; a missing field is named once', () => {
    const parsed = parseProgrammeForm(form({ name: 'Program', slug: 'program', code: 'CCI X', period: '2021-2027' }));
    expect(paths(parsed.problems)).toEqual(['shortName:required', 'code:invalid_cci']);
  });

  it('a topic without its English name also hears about its address', () => {
    expect(paths(parseTopicForm(form({ namePl: 'Zieleń', slug: 'Zieleń' })).problems)).toEqual([
      'nameEn:required',
      'slug:invalid_slug',
    ]);
  });

  it('a form read whole goes on to the service, which checks the rules itself', () => {
    const parsed = parseTopicForm(form({ namePl: 'Zieleń', nameEn: 'Greenery', slug: 'zielen' }));
    expect(parsed).toEqual({ input: { slug: 'zielen', namePl: 'Zieleń', nameEn: 'Greenery' }, problems: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { readForm } from './form-values.js';
import { PROJECT_FORM } from './project-shape.js';

describe('readForm', () => {
  it('drops empty rows and rows ticked for removal, renumbers the rest, and reports unknown fields', () => {
    const { values, unknown } = readForm(
      {
        title: 'T',
        funds: ['ERDF', 'CF'],
        'partners.0.organisationSlug': '',
        'partners.0.role': '',
        'partners.3.organisationSlug': 'b',
        'partners.3.role': 'partner',
        'partners.5.organisationSlug': 'c',
        'partners.5._remove': '1',
        'partners.7.organisationSlug': 'd',
        'partners.9999.organisationSlug': 'e',
        'partners.1.secret': 'x',
        isDemo: '1',
      },
      PROJECT_FORM,
    );
    expect(Object.fromEntries(values)).toEqual({
      title: 'T',
      funds: ['ERDF', 'CF'],
      'partners.0.organisationSlug': 'b',
      'partners.0.role': 'partner',
      'partners.1.organisationSlug': 'd',
    });
    expect(unknown).toEqual(['partners.9999.organisationSlug', 'partners.1.secret', 'isDemo']);
  });
});

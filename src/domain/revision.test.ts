import { describe, expect, it } from 'vitest';
import { buildProjectInput } from '../../test/factories/project.js';
import { diffSnapshots, type RevisionSnapshot } from './revision.js';

const snapshot = (
  overrides: Parameters<typeof buildProjectInput>[0] = {},
  photos: RevisionSnapshot['photos'] = [],
) => ({
  project: buildProjectInput(overrides),
  photos,
});

describe('diffSnapshots', () => {
  it('lists the changed fields with exact money, added list items and removed ones', () => {
    const before = snapshot({ title: 'A', partners: [{ organisationSlug: 'x', role: 'partner', note: null }] });
    const after = snapshot(
      { title: 'B', totalValue: { amount: 12345, currency: 'PLN' }, partners: [], funds: ['ERDF'] },
      [{ id: 7, alt: 'Park', credit: 'Jan' }],
    );
    expect(diffSnapshots(before, after)).toEqual([
      { path: 'title', before: 'A', after: 'B' },
      { path: 'totalValue', before: '100000.00 PLN', after: '123.45 PLN' },
      { path: 'partners.0.organisationSlug', before: 'x', after: null },
      { path: 'partners.0.role', before: 'partner', after: null },
      { path: 'funds.0', before: null, after: 'ERDF' },
      { path: 'photos.0', before: null, after: '#7: Park (Jan)' },
    ]);
  });

  it('finds nothing between equal snapshots, and everything against none', () => {
    expect(diffSnapshots(snapshot(), snapshot())).toEqual([]);
    expect(diffSnapshots(null, snapshot()).map((change) => change.path)).toContain('slug');
  });
});
